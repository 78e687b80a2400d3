package org.ctpat4j.evidence.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.internal.render.HtmlRenderer;
import org.ctpat4j.evidence.internal.render.JsonRenderer;
import org.ctpat4j.evidence.internal.render.MarkdownRenderer;
import org.ctpat4j.evidence.picture.SupplyChainPicture;

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
        return JsonRenderer.render(Objects.requireNonNull(report, "report"));
      }

      @Override
      public void render(ComplianceReport report, Writer out) {
        JsonRenderer.render(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
      }

      @Override
      public void render(ComplianceReport report, OutputStream out) {
        JsonRenderer.render(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
      }
    };
  }

  /**
   * Returns the Markdown renderer: verdict and key figures, caveats, what to do first (the errors grouped by code),
   * requirements, findings grouped by requirement, risky products with their paths, facilities with signals, mapping
   * coverage and reference data. Dossier text is escaped so that it
   * cannot break tables or inject formatting.
   *
   * @return the renderer; never null
   */
  static ReportRenderer markdown() {
    return MarkdownRenderer::render;
  }

  /**
   * Returns the Markdown renderer of {@link #markdown()} that also shows the supply chain picture from a file next to
   * the report (for example one written with {@link SupplyChainPicture#svg()}).
   *
   * @param pictureFile the picture's path relative to the Markdown file (for example {@code supply-chain.svg}); never
   *     null
   * @return the renderer; never null
   */
  static ReportRenderer markdown(String pictureFile) {
    Objects.requireNonNull(pictureFile, "pictureFile");
    return report -> MarkdownRenderer.render(report, pictureFile);
  }

  /**
   * Returns the HTML renderer: one self-contained, print-friendly page (inline CSS, no scripts, no external resources).
   * Its first screen gives the answers and what to do first, then a picture of the supply chain (here, the explaining
   * paths of the risky products, the only part of the chain a report carries), the requirements, every finding, the
   * risky products and facilities, mapping coverage and reference data. All dossier text is escaped.
   *
   * @return the renderer; never null
   */
  static ReportRenderer html() {
    return HtmlRenderer::render;
  }

  /**
   * Returns the HTML renderer of {@link #html()} whose picture draws the whole supply chain of the dossier the report
   * was made from ({@link SupplyChainPicture#of(Dossier, org.ctpat4j.risk.RiskResult)}), summarised when large.
   *
   * @param dossier the dossier the reports rendered were made from; never null
   * @return the renderer; never null
   */
  static ReportRenderer html(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return report -> HtmlRenderer.render(report, SupplyChainPicture.of(dossier, report.risk()));
  }
}
