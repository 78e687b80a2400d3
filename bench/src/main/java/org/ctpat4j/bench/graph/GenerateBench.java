package org.ctpat4j.bench.graph;

import java.util.concurrent.TimeUnit;
import org.ctpat4j.testkit.gen.GeneratedSupplyChain;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;
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
 * Time to generate a whole dossier (facilities, materials, links, products, evidence) with the testkit's {@link
 * SupplyChainGenerator}, in the configuration {@link GraphBench} uses: 6 tiers, about 4 links per facility, 0.5%
 * return flows. Few iterations: one generation of a million facilities allocates about a gigabyte.
 *
 * <p>Run: {@code java -Xmx8g -jar bench/target/benchmarks.jar GenerateBench} (both sizes), or
 * {@code ... GenerateBench -p facilities=100000 -f 1 -wi 1 -i 2} for a quick look.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class GenerateBench {

  /** Number of facilities. */
  @Param({"100000", "1000000"})
  public int facilities;

  private SupplyChainGenerator generator;

  /** Configures the generator (not measured). */
  @Setup(Level.Trial)
  public void setup() {
    generator = BenchChains.configuration(facilities, 42L).build();
    GeneratedSupplyChain once = generator.generate();
    System.out.printf(
        "%n[GenerateBench] facilities=%d links=%d (%.2f per facility) products=%d%n",
        once.dossier().facilities().size(), once.dossier().links().size(),
        once.dossier().links().size() / (double) once.dossier().facilities().size(), once.dossier().products().size());
  }

  /**
   * Generates the chain.
   *
   * @return the chain (consumed by JMH)
   */
  @Benchmark
  public GeneratedSupplyChain generate() {
    return generator.generate();
  }
}
