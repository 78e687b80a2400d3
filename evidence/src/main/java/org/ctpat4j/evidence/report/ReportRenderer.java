package org.ctpat4j.evidence.report;

import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.internal.HtmlRenderer;
import org.ctpat4j.evidence.internal.JsonReports;
import org.ctpat4j.evidence.internal.MarkdownRenderer;

/**
 * Turns a {@link ComplianceReport} into text. The built-in renderers are stateless, thread-safe and deterministic
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
   * Returns the JSON renderer: the {@code ctpat4j-report/1} contract, pretty-printed with a fixed key order. Read it
   * back with {@link ReportReader}.
   *
   * @return the renderer; never null
   */
  static ReportRenderer json() {
    return JsonReports::write;
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
