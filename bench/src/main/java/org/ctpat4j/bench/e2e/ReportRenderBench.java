package org.ctpat4j.bench.e2e;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.RiskEngine;
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
 * Rendering the report of a large generated dossier for people: the self-contained HTML page of
 * {@code assess --format html} with its supply-chain picture drawn from the whole dossier
 * ({@link ReportRenderer#html(Dossier)}: the risky subgraph drawn, the rest summarised), and the Markdown summary.
 *
 * <p>The baseline, measured in the same run on the same report, is the JSON report streamed to a stream that counts
 * and drops the bytes: every finding and every product written once, the least a renderer of the whole report does.
 * The HTML page groups findings by code and caps each list, so it stays a readable page of a few megabytes however
 * large the chain; this benchmark shows that it also costs less than writing the report's data once. The dossier is
 * generated, read, assessed and checked once per trial, outside the measurement; the size of each rendering is
 * printed.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ReportRenderBench} (100k and 1M facilities; the fork uses a
 * 4 GB heap to hold the million-facility dossier and its report while rendering).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReportRenderBench {

  /** Number of facilities of the generated dossier (about 3.2 links each). */
  @Param({"100000", "1000000"})
  public int facilities;

  private Dossier dossier;
  private ComplianceReport report;

  /** Generates the dossier, assesses and checks it (not measured). */
  @Setup(Level.Trial)
  public void setup() {
    dossier = E2eDossiers.chain(facilities).dossier();
    LocalDate asOf = Objects.requireNonNull(dossier.asOf(), "asOf");
    RiskEngine engine = RiskEngine.newBuilder().build();
    report = ComplianceChecker.newBuilder().riskAssessor(engine).build().check(dossier, engine.assess(dossier, asOf),
        asOf);
    CountingStream json = new CountingStream();
    ReportRenderer.json().render(report, json);
    System.out.printf("%n[ReportRenderBench] facilities=%d findings=%d products=%d json=%d bytes html=%d bytes"
            + " markdown=%d bytes%n", facilities, report.findings().size(), report.risk().products().size(),
        json.count(), html(), markdown());
  }

  /**
   * The baseline: the JSON report streamed out once.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public long json() {
    CountingStream out = new CountingStream();
    ReportRenderer.json().render(report, out);
    return out.count();
  }

  /**
   * The HTML page of {@code assess --format html}, with the picture of the whole dossier's chain.
   *
   * @return the number of UTF-8 bytes of the page
   */
  @Benchmark
  public long html() {
    return ReportRenderer.html(dossier).render(report).getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The Markdown report of {@code assess --format markdown}.
   *
   * @return the number of UTF-8 bytes of the report
   */
  @Benchmark
  public long markdown() {
    return ReportRenderer.markdown().render(report).getBytes(StandardCharsets.UTF_8).length;
  }
}
