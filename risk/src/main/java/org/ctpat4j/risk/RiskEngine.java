package org.ctpat4j.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.internal.Condensation;
import org.ctpat4j.risk.internal.FrozenGraph;
import org.ctpat4j.risk.internal.Propagation;
import org.ctpat4j.risk.screening.ScreeningEntityMatcher;
import org.ctpat4j.risk.spi.Aggregator;
import org.ctpat4j.risk.spi.EntityMatcher;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;
import org.ctpat4j.risk.spi.SupplyInput;

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

  private final List<RiskRule> rules;
  private final ReferenceData referenceData;
  private final Aggregator aggregator;
  private final EntityMatcher entityMatcher;
  private final int maxPaths;
  private final int maxReasons;
  private final int parallelism;

  private RiskEngine(Builder b) {
    this.rules = List.copyOf(b.rules.values());
    this.referenceData = b.referenceData;
    this.aggregator = b.aggregator;
    this.entityMatcher = b.entityMatcher;
    this.maxPaths = b.maxPaths;
    this.maxReasons = b.maxReasons;
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
   * Aggregator#max()}, the exact entity matcher, {@value #DEFAULT_MAX_PATHS} paths per product and parallelism 1.
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
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
    FacilityContext[] contexts = contexts(dossier, frozen, asOf);
    List<List<RiskSignal>> signals = evaluate(contexts);

    byte[] ownLevel = new byte[n];
    double[] ownScore = new double[n];
    boolean[] unmapped = new boolean[n];
    List<FacilityRisk> facilityRisks = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      List<RiskSignal> s = signals.get(v);
      unmapped[v] = !contexts[v].unmappedInputs().isEmpty();
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
    Condensation condensation = Condensation.of(frozen);
    Propagation propagation = Propagation.run(frozen, condensation, ownLevel, ownScore, unmapped, aggregator);

    List<Product> products = new ArrayList<>(dossier.products());
    products.sort(Comparator.comparing(Product::id));
    List<ProductExposure> exposures = new ArrayList<>(products.size());
    PathFinder paths = new PathFinder(frozen, ownLevel, maxPaths, maxReasons, signals);
    int covered = 0;
    RiskLevel[] levels = RiskLevel.values();
    for (Product p : products) {
      int v = frozen.indexOf(p.producedBy());
      List<List<String>> explaining = paths.pathsTo(v);
      PathFinder.Reasons reasons = paths.reasonsTo(v);
      exposures.add(new ProductExposure(p.id(), levels[propagation.levelOf(v)], clamp(propagation.scoreOf(v)),
          explaining, reasons.admissibility(), reasons.listed(), reasons.omitted()));
      if (!propagation.unmappedOf(v)) {
        covered++;
      }
    }
    double coverage = products.isEmpty() ? 1.0 : (double) covered / products.size();
    return new RiskResult(asOf, facilityRisks, exposures, graph.tiers(), coverage, referenceData.versions());
  }

  private static double clamp(double s) {
    return Math.max(0.0, Math.min(1.0, s));
  }

  private List<List<RiskSignal>> evaluate(FacilityContext[] contexts) {
    int n = contexts.length;
    Object[] results = new Object[n];
    if (parallelism <= 1 || n < 2) {
      for (int v = 0; v < n; v++) {
        results[v] = evaluateOne(contexts[v]);
      }
    } else {
      ForkJoinPool pool = new ForkJoinPool(parallelism);
      try {
        ForkJoinTask<?> task = pool.submit(() -> IntStream.range(0, n).parallel()
            .forEach(v -> results[v] = evaluateOne(contexts[v])));
        task.join();
      } finally {
        pool.shutdown();
      }
    }
    List<List<RiskSignal>> out = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      if (results[v] instanceof RiskRuleException e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      List<RiskSignal> s = (List<RiskSignal>) results[v];
      out.add(s);
    }
    return out;
  }

  private static final Comparator<RiskSignal> SIGNAL_ORDER = Comparator
      .comparing(RiskSignal::level, Comparator.reverseOrder())
      .thenComparing(RiskSignal::rule)
      .thenComparing(RiskSignal::reason)
      .thenComparing(RiskSignal::source)
      .thenComparingDouble(RiskSignal::score);

  private Object evaluateOne(FacilityContext ctx) {
    List<RiskSignal> out = new ArrayList<>();
    for (RiskRule rule : rules) {
      List<RiskSignal> s;
      try {
        s = rule.evaluate(ctx);
        if (s == null) {
          throw new NullPointerException("the rule returned null instead of a list");
        }
        for (RiskSignal signal : s) {
          Objects.requireNonNull(signal, "the rule returned a null signal");
        }
      } catch (RuntimeException | Error e) {
        return new RiskRuleException(rule.id(), ctx.facility().id(), e);
      }
      out.addAll(s);
    }
    out.sort(SIGNAL_ORDER);
    return List.copyOf(out);
  }

  private FacilityContext[] contexts(Dossier dossier, FrozenGraph frozen, LocalDate asOf) {
    int n = frozen.size();
    Map<String, Material> materials = new HashMap<>();
    for (Material m : dossier.materials()) {
      materials.put(m.id(), m);
    }
    Map<String, Facility> facilities = new HashMap<>();
    for (Facility f : dossier.facilities()) {
      facilities.put(f.id(), f);
    }
    List<TreeMap<String, Material>> makes = new ArrayList<>(n);
    List<TreeMap<String, Material>> receives = new ArrayList<>(n);
    List<List<SupplyInput>> inputs = new ArrayList<>(n);
    List<List<Product>> products = new ArrayList<>(n);
    List<List<UnmappedInput>> unmapped = new ArrayList<>(n);
    List<List<Audit>> audits = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      makes.add(new TreeMap<>());
      receives.add(new TreeMap<>());
      inputs.add(new ArrayList<>());
      products.add(new ArrayList<>());
      unmapped.add(new ArrayList<>());
      audits.add(new ArrayList<>());
    }
    for (Link l : dossier.links()) {
      Material m = material(materials, l.material());
      int from = frozen.indexOf(l.from());
      int to = frozen.indexOf(l.to());
      makes.get(from).put(m.id(), m);
      receives.get(to).put(m.id(), m);
      inputs.get(to).add(new SupplyInput(m, l.from(), facilities.get(l.from()).country(), l.share()));
    }
    for (Product p : dossier.products()) {
      products.get(frozen.indexOf(p.producedBy())).add(p);
    }
    for (UnmappedInput u : dossier.unmappedInputs()) {
      int v = frozen.indexOf(u.facility());
      if (v < 0) {
        throw new SupplyChainException("unmappedInputs: unknown facility '" + u.facility() + "'");
      }
      unmapped.get(v).add(u);
      Material m = materials.get(u.material());
      if (m != null) {
        receives.get(v).put(m.id(), m);
      }
    }
    for (Audit a : dossier.evidence().audits()) {
      int v = frozen.indexOf(a.facility());
      if (v >= 0) {
        audits.get(v).add(a);
      }
    }
    FacilityContext[] out = new FacilityContext[n];
    Comparator<SupplyInput> inputOrder = Comparator.comparing((SupplyInput i) -> i.material().id())
        .thenComparing(SupplyInput::supplier)
        .thenComparingDouble(i -> i.share() == null ? 1.0 : i.share());
    for (int v = 0; v < n; v++) {
      inputs.get(v).sort(inputOrder);
      products.get(v).sort(Comparator.comparing(Product::id));
      unmapped.get(v).sort(Comparator.comparing(UnmappedInput::material)
          .thenComparing(u -> u.note() == null ? "" : u.note()));
      audits.get(v).sort(Comparator.comparing(Audit::id));
      out[v] = new FacilityContext(facilities.get(frozen.id(v)), List.copyOf(makes.get(v).values()), products.get(v),
          List.copyOf(receives.get(v).values()), inputs.get(v), unmapped.get(v), audits.get(v), referenceData,
          entityMatcher, asOf);
    }
    return out;
  }

  private static Material material(Map<String, Material> materials, String id) {
    Material m = materials.get(id);
    return m != null ? m : new Material(id, id, null);
  }

  /**
   * Finds the explaining paths and the admissibility reasons of products. Each product costs one backward
   * breadth-first search over its upstream facilities; paths are the shortest, ties broken by facility index.
   */
  private static final class PathFinder {
    private final FrozenGraph g;
    private final byte[] ownLevel;
    private final int max;
    private final int maxReasons;
    private final List<List<RiskSignal>> effective;
    private final int[] dist;
    private final int[] stamp;
    private final int[] queue;
    private int round;
    private int tail;
    private int producer = -1;

    record Reasons(Admissibility admissibility, List<AdmissibilityReason> listed, int omitted) {}

    PathFinder(FrozenGraph g, byte[] ownLevel, int max, int maxReasons, List<List<RiskSignal>> signals) {
      this.g = g;
      this.ownLevel = ownLevel;
      this.max = max;
      this.maxReasons = maxReasons;
      this.effective = new ArrayList<>(signals.size());
      for (List<RiskSignal> s : signals) {
        List<RiskSignal> e = null;
        for (RiskSignal signal : s) {
          if (signal.effect() != AdmissibilityEffect.NONE) {
            if (e == null) {
              e = new ArrayList<>(2);
            }
            e.add(signal);
          }
        }
        effective.add(e == null ? List.of() : e);
      }
      this.dist = new int[g.size()];
      this.stamp = new int[g.size()];
      this.queue = new int[g.size()];
    }

    /** Marks every facility upstream of the producer (itself included) with its distance, once per producer. */
    private void search(int from) {
      if (producer == from && round > 0) {
        return;
      }
      producer = from;
      round++;
      int head = 0;
      tail = 0;
      stamp[from] = round;
      dist[from] = 0;
      queue[tail++] = from;
      while (head < tail) {
        int v = queue[head++];
        for (int e = g.inOff[v]; e < g.inOff[v + 1]; e++) {
          int u = g.inSrc[e];
          if (stamp[u] != round) {
            stamp[u] = round;
            dist[u] = dist[v] + 1;
            queue[tail++] = u;
          }
        }
      }
    }

    List<List<String>> pathsTo(int producer) {
      if (max == 0) {
        return List.of();
      }
      search(producer);
      List<Integer> risky = new ArrayList<>();
      for (int k = 0; k < tail; k++) {
        if (ownLevel[queue[k]] > 0) {
          risky.add(queue[k]);
        }
      }
      risky.sort(Comparator.comparingInt((Integer u) -> -ownLevel[u])
          .thenComparingInt(u -> dist[u])
          .thenComparingInt(u -> u));
      List<List<String>> out = new ArrayList<>();
      for (int k = 0; k < risky.size() && k < max; k++) {
        out.add(path(risky.get(k), producer));
      }
      return out;
    }

    /** Every facility upstream whose signals affect admissibility, one reason per facility and kind, worst first. */
    Reasons reasonsTo(int producer) {
      search(producer);
      record Candidate(int vertex, RiskSignal signal) {}
      List<Candidate> found = new ArrayList<>();
      for (int k = 0; k < tail; k++) {
        int u = queue[k];
        Set<AdmissibilityKind> kinds = EnumSet.noneOf(AdmissibilityKind.class);
        for (RiskSignal s : effective.get(u)) {
          if (kinds.add(s.effect().kind())) {
            found.add(new Candidate(u, s));
          }
        }
      }
      if (found.isEmpty()) {
        return new Reasons(Admissibility.CLEAR, List.of(), 0);
      }
      found.sort(Comparator.comparing((Candidate c) -> c.signal().admissibility())
          .thenComparingInt(c -> dist[c.vertex()])
          .thenComparingInt(Candidate::vertex)
          .thenComparing(c -> c.signal().effect().kind()));
      Admissibility worst = found.get(0).signal().admissibility();
      List<AdmissibilityReason> listed = new ArrayList<>(Math.min(found.size(), maxReasons));
      for (int k = 0; k < found.size() && k < maxReasons; k++) {
        Candidate c = found.get(k);
        RiskSignal s = c.signal();
        listed.add(new AdmissibilityReason(s.admissibility(), s.effect().kind(), g.id(c.vertex()),
            path(c.vertex(), producer), s.rule(), s.reason(), s.source(), s.effect().resolve()));
      }
      return new Reasons(worst, listed, found.size() - listed.size());
    }

    /** The shortest path from {@code from} to the producer of the current search, ties broken by index. */
    private List<String> path(int from, int producer) {
      int cur = from;
      List<String> path = new ArrayList<>(dist[cur] + 1);
      path.add(g.id(cur));
      while (cur != producer) {
        int next = Integer.MAX_VALUE;
        for (int e = g.outOff[cur]; e < g.outOff[cur + 1]; e++) {
          int w = g.outDst[e];
          if (stamp[w] == round && dist[w] == dist[cur] - 1 && w < next) {
            next = w;
          }
        }
        cur = next;
        path.add(g.id(cur));
      }
      return List.copyOf(path);
    }
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
     * {@link ScreeningEntityMatcher#standard()}, the fuzzy screening engine; {@link EntityMatcher#exact()} for exact
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
