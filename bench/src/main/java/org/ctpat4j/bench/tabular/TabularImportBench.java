package org.ctpat4j.bench.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.tabular.TabularDossierReader;
import org.ctpat4j.tabular.TabularDossierWriter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a generated supply chain from a folder of CSV files ({@link TabularDossierReader}) against reading the
 * same dossier as JSON ({@link DossierReader}), both from files written once in the setup and both fully checked.
 * {@code readJson} is the baseline: the goal is {@code readCsvFolder} within 3 times its time.
 *
 * <p>The chain: {@code facilities} facilities in 6 tiers with about 4 links per facility, from the testkit's seeded
 * {@link SupplyChainGenerator} with registry identifiers on. Both readers use the same core reader, with the size
 * limit raised to 1 GiB (the pretty-printed JSON of 100,000 facilities is larger than the default 64 MiB).
 *
 * <p>One read takes seconds, so each iteration is one read ({@code SingleShotTime}).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar TabularImportBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TabularImportBench {

  /** Number of facilities. */
  @Param({"100000"})
  public int facilities;

  private Path dir;
  private Path json;
  private Path csv;
  private DossierReader jsonReader;
  private TabularDossierReader tabularReader;

  /** Generates the chain and writes it as JSON and as a CSV folder (not measured). */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    Dossier dossier =
        SupplyChainGenerator.newBuilder()
            .seed(42L)
            .facilities(facilities)
            .tiers(6)
            .fanIn(4, 9)
            .fanOut(1, 12)
            .cycleRate(0.005)
            .identifiers(true)
            .build()
            .generate()
            .dossier();
    dir = Files.createTempDirectory("ctpat4j-tabular-bench");
    json = dir.resolve("dossier.json");
    csv = dir.resolve("tables");
    DossierWriter.standard().write(dossier, json);
    TabularDossierWriter.standard().writeCsvFolder(dossier, csv);
    jsonReader = DossierReader.newBuilder().maxDocumentBytes(1L << 30).build();
    tabularReader = TabularDossierReader.newBuilder().dossierReader(jsonReader).build();
    long csvBytes;
    try (Stream<Path> files = Files.list(csv)) {
      csvBytes = files.mapToLong(TabularImportBench::size).sum();
    }
    System.out.printf(
        "%n[TabularImportBench] facilities=%d links=%d json=%d bytes csv=%d bytes%n",
        dossier.facilities().size(), dossier.links().size(), Files.size(json), csvBytes);
    if (!tabularReader.read(csv).equals(jsonReader.read(json))) {
      throw new IllegalStateException("the CSV folder and the JSON file hold different dossiers");
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the files (not measured). */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * The baseline: reads and checks the JSON dossier.
   *
   * @return the dossier (consumed by JMH)
   */
  @Benchmark
  public Dossier readJson() {
    return jsonReader.read(json);
  }

  /**
   * Reads the CSV folder, converts the rows and checks the result with the same core reader.
   *
   * @return the dossier (consumed by JMH)
   */
  @Benchmark
  public Dossier readCsvFolder() {
    return tabularReader.read(csv);
  }
}
