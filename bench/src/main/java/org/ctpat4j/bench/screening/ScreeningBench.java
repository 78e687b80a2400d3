package org.ctpat4j.bench.screening;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningHit;
import org.ctpat4j.risk.screening.ScreeningQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity screening speed on one thread: the bundled UFLPA list replicated to about 3,000 names and aliases, supplier
 * names generated deterministically (one in 50 a variant of a listed name).
 *
 * <ul>
 *   <li>{@code blocked}: microseconds per supplier name with the blocking index (batches of 10,000 names); 1M names
 *       take {@code score x 1,000,000} microseconds.
 *   <li>{@code allPairs}: the same per name comparing every listed name (batches of 200), the baseline.
 *   <li>{@code blockedMillion}: one pass over 1,000,000 names (single shot, seconds), when run with {@code -p
 *       million=true}; skipped (returns at once) otherwise.
 * </ul>
 *
 * <p>Setup checks that the blocked result equals all-pairs on 1,000 generated names and fails otherwise.
 * Run: {@code java -jar bench/target/benchmarks.jar ScreeningBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ScreeningBench {

  static final int BATCH = 10_000;
  static final int ALL_PAIRS_BATCH = 200;

  @org.openjdk.jmh.annotations.Param({"false"})
  public boolean million;

  EntityScreener screener;
  List<ScreeningQuery> batch;
  List<ScreeningQuery> smallBatch;
  List<ScreeningQuery> millionNames;
  int listNames;

  @Setup(Level.Trial)
  public void setUp() {
    List<ScreeningEntry> list = ScreeningData.replicatedList(3000);
    listNames = list.stream().mapToInt(e -> e.names().size()).sum();
    screener = EntityScreener.newBuilder().entries(list).build();
    batch = ScreeningData.suppliers(BATCH, list, 50, 1);
    smallBatch = batch.subList(0, ALL_PAIRS_BATCH);
    int hits = 0;
    for (ScreeningQuery q : ScreeningData.suppliers(1000, list, 10, 2)) {
      List<ScreeningHit> blocked = screener.screen(q);
      if (!blocked.equals(screener.screenAllPairs(q))) {
        throw new IllegalStateException("blocked result differs from all-pairs for " + q);
      }
      hits += blocked.isEmpty() ? 0 : 1;
    }
    System.out.printf("%n[setup] list: %d entries, %d names and aliases; romanizer: %s; blocked == all-pairs on"
        + " 1,000 names (%d with hits)%n", list.size(), listNames, screener.romanizer().description(), hits);
    if (million) {
      millionNames = ScreeningData.suppliers(1_000_000, list, 50, 3);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void blocked(Blackhole bh) {
    ScreeningData.screenEach(screener, batch, bh);
  }

  @Benchmark
  @OperationsPerInvocation(ALL_PAIRS_BATCH)
  public void allPairs(Blackhole bh) {
    for (ScreeningQuery q : smallBatch) {
      bh.consume(screener.screenAllPairs(q));
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 1)
  public long blockedMillion() {
    if (!million) {
      return 0;
    }
    long hits = 0;
    for (ScreeningQuery q : millionNames) {
      hits += screener.screen(q).size();
    }
    return hits;
  }
}
