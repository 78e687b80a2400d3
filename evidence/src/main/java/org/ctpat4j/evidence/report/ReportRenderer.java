package org.ctpat4j.evidence.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.internal.HtmlRenderer;
import org.ctpat4j.evidence.internal.JsonReports;
import org.ctpat4j.evidence.internal.MarkdownRenderer;

/**
 * Turns a {@link ComplianceReport} into text, as a string or written to a stream. The built-in renderers are stateless, thread-safe and deterministic
 * (equal reports give identical text, with {@code \n} line ends); labels are in the report's language.
 */
@FunctionalInterface
public interface ReportRenderer {

  /**
   * Renders a report.
   *
   * @param report the report; never null
   * @return the text; never null
   */
  String render(ComplianceReport report);

  /**
   * Renders a report to a character stream, which is flushed and not closed. The default writes {@link
   * #render(ComplianceReport)}; the {@link #json()} renderer writes as it goes, without holding the text in memory.
   *
   * @param report the report; never null
   * @param out where the text goes; never null
   * @throws UncheckedIOException if the stream cannot be written
   */
  default void render(ComplianceReport report, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      out.write(render(report));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  /**
   * Renders a report to a byte stream as UTF-8, which is flushed and not closed. The default writes {@link
   * #render(ComplianceReport, Writer)}; the {@link #json()} renderer writes as it goes, without holding the text in
   * memory.
   *
   * @param report the report; never null
   * @param out where the bytes go; never null
   * @throws UncheckedIOException if the stream cannot be written
   */
  default void render(ComplianceReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    render(report, writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  /**
   * Returns the JSON renderer: the {@code ctpat4j-report/1} contract, pretty-printed with a fixed key order. Read it
   * back with {@link ReportReader}.
   *
   * @return the renderer; never null
   */
  static ReportRenderer json() {
    return new ReportRenderer() {
      @Override
      public String render(ComplianceReport report) {
        return JsonReports.write(Objects.requireNonNull(report, "report"));
      }

      @Override
      public void render(ComplianceReport report, Writer out) {
        JsonReports.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
      }

      @Override
      public void render(ComplianceReport report, OutputStream out) {
        JsonReports.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
      }
    };
  }

  /**
   * Returns the Markdown renderer: verdict, caveats, requirements, findings grouped by requirement, risky products with
   * their paths, facilities with signals, mapping coverage and reference data. Dossier text is escaped so that it
   * cannot break tables or inject formatting.
   *
   * @return the renderer; never null
   */
  static ReportRenderer markdown() {
    return MarkdownRenderer::render;
  }

  /**
   * Returns the HTML renderer: one self-contained, print-friendly page (inline CSS, no scripts, no external resources)
   * in the same order as {@link #markdown()}. All dossier text is HTML-escaped.
   *
   * @return the renderer; never null
   */
  static ReportRenderer html() {
    return HtmlRenderer::render;
  }
}
