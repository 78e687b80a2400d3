package org.ctpat4j.samples.cli;

import java.util.Locale;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.report.ReportRenderer;

/** The output formats of {@code assess}. */
enum ReportFormat {
  /** A compact summary for a terminal ({@link TextReport}). */
  TEXT,
  /** The {@code ctpat4j-report/1} JSON document ({@link ReportRenderer#json()}). */
  JSON,
  /** The full report as Markdown ({@link ReportRenderer#markdown()}). */
  MARKDOWN,
  /** The full report as a self-contained HTML page ({@link ReportRenderer#html()}). */
  HTML;

  /**
   * Returns the name used on the command line.
   *
   * @return the lower-case name; never null
   */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Renders a report in this format.
   *
   * @param report the report; never null
   * @return the text, ending with a line break; never null
   */
  String render(ComplianceReport report) {
    String text =
        switch (this) {
          case TEXT -> TextReport.render(report);
          case JSON -> ReportRenderer.json().render(report);
          case MARKDOWN -> ReportRenderer.markdown().render(report);
          case HTML -> ReportRenderer.html().render(report);
        };
    return text.endsWith("\n") ? text : text + "\n";
  }
}
