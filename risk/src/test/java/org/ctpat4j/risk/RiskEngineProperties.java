package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.spi.Aggregator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded properties of the engine, checked against a deliberately simple reference implementation. */
class RiskEngineProperties {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final RiskEngine MAX = RiskEngine.newBuilder().build();
  private static final RiskEngine NOISY = RiskEngine.newBuilder().aggregator(Aggregator.noisyOr()).build();
  private static final RiskEngine STRICT = RiskEngine.newBuilder().countSilentGaps(true).build();

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  static LongStream dagSeeds() {
    return LongStream.range(5000, 5200);
  }

  static LongStream fewSeeds() {
    return LongStream.range(1000, 1100);
  }

  // ------------------------------------------------------------------ the reference: plain BFS over the link list

  /** Every facility upstream of {@code start}, itself included, by breadth-first search over the raw links. */
  static Set<String> upstream(Dossier d, String start) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    seen.add(start);
    queue.add(start);
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (Link l : d.links()) {
        if (l.to().equals(v) && seen.add(l.from())) {
          queue.add(l.from());
        }
      }
    }
    return seen;
  }

  static Map<String, Integer> referenceTiers(Dossier d) {
    Map<String, Integer> tiers = new TreeMap<>();
    for (Product p : d.products()) {
      Map<String, Integer> dist = new HashMap<>();
      ArrayDeque<String> queue = new ArrayDeque<>();
      dist.put(p.producedBy(), 1);
      queue.add(p.producedBy());
      while (!queue.isEmpty()) {
        String v = queue.poll();
        for (Link l : d.links()) {
          if (l.to().equals(v) && !dist.containsKey(l.from())) {
            dist.put(l.from(), dist.get(v) + 1);
            queue.add(l.from());
          }
        }
      }
      dist.forEach((f, t) -> tiers.merge(f, t, Math::min));
    }
    return tiers;
  }

  /** Noisy-OR on an acyclic graph by plain recursion. */
  static double noisyOr(Dossier d, RiskResult own, String v, Map<String, Double> memo) {
    Double known = memo.get(v);
    if (known != null) {
      return known;
    }
    double acc = own.facility(v).map(FacilityRisk::score).orElse(0.0);
    List<Link> in = new ArrayList<>();
    for (Link l : d.links()) {
      if (l.to().equals(v)) {
        in.add(l);
      }
    }
    in.sort(Comparator.comparing(Link::from).thenComparingDouble(l -> l.share() == null ? 1.0 : l.share()));
    for (Link l : in) {
      double s = noisyOr(d, own, l.from(), memo) * (l.share() == null ? 1.0 : l.share());
      acc = 1 - (1 - acc) * (1 - s);
    }
    memo.put(v, acc);
    return acc;
  }

  // ------------------------------------------------------------------ properties

  /**
   * The explaining paths of one product, found the direct way: a search upstream from its producer, the risky
   * facilities of the cone ranked worst level first, then nearest, then lowest id, and from each the path that always
   * steps to the lowest-id receiver one step nearer to the producer.
   */
  private static List<List<String>> referencePaths(Dossier d, RiskResult r, String producer, int max) {
    Map<String, Integer> dist = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(producer));
    dist.put(producer, 0);
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (Link l : d.links()) {
        if (l.to().equals(v) && !dist.containsKey(l.from())) {
          dist.put(l.from(), dist.get(v) + 1);
          queue.add(l.from());
        }
      }
    }
    List<String> risky = new ArrayList<>();
    for (String f : dist.keySet()) {
      if (r.facility(f).map(x -> x.level() != RiskLevel.LOW).orElse(false)) {
        risky.add(f);
      }
    }
    risky.sort(Comparator.comparing((String f) -> -r.facility(f).orElseThrow().level().ordinal())
        .thenComparing(dist::get)
        .thenComparing(Comparator.naturalOrder()));
    List<List<String>> out = new ArrayList<>();
    for (String start : risky.subList(0, Math.min(max, risky.size()))) {
      List<String> path = new ArrayList<>(List.of(start));
      String cur = start;
      while (!cur.equals(producer)) {
        String from = cur;
        cur = d.links().stream()
            .filter(l -> l.from().equals(from) && dist.containsKey(l.to()) && dist.get(l.to()) == dist.get(from) - 1)
            .map(Link::to)
            .min(Comparator.naturalOrder())
            .orElseThrow();
        path.add(cur);
      }
      out.add(path);
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void assess_productPaths_matchAnUpstreamSearchPerProduct(long seed) {
    Dossier d = Graphs.random(seed, true);
    RiskResult r = MAX.assess(d, AS_OF);
    for (Product p : d.products()) {
      assertThat(r.product(p.id()).orElseThrow().paths())
          .as("seed %d product %s", seed, p.id())
          .isEqualTo(referencePaths(d, r, p.producedBy(), RiskEngine.DEFAULT_MAX_PATHS));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void assess_randomGraphWithCycles_matchesReference(long seed) {
    Dossier d = Graphs.random(seed, true);
    RiskResult r = MAX.assess(d, AS_OF);
    for (Product p : d.products()) {
      Set<String> up = upstream(d, p.producedBy());
      RiskLevel level = RiskLevel.LOW;
      double score = 0;
      boolean unmapped = false;
      for (String f : up) {
        level = RiskLevel.worst(level, r.levelOf(f));
        score = Math.max(score, r.facility(f).map(FacilityRisk::score).orElse(0.0));
      }
      ProductExposure e = r.product(p.id()).orElseThrow();
      assertThat(e.level()).as("seed %d product %s", seed, p.id()).isEqualTo(level);
      assertThat(e.score()).as("seed %d product %s", seed, p.id()).isEqualTo(score);
      assertThat(e.paths().size()).as("seed %d", seed).isLessThanOrEqualTo(RiskEngine.DEFAULT_MAX_PATHS);
      for (List<String> path : e.paths()) {
        assertThat(path.get(path.size() - 1)).as("seed %d", seed).isEqualTo(p.producedBy());
        assertThat(r.levelOf(path.get(0))).as("seed %d", seed).isNotEqualTo(RiskLevel.LOW);
        for (int k = 0; k + 1 < path.size(); k++) {
          String a = path.get(k);
          String b = path.get(k + 1);
          assertThat(d.links()).as("seed %d link %s->%s", seed, a, b)
              .anyMatch(l -> l.from().equals(a) && l.to().equals(b));
        }
      }
      if (level != RiskLevel.LOW) {
        assertThat(e.paths()).as("seed %d", seed).isNotEmpty();
        assertThat(r.levelOf(e.paths().get(0).get(0))).as("seed %d worst first", seed).isEqualTo(level);
      }
    }
    assertThat(r.tiers()).as("seed %d", seed).isEqualTo(referenceTiers(d));
    long covered = d.products().stream()
        .filter(p -> upstream(d, p.producedBy()).stream()
            .noneMatch(f -> d.unmappedInputs().stream().anyMatch(u -> u.facility().equals(f))))
        .count();
    double coverage = d.products().isEmpty() ? 1.0 : (double) covered / d.products().size();
    assertThat(r.mappingCoverage()).as("seed %d", seed).isEqualTo(coverage);
    long coveredWithGaps = d.products().stream()
        .filter(p -> upstream(d, p.producedBy()).stream().noneMatch(f -> referenceUnmapped(d, f)))
        .count();
    assertThat(r.mapping().productsMapped()).as("seed %d", seed).isEqualTo((int) coveredWithGaps);
    assertThat(r.mapping().silentGaps()).as("seed %d", seed).isEqualTo(d.facilities().stream().map(Facility::id)
        .filter(f -> referenceUnmapped(d, f) && d.unmappedInputs().stream().noneMatch(u -> u.facility().equals(f)))
        .sorted().toList());
    RiskResult strict = STRICT.assess(d, AS_OF);
    assertThat(strict.mappingCoverage()).as("seed %d", seed)
        .isEqualTo(d.products().isEmpty() ? 1.0 : (double) coveredWithGaps / d.products().size());
  }

  /**
   * Whether a facility counts as unmapped, the direct way: a declared unmapped input, or a silent gap (it makes
   * something, has no link into it, and is no origin: the random graphs' goods carry no raw-material HS code).
   */
  private static boolean referenceUnmapped(Dossier d, String f) {
    boolean declared = d.unmappedInputs().stream().anyMatch(u -> u.facility().equals(f));
    boolean makes = d.links().stream().anyMatch(l -> l.from().equals(f))
        || d.products().stream().anyMatch(p -> p.producedBy().equals(f));
    boolean inbound = d.links().stream().anyMatch(l -> l.to().equals(f));
    return declared || (makes && !inbound);
  }

  @ParameterizedTest
  @MethodSource("dagSeeds")
  void assess_noisyOrOnAcyclicGraph_matchesRecursiveReference(long seed) {
    Dossier d = Graphs.random(seed, false);
    RiskResult r = NOISY.assess(d, AS_OF);
    Map<String, Double> memo = new HashMap<>();
    for (Product p : d.products()) {
      double expected = Math.min(1.0, noisyOr(d, r, p.producedBy(), memo));
      assertThat(r.product(p.id()).orElseThrow().score()).as("seed %d product %s", seed, p.id())
          .isCloseTo(expected, within(1e-12));
    }
  }

  @ParameterizedTest
  @MethodSource("fewSeeds")
  void assess_reorderedInputOrMoreThreads_givesEqualResult(long seed) {
    Dossier d = Graphs.random(seed, true);
    RiskEngine parallel = RiskEngine.newBuilder().parallelism(4).aggregator(Aggregator.noisyOr()).build();
    RiskResult expected = NOISY.assess(d, AS_OF);
    assertThat(NOISY.assess(Graphs.shuffled(d, seed * 31 + 7), AS_OF)).as("seed %d", seed).isEqualTo(expected);
    assertThat(parallel.assess(Graphs.shuffled(d, seed), AS_OF)).as("seed %d", seed).isEqualTo(expected);
    assertThat(MAX.assess(Graphs.shuffled(d, seed + 1), AS_OF).toString())
        .as("seed %d", seed).isEqualTo(MAX.assess(d, AS_OF).toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {11L, 12L})
  void assess_largeGraphWithThreads_explainsProductsAsOneThreadDoes(long seed) {
    // from RiskEngine.EXPLAIN_ASIDE_FROM facilities on, the paths and reasons are found on a thread of their own
    Dossier d = Graphs.random(new java.util.Random(seed), RiskEngine.EXPLAIN_ASIDE_FROM + 500, true, 40);
    for (boolean gaps : new boolean[] {false, true}) {
      RiskResult one = RiskEngine.newBuilder().countSilentGaps(gaps).build().assess(d, AS_OF);
      RiskResult two = RiskEngine.newBuilder().countSilentGaps(gaps).parallelism(2).build().assess(d, AS_OF);
      assertThat(two).as("seed %d, silent gaps counted %s", seed, gaps).isEqualTo(one);
      assertThat(one.products()).hasSize(40).anySatisfy(p -> assertThat(p.paths()).isNotEmpty());
      assertThat(one.tiers()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("fewSeeds")
  void assess_addingRiskySupplier_neverLowersAnyProduct(long seed) {
    Dossier d = Graphs.random(seed, true);
    RiskResult before = MAX.assess(d, AS_OF);
    java.util.Random rnd = new java.util.Random(seed);
    List<Facility> fs = new ArrayList<>(d.facilities());
    List<Link> ls = new ArrayList<>(d.links());
    List<UnmappedInput> us = new ArrayList<>(d.unmappedInputs());
    int kind = rnd.nextInt(3);
    Facility risky = switch (kind) {
      case 0 -> new Facility("risky", "Risky Xinjiang Mill", "CN", "CN-XJ");
      case 1 -> new Facility("risky", "Hetian Haolin Hair Accessories Co. Ltd.", "CN", null);
      default -> new Facility("risky", "Unmapped Trader", "CU", null);
    };
    fs.add(risky);
    if (kind == 2) {
      us.add(new UnmappedInput("risky", "m0", null));
    }
    ls.add(new Link("risky", d.facilities().get(rnd.nextInt(d.facilities().size())).id(), "m0"));
    Dossier after = new Dossier(d.format(), d.asOf(), d.partner(), fs, d.materials(), ls, us, d.products(),
        d.evidence());
    RiskResult r = MAX.assess(after, AS_OF);
    for (ProductExposure e : before.products()) {
      ProductExposure now = r.product(e.product()).orElseThrow();
      assertThat(now.level().isAtLeast(e.level())).as("seed %d product %s", seed, e.product()).isTrue();
      assertThat(now.score()).as("seed %d product %s", seed, e.product()).isGreaterThanOrEqualTo(e.score());
    }
  }
}
