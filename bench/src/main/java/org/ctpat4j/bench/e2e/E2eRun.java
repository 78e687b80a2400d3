package org.ctpat4j.bench.e2e;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;

/**
 * What {@code ctpat4j assess FILE --format json --out REPORT} does, as a command for timing it with {@code
 * /usr/bin/time -v}, with a switch to leave out the {@code wro-findings} rule (which compiles regular expressions per
 * facility): {@code java -Xmx2g -cp bench/target/benchmarks.jar org.ctpat4j.bench.e2e.E2eRun FILE REPORT
 * [--without-wro]}. Prints the time of each step on stderr.
 */
public final class E2eRun {

  private E2eRun() {}

  /**
   * Runs the pipeline.
   *
   * @param args the dossier, the report and optionally {@code --without-wro}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    boolean withoutWro = args.length > 2 && args[2].equals("--without-wro");
    long t0 = System.nanoTime();
    DossierReader reader = DossierReader.newBuilder().maxDocumentBytes(Math.max(1, Files.size(file))).build();
    Dossier dossier;
    try (InputStream in = Files.newInputStream(file)) {
      dossier = reader.read(in, file.toString());
    }
    long t1 = System.nanoTime();
    RiskEngine.Builder b = RiskEngine.newBuilder();
    if (withoutWro) {
      b.withoutRule("wro-findings");
    }
    RiskEngine engine = b.build();
    LocalDate asOf = Objects.requireNonNull(dossier.asOf(), "asOf");
    RiskResult risk = engine.assess(dossier, asOf);
    long t2 = System.nanoTime();
    ComplianceReport report = ComplianceChecker.newBuilder().riskAssessor(engine).build().check(dossier, risk, asOf);
    long t3 = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      ReportRenderer.json().render(report, out);
    }
    long t4 = System.nanoTime();
    System.err.printf(
        "read %d ms, risk %d ms, checks %d ms, report %d ms; %d findings, verdict %s%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
        report.findings().size(), report.verdict());
  }
}
