package org.ctpat4j.bench.e2e;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;
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
 * What a user of {@code assess --format json} waits for, end to end: the bytes of a generated dossier in, read and
 * checked by the strict {@link DossierReader}, assessed by the risk engine, checked by the compliance checker, and the
 * {@code ctpat4j-report/1} JSON report streamed out (to a stream that counts and drops the bytes).
 *
 * <p>The baseline, measured in the same run on the same bytes, is Jackson's streaming parser reading every token
 * without binding anything: the least any JSON reader must do. {@code endToEnd} uses every built-in rule on one
 * thread (the library's default; the command line also spreads the rules over every processor with {@code --threads});
 * {@code endToEndWithoutWro} leaves out the {@code wro-findings} rule, to show what its name screening costs.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar EndToEndBench} (all sizes; the forks use a 4 GB heap for the
 * million-facility dossier's 600 MB of bytes plus the run), or
 * {@code ... EndToEndBench -p facilities=10000,100000} for a quicker look.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EndToEndBench {

  /** Number of facilities of the generated dossier (about 3.2 links each). */
  @Param({"10000", "100000", "1000000"})
  public int facilities;

  private byte[] bytes;
  private DossierReader reader;
  private JsonFactory jackson;
  private RiskEngine engine;
  private RiskEngine engineWithoutWro;
  private ComplianceChecker checker;
  private ComplianceChecker checkerWithoutWro;

  /** Generates and writes the dossier (not measured). */
  @Setup(Level.Trial)
  public void setup() {
    bytes = E2eDossiers.bytes(facilities);
    reader = DossierReader.newBuilder().maxDocumentBytes(bytes.length).build();
    jackson =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(bytes.length).build())
            .build();
    engine = RiskEngine.newBuilder().build();
    engineWithoutWro = RiskEngine.newBuilder().withoutRule("wro-findings").build();
    checker = ComplianceChecker.newBuilder().riskAssessor(engine).build();
    checkerWithoutWro = ComplianceChecker.newBuilder().riskAssessor(engineWithoutWro).build();
    System.out.printf("%n[EndToEndBench] facilities=%d bytes=%d%n", facilities, bytes.length);
  }

  /**
   * The baseline: Jackson's streaming parser reads every token of the bytes and binds nothing.
   *
   * @return the number of tokens
   * @throws IOException never (the bytes are in memory)
   */
  @Benchmark
  public long jacksonTokens() throws IOException {
    long tokens = 0;
    try (JsonParser p = jackson.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens += t.id();
      }
    }
    return tokens;
  }

  /**
   * Bytes in, JSON report out, with every built-in rule.
   *
   * @return the number of report bytes
   */
  @Benchmark
  public long endToEnd() {
    return run(engine, checker);
  }

  /**
   * Bytes in, JSON report out, without the {@code wro-findings} rule.
   *
   * @return the number of report bytes
   */
  @Benchmark
  public long endToEndWithoutWro() {
    return run(engineWithoutWro, checkerWithoutWro);
  }

  private long run(RiskEngine e, ComplianceChecker c) {
    Dossier dossier = reader.read(new ByteArrayInputStream(bytes), "bench");
    LocalDate asOf = Objects.requireNonNull(dossier.asOf(), "asOf");
    RiskResult risk = e.assess(dossier, asOf);
    ComplianceReport report = c.check(dossier, risk, asOf);
    CountingStream out = new CountingStream();
    ReportRenderer.json().render(report, out);
    return out.count();
  }
}
