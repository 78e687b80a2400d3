package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ctpat4j.core.dossier.Dossier;
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
   * Returns the file name extension of this format.
   *
   * @return the extension without dot; never null
   */
  String extension() {
    return switch (this) {
      case TEXT -> "txt";
      case JSON -> "json";
      case MARKDOWN -> "md";
      case HTML -> "html";
    };
  }

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
    return render(report, null, null);
  }

  /**
   * Renders a report in this format; the HTML picture draws the dossier's whole chain, and Markdown links to the
   * picture file when one is named.
   *
   * @param report the report; never null
   * @param dossier the dossier the report was made from, or {@code null} when unknown
   * @param pictureFile the SVG picture's path relative to the report, or {@code null} for none
   * @return the text, ending with a line break; never null
   */
  String render(ComplianceReport report, Dossier dossier, String pictureFile) {
    String text =
        switch (this) {
          case TEXT -> TextReport.render(report);
          case JSON -> ReportRenderer.json().render(report);
          case MARKDOWN -> (pictureFile == null ? ReportRenderer.markdown() : ReportRenderer.markdown(pictureFile))
              .render(report);
          case HTML -> (dossier == null ? ReportRenderer.html() : ReportRenderer.html(dossier)).render(report);
        };
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Writes a report in this format to a stream, which is flushed and not closed. JSON is written as it is made,
   * without building the text in memory; the other formats are small enough to be built first.
   *
   * @param report the report; never null
   * @param out the stream; never null
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  void write(ComplianceReport report, OutputStream out) {
    if (this == JSON) {
      ReportRenderer.json().render(report, out);
      return;
    }
    try {
      out.write(render(report).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a report in this format to a character stream, which is flushed and not closed.
   *
   * @param report the report; never null
   * @param out the stream; never null
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  void write(ComplianceReport report, Writer out) {
    if (this == JSON) {
      ReportRenderer.json().render(report, out);
      return;
    }
    try {
      out.write(render(report));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
