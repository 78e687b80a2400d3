package org.ctpat4j.evidence.internal;

import java.util.List;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.Admissibility;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.ReferenceDataVersion;
import org.ctpat4j.risk.RiskSignal;

/**
 * Renders a report as one self-contained HTML page: inline CSS, no scripts, no external resources, print-friendly.
 * Every text is escaped.
 */
public final class HtmlRenderer {

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:#1a1a1a;max-width:60rem;"
          + "margin:2rem auto;padding:0 1rem;line-height:1.45}"
          + "h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;"
          + "padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.4rem}"
          + ".verdict{font-size:1.3rem;font-weight:700;padding:.6rem 1rem;border:2px solid;display:inline-block}"
          + ".verdict.ok{color:#135e1f;border-color:#135e1f}.verdict.ko{color:#8b0000;border-color:#8b0000}"
          + ".verdict.review{color:#7a4a00;border-color:#7a4a00}"
          + ".caveat{background:#fff6d6;border-left:4px solid #c99700;padding:.5rem 1rem;margin:1rem 0}"
          + "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;"
          + "text-align:left;vertical-align:top}th{background:#f0f0f0}"
          + ".finding{border:1px solid #ddd;border-left:6px solid #999;padding:.4rem .8rem;margin:.5rem 0}"
          + ".finding.ERROR{border-left-color:#8b0000}.finding.WARNING{border-left-color:#c99700}"
          + ".finding.INFO{border-left-color:#2b5ea7}.sev{font-weight:700}code{font-size:.9em}"
          + ".s-NOT_MET{color:#8b0000;font-weight:700}.s-MET{color:#135e1f}.muted{color:#555}"
          + ".date,[class^=s-]{white-space:nowrap}"
          + "ol.paths{margin:0;padding-left:1.2rem}"
          + "@media print{body{margin:0;max-width:none}.finding,tr{page-break-inside:avoid}h2{page-break-after:avoid}}";

  private HtmlRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the HTML page
   */
  public static String render(ComplianceReport report) {
    ReportView v = new ReportView(report);
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(esc(report.locale().toLanguageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(v.label("title"))).append(": ")
        .append(esc(report.partnerName())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<header id=\"verdict\">\n<h1>").append(esc(v.label("title"))).append("</h1>\n<p>")
        .append(esc(v.label("partner"))).append(": <strong>").append(esc(report.partnerName())).append("</strong> \u00b7 ")
        .append(esc(v.label("asOf"))).append(": ").append(report.asOf()).append("</p>\n");
    sb.append("<p class=\"verdict ").append(report.verdict() == Verdict.COMPLIANT ? "ok" : "ko").append("\">")
        .append(esc(v.label("verdict.program"))).append(": ")
        .append(esc(v.label("verdict." + report.verdict().name())))
        .append("</p>\n<p class=\"verdict ").append(report.admissibility().detains() ? "ko"
            : report.admissibility() == Admissibility.NEEDS_REVIEW ? "review" : "ok")
        .append("\" id=\"admissibility\">").append(esc(v.label("admissibility"))).append(": ")
        .append(esc(v.label("admissibility." + report.admissibility().name())))
        .append("</p>\n<p>").append(esc(v.counts())).append("</p>\n");
    for (ReferenceDataVersion r : report.partialReferenceData()) {
      sb.append("<p class=\"caveat\"><strong>").append(esc(v.label("caveat"))).append(":</strong> ")
          .append(esc(v.label("caveat.partial", r.name(), r.version()))).append("</p>\n");
    }
    sb.append("</header>\n");
    admissibility(sb, v);

    sb.append("<section id=\"requirements\">\n<h2>").append(esc(v.label("requirements"))).append("</h2>\n<table>\n<tr><th>")
        .append(esc(v.label("requirement"))).append("</th><th>").append(esc(v.label("status"))).append("</th><th>")
        .append(esc(v.label("inForceFrom"))).append("</th><th>").append(esc(v.label("source"))).append("</th></tr>\n");
    for (RequirementResult r : report.requirements()) {
      sb.append("<tr><td>").append(esc(r.title())).append("<br><code>").append(r.requirement().name())
          .append("</code></td><td class=\"s-").append(r.status().name()).append("\">")
          .append(esc(v.label("status." + r.status().name()))).append("</td><td class=\"date\">")
          .append(r.inForceFrom() == null ? "\u2014" : r.inForceFrom().toString()).append("</td><td>")
          .append(esc(r.source())).append("</td></tr>\n");
    }
    sb.append("</table>\n</section>\n");

    sb.append("<section id=\"findings\">\n<h2>").append(esc(v.label("findings"))).append("</h2>\n");
    if (report.findings().isEmpty()) {
      sb.append("<p>").append(esc(v.label("noFindings"))).append("</p>\n");
    }
    for (RequirementResult r : report.requirements()) {
      List<Finding> fs = v.findings(r);
      if (fs.isEmpty()) {
        continue;
      }
      sb.append("<section class=\"requirement\" id=\"findings-").append(r.requirement().name()).append("\">\n<h3>")
          .append(esc(r.title())).append(" <code>").append(r.requirement().name()).append("</code></h3>\n");
      for (Finding f : fs) {
        sb.append("<div class=\"finding ").append(f.severity().name()).append("\"><p><span class=\"sev\">")
            .append(esc(v.label("severity." + f.severity().name()))).append("</span> <code>").append(f.code().name())
            .append("</code> <span class=\"muted\">").append(esc(f.subject())).append("</span></p><p>")
            .append(esc(f.message())).append("</p><p><em>").append(esc(v.label("fix"))).append(":</em> ")
            .append(esc(f.fix())).append("</p>");
        if (!f.path().isEmpty()) {
          sb.append("<p class=\"muted\">").append(esc(v.label("where"))).append(": <code>").append(esc(f.path()))
              .append("</code></p>");
        }
        sb.append("</div>\n");
      }
      sb.append("</section>\n");
    }
    sb.append("</section>\n");

    sb.append("<section id=\"products\">\n<h2>").append(esc(v.label("riskyProducts"))).append("</h2>\n");
    List<ProductExposure> risky = v.riskyProducts();
    if (risky.isEmpty()) {
      sb.append("<p>").append(esc(v.label("noRiskyProducts"))).append("</p>\n");
    } else {
      sb.append("<table>\n<tr><th>").append(esc(v.label("product"))).append("</th><th>").append(esc(v.label("level")))
          .append("</th><th>").append(esc(v.label("score"))).append("</th><th>").append(esc(v.label("paths")))
          .append("</th></tr>\n");
      for (ProductExposure p : risky) {
        sb.append("<tr><td>").append(esc(v.product(p.product()))).append("</td><td>").append(p.level().name())
            .append("</td><td>").append(ReportView.score(p.score())).append("</td><td><ol class=\"paths\">");
        for (List<String> path : p.paths()) {
          sb.append("<li>").append(esc(v.path(path))).append("</li>");
        }
        sb.append("</ol></td></tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("</section>\n");

    if (!report.risk().facilities().isEmpty()) {
      sb.append("<section id=\"facilities\">\n<h2>").append(esc(v.label("riskyFacilities"))).append("</h2>\n<table>\n<tr><th>")
          .append(esc(v.label("facility"))).append("</th><th>").append(esc(v.label("level"))).append("</th><th>")
          .append(esc(v.label("signals"))).append("</th></tr>\n");
      for (FacilityRisk f : report.risk().facilities()) {
        sb.append("<tr><td>").append(esc(v.facility(f.facility()))).append("</td><td>").append(f.level().name())
            .append("</td><td><ul>");
        for (RiskSignal s : f.signals()) {
          sb.append("<li>").append(s.level().name()).append(" <code>").append(esc(s.rule())).append("</code>: ")
              .append(esc(s.reason())).append(" <span class=\"muted\">(").append(esc(s.source())).append(")</span></li>");
        }
        sb.append("</ul></td></tr>\n");
      }
      sb.append("</table>\n</section>\n");
    }

    sb.append("<section id=\"mapping\">\n<h2>").append(esc(v.label("mapping"))).append("</h2>\n<p>")
        .append(esc(v.label("coverage", ReportView.percent(report.mappingCoverage())))).append("</p>\n</section>\n");
    if (!report.referenceData().isEmpty()) {
      sb.append("<section id=\"reference-data\">\n<h2>").append(esc(v.label("referenceData"))).append("</h2>\n<table>\n<tr><th>")
          .append(esc(v.label("list"))).append("</th><th>").append(esc(v.label("version"))).append("</th><th>")
          .append(esc(v.label("complete"))).append("</th></tr>\n");
      for (ReferenceDataVersion r : report.referenceData()) {
        sb.append("<tr><td>").append(esc(r.name())).append("</td><td>").append(esc(r.version())).append("</td><td>")
            .append(esc(v.label(r.complete() ? "yes" : "no"))).append("</td></tr>\n");
      }
      sb.append("</table>\n</section>\n");
    }
    sb.append("<footer><p class=\"muted\">").append(esc(v.label("footer"))).append("</p></footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }  private static void admissibility(StringBuilder sb, ReportView v) {
    sb.append("<section id=\"goods\">\n<h2>").append(esc(v.label("admissibility.products"))).append("</h2>\n");
    List<ProductExposure> notClear = v.notClearProducts();
    if (notClear.isEmpty()) {
      sb.append("<p>").append(esc(v.label("admissibility.none"))).append("</p>\n</section>\n");
      return;
    }
    for (ProductExposure p : notClear) {
      sb.append("<div class=\"finding\"><p><strong>").append(esc(v.label("admissibility." + p.admissibility().name())))
          .append("</strong>: ").append(esc(v.product(p.product()))).append("</p>\n<ul>\n");
      for (int k = 0; k < p.reasons().size() && k < ReportView.MAX_REASONS; k++) {
        AdmissibilityReason r = p.reasons().get(k);
        sb.append("<li><code>").append(r.kind().name()).append("</code> ").append(esc(v.path(r.path())))
            .append(": ").append(esc(ReportView.withoutScoring(r.message()))).append("<br><em>")
            .append(esc(v.label("admissibility.resolve"))).append(":</em> ").append(esc(r.resolve()))
            .append("</li>\n");
      }
      int more = v.moreReasons(p);
      if (more > 0) {
        sb.append("<li>").append(esc(v.label("admissibility.more", more))).append("</li>\n");
      }
      sb.append("</ul></div>\n");
    }
    sb.append("</section>\n");
  }


}
