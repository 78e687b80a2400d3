package org.ctpat4j.bench.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningHit;
import org.ctpat4j.risk.screening.ScreeningQuery;

/**
 * One full pass of 1,000,000 supplier names over the ~3,000-name list on one thread, outside JMH, reporting wall time
 * and the thread's CPU time (the machine this was written on is shared, so wall time overstates the cost), plus an
 * all-pairs baseline per name and a check that blocked equals all-pairs on a sample of the million.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.ctpat4j.bench.screening.ScreeningMillion [count]}.
 */
public final class ScreeningMillion {

  private ScreeningMillion() {}

  /**
   * Runs the pass.
   *
   * @param args optional number of supplier names (default 1,000,000)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<ScreeningEntry> list = ScreeningData.replicatedList(3000);
    int names = list.stream().mapToInt(e -> e.names().size()).sum();
    long t0 = System.nanoTime();
    EntityScreener screener = EntityScreener.newBuilder().entries(list).build();
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    List<ScreeningQuery> suppliers = ScreeningData.suppliers(count, list, 50, 3);
    for (ScreeningQuery q : ScreeningData.suppliers(50_000, list, 50, 4)) { // warm-up
      screener.screen(q);
    }
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long hits = 0;
    long matches = 0;
    for (ScreeningQuery q : suppliers) {
      List<ScreeningHit> h = screener.screen(q);
      hits += h.size();
      matches += h.isEmpty() || h.get(0).level() != org.ctpat4j.risk.screening.ScreeningLevel.MATCH ? 0 : 1;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    // all-pairs baseline on a sample, and equality of results on a sample of the same million
    int sample = 500;
    long cpuA = mx.getCurrentThreadCpuTime();
    long wallA = System.nanoTime();
    for (int i = 0; i < sample; i++) {
      screener.screenAllPairs(suppliers.get(i * (count / sample)));
    }
    double allPairsWallPerName = (System.nanoTime() - wallA) / 1e9 / sample;
    double allPairsCpuPerName = (mx.getCurrentThreadCpuTime() - cpuA) / 1e9 / sample;
    int checked = 0;
    for (int i = 0; i < count; i += Math.max(1, count / 2000)) {
      ScreeningQuery q = suppliers.get(i);
      if (!screener.screen(q).equals(screener.screenAllPairs(q))) {
        throw new IllegalStateException("blocked differs from all-pairs for " + q);
      }
      checked++;
    }
    System.out.printf(Locale.ROOT, "list: %d entries, %d names and aliases, built in %d ms; romanizer: %s%n",
        list.size(), names, buildMs, screener.romanizer().description());
    System.out.printf(Locale.ROOT, "blocked: %,d names in %.1f s wall, %.1f s thread CPU (%.1f us/name CPU); %,d hits,"
        + " %,d names with a MATCH%n", count, wall, cpu, cpu * 1e6 / count, hits, matches);
    System.out.printf(Locale.ROOT, "all-pairs baseline: %.2f ms/name CPU (%.2f wall) -> %.0f s CPU for %,d names"
        + " (extrapolated from %d)%n", allPairsCpuPerName * 1e3, allPairsWallPerName * 1e3,
        allPairsCpuPerName * count, count, sample);
    System.out.printf(Locale.ROOT, "blocked == all-pairs on %,d names sampled from the run%n", checked);
  }
}
