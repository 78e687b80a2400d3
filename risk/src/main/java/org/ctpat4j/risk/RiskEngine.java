package org.ctpat4j.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.internal.Condensation;
import org.ctpat4j.risk.internal.ContextTable;
import org.ctpat4j.risk.internal.ExactEntityMatcher;
import org.ctpat4j.risk.internal.FrozenGraph;
import org.ctpat4j.risk.internal.GoodIndex;
import org.ctpat4j.risk.internal.Origins;
import org.ctpat4j.risk.internal.Propagation;
import org.ctpat4j.risk.screening.ScreeningEntityMatcher;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.Aggregator;
import org.ctpat4j.risk.spi.EntityMatcher;
import org.ctpat4j.risk.spi.FacilityContext;
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

  private final List<RiskRule> rules;
  private final ReferenceData referenceData;
  private final Aggregator aggregator;
  private final EntityMatcher entityMatcher;
  private final int maxPaths;
  private final int maxReasons;
  private final int parallelism;
  private final boolean countSilentGaps;

  private RiskEngine(Builder b) {
    this.rules = List.copyOf(b.rules.values());
    this.referenceData = b.referenceData;
    this.aggregator = b.aggregator;
    this.entityMatcher = b.entityMatcher;
    this.maxPaths = b.maxPaths;
    this.maxReasons = b.maxReasons;
    this.parallelism = b.parallelism;
    this.countSilentGaps = b.countSilentGaps;
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
    boolean[] silent = new boolean[n];
    boolean[] declaresUnmapped = new boolean[n];
    List<List<RiskSignal>> signals = evaluate(table, silent, declaresUnmapped, signalGaps);

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
    Condensation condensation = Condensation.of(frozen);
    Propagation propagation = Propagation.run(frozen, condensation, ownLevel, ownScore, unmapped, aggregator);

    List<Product> products = new ArrayList<>(dossier.products());
    products.sort(Comparator.comparing(Product::id));
    List<ProductExposure> exposures = new ArrayList<>(products.size());
    int[] producers = new int[products.size()];
    for (int i = 0; i < producers.length; i++) {
      producers[i] = frozen.indexOf(products.get(i).producedBy());
    }
    PathFinder paths = new PathFinder(frozen, ownLevel, maxPaths, producers);
    ReasonFinder admissibility = new ReasonFinder(frozen, signals, producers, maxReasons);
    int covered = 0;
    RiskLevel[] levels = RiskLevel.values();
    for (Product p : products) {
      int v = frozen.indexOf(p.producedBy());
      List<List<String>> explaining = paths.pathsTo(v);
      ReasonFinder.Reasons reasons = admissibility.reasonsTo(v);
      exposures.add(new ProductExposure(p.id(), levels[propagation.levelOf(v)], clamp(propagation.scoreOf(v)),
          explaining, reasons.admissibility(), reasons.listed(), reasons.omitted()));
      if (!propagation.unmappedOf(v)) {
        covered++;
      }
    }
    double coverage = products.isEmpty() ? 1.0 : (double) covered / products.size();
    silentGaps.sort(Comparator.naturalOrder());
    Propagation withGaps = countSilentGaps || silentGaps.isEmpty() ? propagation
        : Propagation.run(frozen, condensation, ownLevel, ownScore, unmappedOrSilent, aggregator);
    int coveredWithGaps = 0;
    for (int producer : producers) {
      if (!withGaps.unmappedOf(producer)) {
        coveredWithGaps++;
      }
    }
    MappingCoverage mapping = highRiskCoverage(dossier, frozen, withGaps, asOf, products.size(), coveredWithGaps,
        silentGaps);
    return new RiskResult(asOf, facilityRisks, exposures, graph.tiers(), coverage, referenceData.versions(), mapping,
        referenceData.notes(asOf), referenceData.coverage());
  }

  /**
   * Counts the HIGH-risk materials of the chain (see {@link MappingCoverage}) and which of them are mapped: none
   * declared unmapped, and every supplier's upstream mapped.
   */
  private MappingCoverage highRiskCoverage(Dossier dossier, FrozenGraph frozen, Propagation propagation,
      LocalDate asOf, int products, int productsMapped, List<String> silentGaps) {
    Map<String, Boolean> mapped = new HashMap<>();
    List<Link> links = dossier.links();
    for (int k = 0; k < frozen.linkCount(); k++) {
      boolean ok = !propagation.unmappedOf(frozen.inSrc[k]);
      mapped.merge(links.get(frozen.inLink[k]).material(), ok, Boolean::logicalAnd);
    }
    for (UnmappedInput u : dossier.unmappedInputs()) {
      mapped.put(u.material(), false);
    }
    Map<String, Material> materials = new HashMap<>();
    for (Material m : dossier.materials()) {
      materials.put(m.id(), m);
    }
    Set<String> forcedLaborGoods = new TreeSet<>();
    for (IlabGood row : referenceData.ilabGoods()) {
      if (row.inForceOn(asOf) && (row.anyForcedLabor() || row.downstreamGood())) {
        forcedLaborGoods.add(row.good());
      }
    }
    GoodIndex index = GoodIndex.of(referenceData);
    int highRisk = 0;
    List<String> unmappedHighRisk = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : mapped.entrySet()) {
      Material m = materials.get(e.getKey());
      if (m == null || !isHighRisk(index.lookup(m), forcedLaborGoods)) {
        continue;
      }
      highRisk++;
      if (!e.getValue()) {
        unmappedHighRisk.add(m.id());
      }
    }
    unmappedHighRisk.sort(Comparator.naturalOrder());
    return new MappingCoverage(products, productsMapped, highRisk, highRisk - unmappedHighRisk.size(),
        unmappedHighRisk, silentGaps);
  }

  private static boolean isHighRisk(List<GoodMapping> rows, Set<String> forcedLaborGoods) {
    for (GoodMapping row : rows) {
      if (!row.uflpaSector().isBlank() || forcedLaborGoods.contains(row.ilabGood())) {
        return true;
      }
    }
    return false;
  }

  private static double clamp(double s) {
    return Math.max(0.0, Math.min(1.0, s));
  }

  /**
   * Runs every rule on every facility (on {@code parallelism} threads), each facility's context built on demand; also
   * records which facilities are silent gaps and which declare unmapped inputs, and adds a silent gap's own signal
   * when asked. Throws the failure of the first facility in id order, if any.
   */
  private List<List<RiskSignal>> evaluate(ContextTable table, boolean[] silent, boolean[] declaresUnmapped,
      boolean signalGaps) {
    int n = table.size();
    Object[] results = new Object[n];
    IntConsumer step = v -> {
      FacilityContext ctx = table.context(v);
      Object r = evaluateOne(ctx);
      if (r instanceof List<?> list) {
        declaresUnmapped[v] = !ctx.unmappedInputs().isEmpty();
        silent[v] = Origins.isSilentGap(ctx);
        if (silent[v] && signalGaps) {
          @SuppressWarnings("unchecked")
          List<RiskSignal> more = new ArrayList<>((List<RiskSignal>) list);
          more.add(Origins.silentGapSignal(ctx));
          more.sort(SIGNAL_ORDER);
          r = List.copyOf(more);
        }
      }
      results[v] = r;
    };
    if (parallelism <= 1 || n < 2) {
      for (int v = 0; v < n; v++) {
        step.accept(v);
      }
    } else {
      ForkJoinPool pool = new ForkJoinPool(parallelism);
      try {
        ForkJoinTask<?> task = pool.submit(() -> IntStream.range(0, n).parallel().forEach(step));
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

  /**
   * Finds, for every product, the facilities upstream whose signals affect admissibility, with the shortest path by
   * which each reaches the product. One downstream breadth-first search per such facility (they are few: a facility in
   * the XUAR, a listed entity, a WRO, a doubt), so the cost is that number times the size of the chain, never the
   * number of products times it. Paths are shortest paths (between equally short ones, the first found).
   */
  private static final class ReasonFinder {
    private final FrozenGraph g;
    private final int maxReasons;
    private final Map<Integer, List<Candidate>> byProducer = new HashMap<>();

    record Reasons(Admissibility admissibility, List<AdmissibilityReason> listed, int omitted) {}

    private record Candidate(int vertex, int dist, RiskSignal signal, List<String> path) {}

    ReasonFinder(FrozenGraph g, List<List<RiskSignal>> signals, int[] producers, int maxReasons) {
      this.g = g;
      this.maxReasons = maxReasons;
      int n = g.size();
      boolean[] isProducer = new boolean[n];
      for (int p : producers) {
        isProducer[p] = true;
      }
      int[] dist = new int[n];
      int[] parent = new int[n];
      int[] stamp = new int[n];
      int[] queue = new int[n];
      int round = 0;
      for (int u = 0; u < n; u++) {
        List<RiskSignal> effective = new ArrayList<>(2);
        Set<AdmissibilityKind> kinds = EnumSet.noneOf(AdmissibilityKind.class);
        for (RiskSignal sig : signals.get(u)) {
          if (sig.effect() != AdmissibilityEffect.NONE && kinds.add(sig.effect().kind())) {
            effective.add(sig);
          }
        }
        if (effective.isEmpty()) {
          continue;
        }
        round++;
        int head = 0;
        int tail = 0;
        stamp[u] = round;
        dist[u] = 0;
        parent[u] = -1;
        queue[tail++] = u;
        while (head < tail) {
          int v = queue[head++];
          for (int e = g.outOff[v]; e < g.outOff[v + 1]; e++) {
            int w = g.outDst[e];
            if (stamp[w] != round) {
              stamp[w] = round;
              dist[w] = dist[v] + 1;
              parent[w] = v;
              queue[tail++] = w;
            }
          }
        }
        for (int k = 0; k < tail; k++) {
          int p = queue[k];
          if (!isProducer[p]) {
            continue;
          }
          List<String> path = new ArrayList<>(dist[p] + 1);
          for (int v = p; v != -1; v = parent[v]) {
            path.add(g.id(v));
          }
          java.util.Collections.reverse(path);
          List<String> fixed = List.copyOf(path);
          for (RiskSignal sig : effective) {
            byProducer.computeIfAbsent(p, x -> new ArrayList<>()).add(new Candidate(u, dist[p], sig, fixed));
          }
        }
      }
    }

    /** Every facility upstream whose signals affect admissibility, one reason per facility and kind, worst first. */
    Reasons reasonsTo(int producer) {
      List<Candidate> found = new ArrayList<>(byProducer.getOrDefault(producer, List.of()));
      if (found.isEmpty()) {
        return new Reasons(Admissibility.CLEAR, List.of(), 0);
      }
      found.sort(Comparator.comparing((Candidate c) -> c.signal().admissibility())
          .thenComparingInt(Candidate::dist)
          .thenComparingInt(Candidate::vertex)
          .thenComparing(c -> c.signal().effect().kind()));
      List<AdmissibilityReason> listed = new ArrayList<>(Math.min(found.size(), maxReasons));
      for (int k = 0; k < found.size() && k < maxReasons; k++) {
        Candidate c = found.get(k);
        RiskSignal sig = c.signal();
        listed.add(new AdmissibilityReason(sig.admissibility(), sig.effect().kind(), g.id(c.vertex()), c.path(),
            sig.rule(), sig.reason(), sig.source(), sig.effect().resolve()));
      }
      return new Reasons(found.get(0).signal().admissibility(), listed, found.size() - listed.size());
    }
  }

  /**
   * Finds the explaining paths of products: for each producer, its {@code max} best risky upstream facilities (worst
   * level first, then nearest, then lowest index), each with the lexicographically first shortest path to it.
   *
   * <p>All producers at once, in time linear in the graph (times {@code max}) rather than one upstream search per
   * product: the best facilities come from a label-setting search that runs downstream from every risky facility, a
   * level and a distance at a time, where each facility keeps the first {@code max} labels it receives (a label that a
   * facility turns away cannot be among the best of anything downstream of it). Each path is then rebuilt inside the
   * shortest-path graph between its two ends, found from one downstream search per chosen risky facility.
   */
  private static final class PathFinder {
    private final FrozenGraph g;
    private final Map<Integer, List<List<String>>> byProducer = new HashMap<>();
    private int pathRound;

    PathFinder(FrozenGraph g, byte[] ownLevel, int max, int[] producers) {
      this.g = g;
      int n = g.size();
      if (max == 0 || producers.length == 0) {
        return;
      }
      // 1. the max best sources of every facility
      int[] best = new int[n * max];
      int[] count = new int[n];
      boolean[] levels = new boolean[256];
      for (int v = 0; v < n; v++) {
        levels[ownLevel[v] & 0xFF] = true;
      }
      for (int level = 255; level > 0; level--) {
        if (!levels[level]) {
          continue;
        }
        LongList frontier = new LongList();
        for (int v = 0; v < n; v++) {
          if (ownLevel[v] == level) {
            frontier.add(label(v, v));
          }
        }
        while (frontier.size > 0) {
          frontier.sort(); // by source, then facility: at one distance, lower sources arrive first
          LongList next = new LongList();
          for (int i = 0; i < frontier.size; i++) {
            int source = (int) (frontier.items[i] >>> 32);
            int v = (int) frontier.items[i];
            if (count[v] >= max || has(best, v * max, count[v], source)) {
              continue;
            }
            best[v * max + count[v]++] = source;
            for (int e = g.outOff[v]; e < g.outOff[v + 1]; e++) {
              next.add(label(source, g.outDst[e]));
            }
          }
          frontier = next;
        }
      }
      // 2. one downstream search per chosen source, then each path inside the shortest-path graph
      Map<Integer, List<Integer>> producersBySource = new TreeMap<>();
      for (int p : producers) {
        if (p >= 0 && !byProducer.containsKey(p)) {
          byProducer.put(p, null);
          for (int j = 0; j < count[p]; j++) {
            producersBySource.computeIfAbsent(best[p * max + j], k -> new ArrayList<>()).add(p);
          }
        }
      }
      int[] dist = new int[n];
      int[] seen = new int[n];
      int[] onPath = new int[n];
      int[] queue = new int[n];
      int round = 0;
      Map<Long, List<String>> paths = new HashMap<>();
      for (Map.Entry<Integer, List<Integer>> e : producersBySource.entrySet()) {
        int source = e.getKey();
        round++;
        int head = 0;
        int tail = 0;
        seen[source] = round;
        dist[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
          int v = queue[head++];
          for (int k = g.outOff[v]; k < g.outOff[v + 1]; k++) {
            int w = g.outDst[k];
            if (seen[w] != round) {
              seen[w] = round;
              dist[w] = dist[v] + 1;
              queue[tail++] = w;
            }
          }
        }
        for (int producer : e.getValue()) {
          paths.put(label(source, producer), path(source, producer, round, dist, seen, onPath, queue));
        }
      }
      for (Map.Entry<Integer, List<List<String>>> e : byProducer.entrySet()) {
        int p = e.getKey();
        List<List<String>> out = new ArrayList<>(count[p]);
        for (int j = 0; j < count[p]; j++) {
          out.add(paths.get(label(best[p * max + j], p)));
        }
        e.setValue(List.copyOf(out));
      }
    }

    /** The path from source to producer that takes the lowest-index next facility among those on a shortest path. */
    private List<String> path(
        int source, int producer, int round, int[] dist, int[] seen, int[] onPath, int[] queue) {
      // the facilities on a shortest path from source to producer: searched upstream from the producer, stepping only
      // to a supplier one step nearer to the source
      int mark = ++pathRound;
      int head = 0;
      int tail = 0;
      onPath[producer] = mark;
      queue[tail++] = producer;
      while (head < tail) {
        int v = queue[head++];
        for (int e = g.inOff[v]; e < g.inOff[v + 1]; e++) {
          int u = g.inSrc[e];
          if (seen[u] == round && dist[u] == dist[v] - 1 && onPath[u] != mark) {
            onPath[u] = mark;
            queue[tail++] = u;
          }
        }
      }
      List<String> path = new ArrayList<>(dist[producer] + 1);
      int cur = source;
      path.add(g.id(cur));
      while (cur != producer) {
        int next = Integer.MAX_VALUE;
        for (int e = g.outOff[cur]; e < g.outOff[cur + 1]; e++) {
          int w = g.outDst[e];
          if (onPath[w] == mark && seen[w] == round && dist[w] == dist[cur] + 1 && w < next) {
            next = w;
          }
        }
        cur = next;
        path.add(g.id(cur));
      }
      return List.copyOf(path);
    }

    private static long label(int source, int facility) {
      return ((long) source << 32) | (facility & 0xFFFFFFFFL);
    }

    private static boolean has(int[] best, int from, int count, int source) {
      for (int j = 0; j < count; j++) {
        if (best[from + j] == source) {
          return true;
        }
      }
      return false;
    }

    List<List<String>> pathsTo(int producer) {
      List<List<String>> paths = byProducer.get(producer);
      return paths == null ? List.of() : paths;
    }
  }

  /** A growable array of longs. */
  private static final class LongList {
    long[] items = new long[16];
    int size;

    void add(long x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = x;
    }

    void sort() {
      Arrays.sort(items, 0, size);
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
