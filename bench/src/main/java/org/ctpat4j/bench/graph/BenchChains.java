package org.ctpat4j.bench.graph;

import org.ctpat4j.testkit.gen.SupplyChainGenerator;

/** The generated supply chains the graph benchmarks share. */
final class BenchChains {

  /** The number of tiers: tier 1 makes the products, tier 6 is the origin. */
  static final int TIERS = 6;

  /** Return flows (cycles) as a share of the supply links. */
  static final double CYCLE_RATE = 0.005;

  private BenchChains() {}

  /**
   * The benchmarks' chain: {@code n} facilities in {@value #TIERS} tiers growing 1.5 times upstream, each buyer with
   * 4 to 9 suppliers of the tier above and each supplier with at most 12 customers, which gives about 4 links per
   * facility, plus {@value #CYCLE_RATE} as many return flows that close cycles. No injected risk: the benchmarks draw
   * their own levels. Identifiers are off (they cost time and the graph ignores them).
   *
   * @param n the number of facilities
   * @param seed the seed
   * @return the configured builder
   */
  static SupplyChainGenerator.Builder configuration(int n, long seed) {
    return SupplyChainGenerator.newBuilder()
        .seed(seed)
        .facilities(n)
        .tiers(TIERS)
        .fanIn(4, 9)
        .fanOut(1, 12)
        .cycleRate(CYCLE_RATE);
  }
}
