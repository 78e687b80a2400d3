package org.ctpat4j.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.internal.Tasks;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.internal.AdmissibilityReasons;
import org.ctpat4j.risk.internal.Condensation;
import org.ctpat4j.risk.internal.ContextTable;
import org.ctpat4j.risk.internal.ExactEntityMatcher;
import org.ctpat4j.risk.internal.ExplainingPaths;
import org.ctpat4j.risk.internal.FrozenGraph;
import org.ctpat4j.risk.internal.HighRiskMapping;
import org.ctpat4j.risk.internal.Origins;
import org.ctpat4j.risk.internal.Propagation;
import org.ctpat4j.risk.internal.RuleRunner;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.Aggregator;
import org.ctpat4j.risk.spi.EntityMatcher;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * The forced-labor risk engine: runs every {@link RiskRule} on every facility of a dossier, then lets the risk flow
 * downstream to every product, through any number of tiers and through cycles. Under UFLPA a good made "wholly or in
 * part" by a listed entity or in Xinjiang is presumed made with forced labor (Pub. L. 117-78, section 3), so a product's
 * level is the worst level anywhere upstream of it; its score comes from the {@link Aggregator}; its paths explain it.
 *
 * <p>Immutable and thread-safe. The same dossier, reference data and {@code asOf} give equal results, whatever the order
 * of facilities and links and whatever the parallelism.
 *
 * <pre>{@code
 * RiskAssessor engine = RiskEngine.newBuilder()
 *     .referenceData(ReferenceData.readSnapshot(pinned))
 *     .aggregator(Aggregator.noisyOr())
 *     .build();
 * RiskResult result = engine.assess(dossier, LocalDate.of(2026, 11, 1));
 * }</pre>
 */
public final class RiskEngine implements RiskAssessor {

  /** The default bound on explaining paths per product. */
  public static final int DEFAULT_MAX_PATHS = 5;

  /** The default bound on admissibility reasons listed per product (the answer always counts all of them). */
  public static final int DEFAULT_MAX_REASONS = 50;

  private static volatile RiskEngine standard;

  /** The day the probe of {@link #prepare()} is assessed at: any day works, the indexes do not depend on it. */
  private static final LocalDate PROBE_DAY = LocalDate.of(2026, 1, 1);

  private final List<RiskRule> rules;
  private final RuleRunner runner;
  private final ReferenceData referenceData;
  private final Aggregator aggregator;
  private final EntityMatcher entityMatcher;
  private final int maxPaths;
  private final int maxReasons;
  private final boolean countSilentGaps;
  private final int parallelism;

  /**
   * From this many facilities on, an engine with more than one thread finds the explaining paths and admissibility
   * reasons of the products on a thread of its own while this one propagates risk: below it, a thread costs more than
   * it saves.
   */
  static final int EXPLAIN_ASIDE_FROM = 1 << 14;

  private RiskEngine(Builder b) {
    this.rules = List.copyOf(b.rules.values());
    this.runner = new RuleRunner(rules, b.parallelism);
    this.referenceData = b.referenceData;
    this.aggregator = b.aggregator;
    this.entityMatcher = b.entityMatcher;
    this.maxPaths = b.maxPaths;
    this.maxReasons = b.maxReasons;
    this.countSilentGaps = b.countSilentGaps;
    this.parallelism = b.parallelism;
  }

  /**
   * Returns the engine with the rules found by {@link ServiceLoader}, the bundled reference data and the defaults.
   *
   * @return the standard engine; never null
   */
  public static RiskAssessor standard() {
    RiskEngine s = standard;
    if (s == null) {
      s = newBuilder().build();
      standard = s;
    }
    return s;
  }

  /**
   * Returns a builder with the rules found by {@link ServiceLoader}, the bundled reference data, {@link
   * Aggregator#max()}, the fuzzy screening matcher {@link ScreeningEntityMatcher#standard()}, {@value
   * #DEFAULT_MAX_PATHS} paths and {@value #DEFAULT_MAX_REASONS} admissibility reasons per product, silent gaps not
   * counted as unmapped inputs, and parallelism 1.
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the exact entity matcher: a facility's name or alias matches a listed entity when it equals the entity's
   * name or one of its aliases after normalisation (NFKD without accents, lower case, {@code &} as "and", punctuation
   * as spaces, legal forms such as Co., Ltd., Inc., Corp. removed). Every match is certain ({@link RiskLevel#HIGH},
   * score 1), with method {@code exact} or {@code alias}. Stricter than the default
   * {@link ScreeningEntityMatcher#standard()}: no transliteration, no fuzzy or possible matches.
   *
   * @return the exact matcher, immutable and thread-safe; never null
   */
  public static EntityMatcher exactEntityMatcher() {
    return ExactEntityMatcher.INSTANCE;
  }

  /**
   * Returns the ids of the rules this engine runs, sorted.
   *
   * @return the rule ids; never null
   */
  public List<String> ruleIds() {
    return rules.stream().map(RiskRule::id).toList();
  }

  /**
   * Returns the reference data this engine uses.
   *
   * @return the data; never null
   */
  public ReferenceData referenceData() {
    return referenceData;
  }

  /**
   * Builds now what the rules otherwise build on the first assessment: the screening index of the UFLPA Entity List,
   * the indexes of the WRO, ILAB, TIP and goods lists, and whatever a custom rule prepares on first use. It assesses a
   * probe dossier of one facility supplying one product and discards the result, so every rule runs once. Call it where
   * waiting is free, for example on a background thread while the dossier is read (the command line does); the first
   * {@link #assess} is then as fast as the next. Idempotent and thread-safe; an engine that is never prepared
   * prepares on its first assessment.
   *
   * @return this engine, prepared; never null
   * @throws RiskRuleException when a rule throws on the probe
   */
  public RiskEngine prepare() {
    Partner partner = new Partner("Probe Importer Inc.", "US", BusinessEntityType.US_IMPORTER, List.of());
    Dossier probe = new Dossier(Dossier.FORMAT, null, partner,
        List.of(new Facility("probe-mill", "Probe Cotton Textile Co., Ltd.", "CN", null),
            new Facility("probe-maker", "Probe Apparel Manufacturing Co., Ltd.", "VN", null)),
        List.of(new Material("probe-yarn", "cotton yarn", "5205")),
        List.of(new Link("probe-mill", "probe-maker", "probe-yarn")),
        List.of(),
        List.of(new Product("probe-shirt", "cotton shirt", "6205", "probe-maker")),
        Evidence.NONE);
    assess(probe, PROBE_DAY);
    return this;
  }

  /**
   * {@inheritDoc}
   *
   * @throws SupplyChainException when the supply chain is inconsistent (duplicate facility, unknown facility)
   * @throws RiskRuleException when a rule throws, naming the rule and the facility (the first in id order)
   */
  @Override
  public RiskResult assess(Dossier dossier, LocalDate asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    SupplierGraph graph = SupplierGraph.of(dossier);
    FrozenGraph frozen = graph.frozen();
    int n = frozen.size();
    ContextTable table = ContextTable.of(dossier, frozen, referenceData, entityMatcher, asOf);
    boolean signalGaps = countSilentGaps && rules.stream().anyMatch(r -> r.id().equals(Origins.UNMAPPED_INPUT));
    RuleRunner.Evaluation evaluation = runner.run(table, signalGaps);
    List<List<RiskSignal>> signals = evaluation.signals();
    boolean[] silent = evaluation.silent();
    boolean[] declaresUnmapped = evaluation.declaresUnmapped();

    byte[] ownLevel = new byte[n];
    double[] ownScore = new double[n];
    boolean[] unmapped = new boolean[n];
    boolean[] unmappedOrSilent = new boolean[n];
    List<String> silentGaps = new ArrayList<>();
    List<FacilityRisk> facilityRisks = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      List<RiskSignal> s = signals.get(v);
      if (silent[v]) {
        silentGaps.add(frozen.id(v));
      }
      unmapped[v] = declaresUnmapped[v] || (countSilentGaps && silent[v]);
      unmappedOrSilent[v] = unmapped[v] || silent[v];
      if (s.isEmpty()) {
        continue;
      }
      RiskLevel level = RiskLevel.LOW;
      double score = s.get(0).score();
      for (int k = 0; k < s.size(); k++) {
        level = RiskLevel.worst(level, s.get(k).level());
        if (k > 0) {
          score = aggregator.merge(score, s.get(k).score());
        }
      }
      ownLevel[v] = (byte) level.ordinal();
      ownScore[v] = score;
      facilityRisks.add(new FacilityRisk(frozen.id(v), level, score, s));
    }
    List<Product> products = new ArrayList<>(dossier.products());
    products.sort(Comparator.comparing(Product::id));
    List<ProductExposure> exposures = new ArrayList<>(products.size());
    int[] producers = new int[products.size()];
    for (int i = 0; i < producers.length; i++) {
      producers[i] = frozen.indexOf(products.get(i).producedBy());
    }
    // the paths and reasons read only the graph and the facilities' own signals: with threads to spare, they are
    // found beside the propagation, which reads the same and writes only its own arrays
    FutureTask<Explanations> explanations =
        new FutureTask<>(() -> explain(graph, frozen, ownLevel, signals, producers));
    boolean aside = parallelism > 1 && n >= EXPLAIN_ASIDE_FROM;
    if (aside) {
      Tasks.onDaemonThread("ctpat4j-explain").execute(explanations);
    }
    Condensation condensation = Condensation.of(frozen);
    Propagation propagation = Propagation.run(frozen, condensation, ownLevel, ownScore, unmapped, aggregator);
    silentGaps.sort(Comparator.naturalOrder());
    Propagation withGaps = countSilentGaps || silentGaps.isEmpty() ? propagation
        : Propagation.run(frozen, condensation, ownLevel, ownScore, unmappedOrSilent, aggregator);
    int covered = 0;
    int coveredWithGaps = 0;
    for (int producer : producers) {
      if (!propagation.unmappedOf(producer)) {
        covered++;
      }
      if (!withGaps.unmappedOf(producer)) {
        coveredWithGaps++;
      }
    }
    double coverage = products.isEmpty() ? 1.0 : (double) covered / products.size();
    MappingCoverage mapping = HighRiskMapping.of(dossier, frozen, withGaps, referenceData, asOf, products.size(),
        coveredWithGaps, silentGaps);
    if (!aside) {
      explanations.run();
    }
    Explanations explained = Tasks.await(explanations, "the products' paths were found");
    RiskLevel[] levels = RiskLevel.values();
    for (int i = 0; i < producers.length; i++) {
      int v = producers[i];
      AdmissibilityReasons.Reasons reasons = explained.reasons()[i];
      exposures.add(new ProductExposure(products.get(i).id(), levels[propagation.levelOf(v)],
          clamp(propagation.scoreOf(v)),
          explained.paths().get(i), reasons.admissibility(), reasons.listed(), reasons.omitted()));
    }
    return new RiskResult(asOf, facilityRisks, exposures, explained.tiers(), coverage, referenceData.versions(),
        mapping, referenceData.notes(asOf), referenceData.coverage());
  }

  /**
   * Finds what explains each product's exposure: its paths to risk and its admissibility reasons (in the order of
   * {@code producers}), and the facilities' tiers. Reads only the graph and the facilities' own findings, so it may
   * run beside the propagation.
   */
  private Explanations explain(
      SupplierGraph graph, FrozenGraph frozen, byte[] ownLevel, List<List<RiskSignal>> signals, int[] producers) {
    ExplainingPaths paths = new ExplainingPaths(frozen, ownLevel, maxPaths, producers);
    AdmissibilityReasons admissibility = new AdmissibilityReasons(frozen, signals, producers, maxReasons);
    List<List<List<String>>> explaining = new ArrayList<>(producers.length);
    AdmissibilityReasons.Reasons[] reasons = new AdmissibilityReasons.Reasons[producers.length];
    for (int i = 0; i < producers.length; i++) {
      explaining.add(paths.pathsTo(producers[i]));
      reasons[i] = admissibility.reasonsTo(producers[i]);
    }
    return new Explanations(explaining, reasons, graph.tiers());
  }

  /** What explains the products' exposure, product by product, and the facilities' tiers. */
  private record Explanations(
      List<List<List<String>>> paths, AdmissibilityReasons.Reasons[] reasons, Map<String, Integer> tiers) {}

  private static double clamp(double s) {
    return Math.max(0.0, Math.min(1.0, s));
  }

  /** Configures a {@link RiskEngine}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, RiskRule> rules = new TreeMap<>();
    private ReferenceData referenceData;
    private Aggregator aggregator = Aggregator.max();
    private int maxPaths = DEFAULT_MAX_PATHS;
    private int maxReasons = DEFAULT_MAX_REASONS;
    private EntityMatcher entityMatcher = ScreeningEntityMatcher.standard();
    private int parallelism = 1;
    private boolean countSilentGaps;

    private Builder() {
      Map<String, RiskRule> found = new LinkedHashMap<>();
      for (RiskRule rule : ServiceLoader.load(RiskRule.class, RiskEngine.class.getClassLoader())) {
        RiskRule previous = found.putIfAbsent(rule.id(), rule);
        if (previous != null && previous.getClass() != rule.getClass()) {
          throw new IllegalStateException("two rules with id '" + rule.id() + "' found by ServiceLoader: "
              + previous.getClass().getName() + " and " + rule.getClass().getName());
        }
      }
      rules.putAll(found);
    }

    /**
     * Removes every rule (for example to start from an empty set and add rules by hand).
     *
     * @return this builder
     */
    public Builder clearRules() {
      rules.clear();
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule; never null
     * @return this builder
     * @throws IllegalArgumentException when a rule with the same id is already present (use {@link #replaceRule})
     */
    public Builder addRule(RiskRule rule) {
      Objects.requireNonNull(rule, "rule");
      String id = Objects.requireNonNull(rule.id(), "rule.id()");
      if (rules.containsKey(id)) {
        throw new IllegalArgumentException("a rule with id '" + id + "' is already present; use replaceRule");
      }
      rules.put(id, rule);
      return this;
    }

    /**
     * Replaces the rule with an id.
     *
     * @param id the id of the rule to replace; never null
     * @param rule the new rule, whose id must be {@code id}; never null
     * @return this builder
     * @throws IllegalArgumentException when no rule has that id, or the new rule has another id
     */
    public Builder replaceRule(String id, RiskRule rule) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(rule, "rule");
      if (!rules.containsKey(id)) {
        throw new IllegalArgumentException("no rule with id '" + id + "' to replace; present: " + rules.keySet());
      }
      if (!id.equals(rule.id())) {
        throw new IllegalArgumentException("the replacement's id is '" + rule.id() + "', expected '" + id + "'");
      }
      rules.put(id, rule);
      return this;
    }

    /**
     * Removes the rule with an id.
     *
     * @param id the rule id; never null
     * @return this builder
     * @throws IllegalArgumentException when no rule has that id
     */
    public Builder withoutRule(String id) {
      Objects.requireNonNull(id, "id");
      if (rules.remove(id) == null) {
        throw new IllegalArgumentException("no rule with id '" + id + "'; present: " + rules.keySet());
      }
      return this;
    }

    /**
     * Sets the reference data (default {@link ReferenceData#bundled()}).
     *
     * @param referenceData the data; never null
     * @return this builder
     */
    public Builder referenceData(ReferenceData referenceData) {
      this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
      return this;
    }

    /**
     * Sets how scores combine (default {@link Aggregator#max()}).
     *
     * @param aggregator the aggregator; never null
     * @return this builder
     */
    public Builder aggregator(Aggregator aggregator) {
      this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
      return this;
    }

    /**
     * Sets how facility names are matched against the UFLPA Entity List (default
     * {@link ScreeningEntityMatcher#standard()}, the fuzzy screening engine; {@link RiskEngine#exactEntityMatcher()} for exact
     * and alias matching only).
     *
     * @param entityMatcher the matcher; never null
     * @return this builder
     */
    public Builder entityMatcher(EntityMatcher entityMatcher) {
      this.entityMatcher = Objects.requireNonNull(entityMatcher, "entityMatcher");
      return this;
    }

    /**
     * Sets the bound on explaining paths per product (default {@value #DEFAULT_MAX_PATHS}).
     *
     * @param maxPaths a bound, at least 0
     * @return this builder
     */
    public Builder maxPathsPerProduct(int maxPaths) {
      this.maxPaths = maxPaths;
      return this;
    }

    /**
     * Sets the bound on admissibility reasons listed per product (default {@value #DEFAULT_MAX_REASONS}); the
     * product's answer is always computed over all of them, and the number left out is reported.
     *
     * @param maxReasons a bound, at least 1
     * @return this builder
     */
    public Builder maxReasonsPerProduct(int maxReasons) {
      this.maxReasons = maxReasons;
      return this;
    }

    /**
     * Sets whether silent gaps of the mapping (see {@link MappingCoverage}: a facility that makes a good, has no
     * inbound link, declares no unmapped input and is not an origin) count as unmapped inputs in the risk itself:
     * each gets an UNKNOWN {@code unmapped-input} signal naming it ("no inbound links and is not an origin", when that
     * rule runs), UNKNOWN propagates to every product downstream, and {@link RiskResult#mappingCoverage()} counts the
     * products they reach as unmapped. Default {@code false} for this release, so that results and reports built on
     * {@code mappingCoverage()} keep their meaning until they read {@link RiskResult#mapping()}; the silent gaps are
     * counted in {@link RiskResult#mapping()} either way.
     *
     * @param countSilentGaps {@code true} to count silent gaps in levels, signals and {@code mappingCoverage()}
     * @return this builder
     */
    public Builder countSilentGaps(boolean countSilentGaps) {
      this.countSilentGaps = countSilentGaps;
      return this;
    }

    /**
     * Sets the number of threads that evaluate rules (default 1; results do not depend on it).
     *
     * @param parallelism at least 1
     * @return this builder
     */
    public Builder parallelism(int parallelism) {
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine; never null
     * @throws IllegalArgumentException when a setting is out of range
     */
    public RiskEngine build() {
      if (maxPaths < 0) {
        throw new IllegalArgumentException("maxPathsPerProduct must be >= 0: " + maxPaths);
      }
      if (maxReasons < 1) {
        throw new IllegalArgumentException("maxReasonsPerProduct must be >= 1: " + maxReasons);
      }
      if (parallelism < 1 || parallelism > 256) {
        throw new IllegalArgumentException("parallelism must be in [1, 256]: " + parallelism);
      }
      if (referenceData == null) {
        referenceData = ReferenceData.bundled();
      }
      return new RiskEngine(this);
    }
  }

  @Override
  public String toString() {
    return "RiskEngine" + new TreeSet<>(ruleIds()) + " aggregator=" + aggregator.id();
  }
}
