package org.ctpat4j.samples.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.signal.Admissibility;

/**
 * The whole path in a few lines: read a dossier, check it with the default {@link ComplianceChecker} (the standard
 * risk engine on the bundled reference data) as of the day the dossier names, act on the verdict and the ERROR
 * findings, render the report as Markdown (or JSON, HTML), and read a stored JSON report back with
 * {@link ReportReader}, for example to compare this month's report with last month's.
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.CheckAndRenderExample [DOSSIER [REPORT.md]]
 * }</pre>
 */
public final class CheckAndRenderExample {

  /** A checker is immutable and thread-safe: build one and reuse it for every dossier. */
  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().locale(Locale.ENGLISH).build();

  private CheckAndRenderExample() {}

  /**
   * Checks a dossier as of its own {@code asOf}.
   *
   * @param dossier a dossier with an {@code asOf}; never null
   * @return the report; never null
   */
  public static ComplianceReport check(Dossier dossier) {
    return CHECKER.check(dossier);
  }

  /**
   * Summarizes a report: a line with both answers (the program verdict and the admissibility of the goods), then one
   * line per ERROR finding and one per product that is not CLEAR.
   *
   * @param report the report; never null
   * @return the summary; never null
   */
  public static String summary(ComplianceReport report) {
    StringBuilder out = new StringBuilder(report.partnerName() + ": " + report.verdict() + ", goods "
        + report.admissibility() + " as of " + report.asOf() + " (" + report.count(Severity.ERROR) + " errors)\n");
    for (Finding f : report.findings(Severity.ERROR)) {
      out.append("  ").append(f.requirement()).append(' ').append(f.code()).append(' ').append(f.subject()).append('\n');
    }
    for (ProductExposure p : report.products(Admissibility.NEEDS_REVIEW)) {
      out.append("  product ").append(p.product()).append(' ').append(p.admissibility()).append(": ")
          .append(p.reasons().isEmpty() ? "" : p.reasons().get(0).kind() + " " + p.reasons().get(0).facility())
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Checks the dossier (the solar importer by default), prints the summary and writes the Markdown report.
   *
   * @param args {@code [DOSSIER [REPORT.md]]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/dossiers/solar-importer/dossier.json");
    Path markdown = Path.of(args.length > 1 ? args[1] : "report.md");
    ComplianceReport report = check(DossierReader.strict().read(file));
    System.out.print(summary(report));

    String json = ReportRenderer.json().render(report);
    ComplianceReport stored = ReportReader.read(json);
    System.out.println("JSON report read back: " + stored.verdict() + ", " + stored.findings().size() + " findings");
    try {
      Files.writeString(markdown, ReportRenderer.markdown().render(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("Markdown report written to " + markdown);
  }
}
