package org.ctpat4j.bench.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.risk.internal.Condensation;
import org.ctpat4j.risk.internal.FrozenGraph;
import org.ctpat4j.risk.internal.Propagation;
import org.ctpat4j.risk.spi.Aggregator;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Graph build plus one full propagation of risk levels, in the same run: a hand-written CSR baseline against the
 * engine's hot path (frozen snapshot with sorted ids, Tarjan condensation, level and score propagation).
 *
 * <p>Both start from the same input, the arrays {@code SupplierGraph.of(dossier)} extracts from a dossier (facility
 * ids, link ends as id strings, shares), taken from a dossier made by the testkit's seeded {@link
 * SupplyChainGenerator} ({@link BenchChains#configuration(int, long)}): {@code facilities} facilities in 6 tiers,
 * about 4 links per facility from tier t+1 to tier t, and 0.5% more links flowing back upstream (cycles), in a seeded
 * random order. Own levels come from a hash of the id (1% HIGH, 1% UNKNOWN, 2% MEDIUM), computed inside both
 * benchmarks.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -Xmx8g -jar bench/target/benchmarks.jar GraphBench
 * -p facilities=1000000}. The setup prints the frozen graph's bytes per link (a computed footprint of its arrays, see
 * {@code FrozenGraph.footprintBytes()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class GraphBench {

  /** Number of facilities (links are 4 per facility). Use 10000 for a quick run. */
  @Param({"1000000"})
  public int facilities;

  String[] ids;
  String[] from;
  String[] to;
  double[] share;

  /** The frozen snapshot, built once for the strongly-connected-component benchmarks. */
  FrozenGraph frozen;

  /** The JGraphT model {@code SupplierGraph} builds for its modelling queries, built once likewise. */
  Graph<String, Object> model;

  /** Generates the graph. */
  @Setup(Level.Trial)
  public void setup() {
    Generated g = generate(facilities, 42L);
    ids = g.ids;
    from = g.from;
    to = g.to;
    share = g.share;
    frozen = FrozenGraph.build(ids, from, to, share);
    model = new DirectedPseudograph<>(null, null, false);
    for (String id : ids) {
      model.addVertex(id);
    }
    for (int e = 0; e < from.length; e++) {
      model.addEdge(from[e], to[e], new Object());
    }
    if (sccTarjan() != sccJGraphT()) {
      throw new IllegalStateException("Tarjan and JGraphT count different components");
    }
    byte[] base = baseline();
    byte[] engine = engineLevels();
    long[] hb = new long[4];
    long[] he = new long[4];
    for (byte b : base) {
      hb[b]++;
    }
    for (byte b : engine) {
      he[b]++;
    }
    if (!java.util.Arrays.equals(hb, he)) {
      throw new IllegalStateException("baseline and engine disagree: " + java.util.Arrays.toString(hb) + " vs "
          + java.util.Arrays.toString(he));
    }
    System.out.printf("%n[GraphBench] facilities=%d links=%d frozen=%d bytes = %.2f bytes/link; levels %s%n",
        ids.length, from.length, frozen.footprintBytes(), frozen.footprintBytes() / (double) from.length,
        java.util.Arrays.toString(hb));
  }

  /** A generated graph, as the arrays {@code SupplierGraph.of(dossier)} extracts from a dossier. */
  record Generated(String[] ids, String[] from, String[] to, double[] share) {}

  /**
   * Generates the benchmark's dossier with the testkit's {@link SupplyChainGenerator} ({@link
   * BenchChains#configuration(int, long)}) and extracts its arrays. Facilities and links are then put in a seeded
   * random order: the generator emits ids sorted and links grouped by receiver, which would hand the engine's sort
   * pre-sorted input that real dossiers do not promise.
   */
  static Generated generate(int n, long seed) {
    Dossier d = BenchChains.configuration(n, seed).build().generate().dossier();
    int m = d.links().size();
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = d.facilities().get(i).id();
    }
    String[] from = new String[m];
    String[] to = new String[m];
    double[] share = new double[m];
    for (int e = 0; e < m; e++) {
      Link l = d.links().get(e);
      from[e] = l.from();
      to[e] = l.to();
      share[e] = l.share() == null ? Double.NaN : l.share();
    }
    SplittableRandom r = new SplittableRandom(seed);
    shuffle(r, ids);
    int[] order = new int[m];
    for (int e = 0; e < m; e++) {
      order[e] = e;
    }
    for (int e = m - 1; e > 0; e--) {
      int j = r.nextInt(e + 1);
      int t = order[e];
      order[e] = order[j];
      order[j] = t;
    }
    String[] f2 = new String[m];
    String[] t2 = new String[m];
    double[] s2 = new double[m];
    for (int e = 0; e < m; e++) {
      f2[e] = from[order[e]];
      t2[e] = to[order[e]];
      s2[e] = share[order[e]];
    }
    return new Generated(ids, f2, t2, s2);
  }

  private static void shuffle(SplittableRandom r, String[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      String t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  static byte ownLevel(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    int x = (h >>> 8) % 100;
    return (byte) (x < 1 ? 3 : x < 2 ? 2 : x < 4 ? 1 : 0);
  }

  /**
   * The baseline: HashMap ids, CSR by supplier, then one downstream BFS per level from the worst down.
   *
   * @return the upstream level of each facility in input order
   */
  @Benchmark
  public byte[] baseline() {
    int n = ids.length;
    int m = from.length;
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(ids[i], i);
    }
    int[] src = new int[m];
    int[] off = new int[n + 1];
    int[] dst = new int[m];
    for (int e = 0; e < m; e++) {
      src[e] = index.get(from[e]);
      off[src[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      off[i + 1] += off[i];
    }
    int[] cur = java.util.Arrays.copyOf(off, n);
    for (int e = 0; e < m; e++) {
      dst[cur[src[e]]++] = index.get(to[e]);
    }
    byte[] own = new byte[n];
    for (int i = 0; i < n; i++) {
      own[i] = ownLevel(ids[i]);
    }
    byte[] level = new byte[n];
    boolean[] done = new boolean[n];
    int[] queue = new int[n];
    for (byte l = 3; l >= 1; l--) {
      int head = 0;
      int tail = 0;
      for (int i = 0; i < n; i++) {
        if (own[i] == l && !done[i]) {
          done[i] = true;
          level[i] = l;
          queue[tail++] = i;
        }
      }
      while (head < tail) {
        int v = queue[head++];
        for (int e = off[v]; e < off[v + 1]; e++) {
          int w = dst[e];
          if (!done[w]) {
            done[w] = true;
            level[w] = l;
            queue[tail++] = w;
          }
        }
      }
    }
    return level;
  }

  /**
   * The engine: frozen snapshot, condensation, propagation of levels and (max) scores.
   *
   * @return the upstream level of each facility in sorted-id order
   */
  @Benchmark
  public byte[] engineLevels() {
    FrozenGraph g = FrozenGraph.build(ids, from, to, share);
    int n = g.size();
    byte[] own = new byte[n];
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      own[i] = ownLevel(g.id(i));
      score[i] = own[i] / 3.0;
    }
    Propagation p = Propagation.run(g, Condensation.of(g), own, score, null, Aggregator.max());
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = p.levelOf(i);
    }
    return out;
  }

  /**
   * The strongly connected components of the frozen snapshot, by the hand-written iterative Tarjan search of {@link
   * Condensation} (what the engine and {@code SupplierGraph.cycles()} use).
   *
   * @return the number of components
   */
  @Benchmark
  public int sccTarjan() {
    return Condensation.of(frozen).count();
  }

  /**
   * The same components by JGraphT's {@link KosarajuStrongConnectivityInspector} on the JGraphT model of the same graph
   * (the model already built, as it is after a first modelling query).
   *
   * @return the number of components
   */
  @Benchmark
  public int sccJGraphT() {
    return new KosarajuStrongConnectivityInspector<>(model).stronglyConnectedSets().size();
  }
}
