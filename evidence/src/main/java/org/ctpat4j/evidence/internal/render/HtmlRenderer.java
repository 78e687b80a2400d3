package org.ctpat4j.evidence.internal.render;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.evidence.internal.Messages;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.ctpat4j.evidence.picture.internal.Markup;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * Renders a report as one self-contained HTML page: inline CSS, no scripts, no external resources, print-friendly.
 * Every text is escaped.
 */
public final class HtmlRenderer {

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:#1a1a1a;max-width:68rem;"
          + "margin:1.5rem auto;padding:0 1rem;line-height:1.45}"
          + "h1{font-size:1.45rem;margin:0 0 .2rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;"
          + "padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.4rem}"
          + ".answers{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}"
          + ".answer{flex:1 1 18rem;border:3px solid;border-radius:6px;padding:.6rem 1rem}"
          + ".answer .q{margin:0;font-size:.9rem;color:#444}.answer .a{margin:.2rem 0;font-size:1.35rem;font-weight:800;line-height:1.25}"
          + ".answer.ok{border-color:#135e1f;background:#f1f8f1}.answer.ok .a{color:#135e1f}"
          + ".answer.ko{border-color:#8b0000;background:#fdf1f0}.answer.ko .a{color:#8b0000}"
          + ".answer.review{border-color:#a66b00;background:#fff8e6}.answer.review .a{color:#7a4f00}"
          + ".caveat{background:#fff6d6;border-left:4px solid #c99700;padding:.4rem 1rem;margin:.6rem 0;font-size:.92rem}"
          + ".caveat ul{margin:.2rem 0;padding-left:1.2rem}"
          + "nav.toc{background:#f6f6f6;border:1px solid #ddd;padding:.3rem 1rem;margin:1rem 0}"
          + "nav.toc ol{margin:.2rem 0;padding-left:1.2rem;columns:2}"
          + ".action{border:1px solid #ddd;border-left:6px solid #8b0000;padding:.4rem .8rem;margin:.5rem 0}"
          + ".action h3{margin:.1rem 0}.action p{margin:.3rem 0}.action ul{margin:.2rem 0}"
          + "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;"
          + "text-align:left;vertical-align:top}th{background:#f0f0f0}"
          + ".finding{border:1px solid #ddd;border-left:6px solid #999;padding:.4rem .8rem;margin:.5rem 0}"
          + ".finding.ERROR{border-left-color:#8b0000}.finding.WARNING{border-left-color:#c99700}"
          + ".finding.INFO{border-left-color:#2b5ea7}.finding p{margin:.25rem 0}.sev{font-weight:700}code{font-size:.9em}"
          + ".s-NOT_MET{color:#8b0000;font-weight:700}.s-MET{color:#135e1f}.muted{color:#555}"
          + ".date,[class^=s-],.lvl{white-space:nowrap}"
          + ".lvl{display:inline-block;font-weight:700;font-size:.85em;padding:0 .45em;border:1.5px solid;border-radius:3px}"
          + ".lvl-HIGH{background:#fde0dc;color:#8b0000;border-color:#b71c1c}"
          + ".lvl-UNKNOWN{background:#ede7f6;color:#311b92;border-color:#4527a0;border-style:dashed}"
          + ".lvl-MEDIUM{background:#fff3cd;color:#6b4500;border-color:#a66b00}"
          + ".lvl-LOW{background:#eef6ee;color:#1b5e20;border-color:#5b8c5e}"
          + ".picture{border:1px solid #ddd;padding:.5rem;background:#fff;width:calc(100vw - 3rem);max-width:100rem;"
          + "position:relative;left:50%;transform:translateX(-50%);box-sizing:border-box}"
          + ".picture svg{max-width:100%;height:auto;display:block;margin:0 auto}"
          + "details summary{cursor:pointer;color:#2b5ea7}ol.paths{margin:0;padding-left:1.2rem}"
          + ":target{outline:3px solid #2b5ea7}"
          + "@media print{body{margin:0;max-width:none}.finding,.action,tr{page-break-inside:avoid}"
          + "h2{page-break-after:avoid}nav.toc{display:none}.picture{width:auto;left:0;transform:none}}";

  /** How many subjects a "what to do first" group lists before "and N more". */
  private static final int SUBJECTS_SHOWN = 5;

  private HtmlRenderer() {}

  /**
   * Renders a report whose picture shows the explaining paths of its risky products only.
   *
   * @param report the report
   * @return the HTML page
   */
  public static String render(ComplianceReport report) {
    return render(
        report,
        SupplyChainPicture.ofPaths(report.partnerName(), report.risk(), report.facilityNames(), report.productNames()));
  }

  /**
   * Renders a report with a picture of its supply chain.
   *
   * @param report the report
   * @param picture the supply chain of the report's dossier
   * @return the HTML page
   */
  public static String render(ComplianceReport report, SupplyChainPicture picture) {
    ReportView v = new ReportView(report);
    SupplyChainPicture.Drawing drawing = picture.drawing(report.locale(), SupplyChainPicture.DEFAULT_MAX_NODES);
    Set<String> facilityRows = new HashSet<>();
    for (FacilityRisk f : report.risk().facilities()) {
      facilityRows.add(f.facility());
    }
    Set<String> productRows = new HashSet<>();
    for (ProductExposure p : v.riskyProducts()) {
      productRows.add(p.product());
    }
    Map<Finding, String> findingIds = new IdentityHashMap<>();
    for (int i = 0; i < report.findings().size(); i++) {
      findingIds.put(report.findings().get(i), "finding-" + (i + 1));
    }
    Links links = new Links(v, drawing, facilityRows, productRows, findingIds);

    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(esc(report.locale().toLanguageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(v.label("title"))).append(": ")
        .append(esc(report.partnerName())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");

    // first screen: the answers, side by side
    sb.append("<header id=\"summary\">\n<h1>").append(esc(v.label("title"))).append("</h1>\n<p>")
        .append(esc(v.label("partner"))).append(": <strong>").append(esc(report.partnerName())).append("</strong> \u00b7 ")
        .append(esc(v.label("asOf"))).append(": <span class=\"date\">").append(report.asOf()).append("</span></p>\n");
    sb.append("<div class=\"answers\">\n");
    sb.append("<section class=\"answer verdict ").append(report.verdict() == Verdict.COMPLIANT ? "ok" : "ko")
        .append("\" id=\"verdict\"><p class=\"q\">").append(esc(v.label("verdict.program"))).append(" \u2014 ")
        .append(esc(v.label("programQuestion"))).append("</p><p class=\"a\">")
        .append(esc(v.label("verdict." + report.verdict().name()))).append("</p><p>").append(esc(v.counts()))
        .append("</p></section>\n");
    Admissibility goods = report.admissibility();
    sb.append("<section class=\"answer admissibility ")
        .append(goods.detains() ? "ko" : goods == Admissibility.NEEDS_REVIEW ? "review" : "ok")
        .append("\" id=\"admissibility\"><p class=\"q\">").append(esc(v.label("admissibility"))).append(" \u2014 ")
        .append(esc(v.label("admissibilityQuestion"))).append("</p><p class=\"a\">")
        .append(esc(v.label("admissibility." + goods.name()))).append("</p><p>").append(esc(v.goodsCounts()))
        .append("</p></section>\n");
    sb.append("</div>\n<p>").append(esc(v.keyFigures())).append("</p>\n");
    if (!report.partialReferenceData().isEmpty()) {
      sb.append("<div class=\"caveat\"><strong>").append(esc(v.label("caveat"))).append(":</strong><ul>");
      for (ReferenceDataVersion r : report.partialReferenceData()) {
        sb.append("<li>").append(esc(v.label("caveat.partial", r.name(), r.version()))).append("</li>");
      }
      sb.append("</ul></div>\n");
    }
    sb.append("</header>\n");

    sb.append("<nav class=\"toc\" aria-label=\"").append(esc(v.label("contents"))).append("\"><strong>")
        .append(esc(v.label("contents"))).append("</strong><ol>");
    toc(sb, "goods", v.label("admissibility.products"));
    toc(sb, "actions", v.label("actions"));
    toc(sb, "picture", v.label("picture"));
    toc(sb, "requirements", v.label("requirements"));
    toc(sb, "findings", v.label("allFindings"));
    toc(sb, "products", v.label("riskyProducts"));
    if (!report.risk().facilities().isEmpty()) {
      toc(sb, "facilities", v.label("riskyFacilities"));
    }
    toc(sb, "mapping", v.label("mapping"));
    if (!report.referenceData().isEmpty()) {
      toc(sb, "reference-data", v.label("referenceData"));
    }
    sb.append("</ol></nav>\n");

    admissibility(sb, v);
    actions(sb, v, links);

    sb.append("<section id=\"picture\">\n<h2>").append(esc(v.label("picture"))).append("</h2>\n<p class=\"muted\">")
        .append(esc(v.label("pictureNote"))).append("</p>\n<div class=\"picture\">")
        .append(drawing.svgElement()).append("</div>\n");
    if (!drawing.summary().isEmpty()) {
      sb.append("<p class=\"picture-summary\">").append(esc(drawing.summary())).append("</p>\n");
    }
    sb.append("</section>\n");

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

    sb.append("<section id=\"findings\">\n<h2>").append(esc(v.label("allFindings"))).append("</h2>\n");
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
      ReportView.CappedFindings capped = v.capped(fs);
      for (Finding f : capped.listed()) {
        sb.append("<div class=\"finding ").append(f.severity().name()).append("\" id=\"").append(findingIds.get(f))
            .append("\"><p><span class=\"sev\">")
            .append(esc(v.label("severity." + f.severity().name()))).append("</span> <code>").append(f.code().name())
            .append("</code> ");
        links.subject(sb, f, false);
        sb.append("</p><p>").append(esc(f.message())).append("</p><p><em>").append(esc(v.label("fix")))
            .append(":</em> ").append(esc(f.fix())).append("</p>");
        if (!f.path().isEmpty()) {
          sb.append("<p class=\"muted\">").append(esc(v.label("where"))).append(": <code>").append(esc(f.path()))
              .append("</code></p>");
        }
        sb.append("</div>\n");
      }
      capped.more().forEach(line -> muted(sb, line));
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
      for (ProductExposure p : ReportView.shown(risky)) {
        sb.append("<tr id=\"").append(SupplyChainPicture.elementId(SupplyChainPicture.Kind.PRODUCT, p.product())
            .replace("node-", "row-")).append("\"><td>").append(esc(v.product(p.product()))).append("</td><td>");
        level(sb, v, p.level());
        sb.append("</td><td>").append(ReportView.score(p.score())).append("</td><td><ol class=\"paths\">");
        for (List<String> path : p.paths()) {
          sb.append("<li>");
          for (int i = 0; i < path.size(); i++) {
            sb.append(i == 0 ? "" : " \u2192 ");
            links.facility(sb, path.get(i));
          }
          sb.append("</li>");
        }
        sb.append("</ol></td></tr>\n");
      }
      sb.append("</table>\n");
      v.moreRows("more.products", risky).ifPresent(line -> muted(sb, line));
    }
    sb.append("</section>\n");

    if (!report.risk().facilities().isEmpty()) {
      sb.append("<section id=\"facilities\">\n<h2>").append(esc(v.label("riskyFacilities"))).append("</h2>\n<table>\n<tr><th>")
          .append(esc(v.label("facility"))).append("</th><th>").append(esc(v.label("level"))).append("</th><th>")
          .append(esc(v.label("signals"))).append("</th></tr>\n");
      List<FacilityRisk> facilities = v.facilitiesWorstFirst();
      for (FacilityRisk f : ReportView.shown(facilities)) {
        sb.append("<tr id=\"").append(SupplyChainPicture.elementId(SupplyChainPicture.Kind.FACILITY, f.facility())
            .replace("node-", "row-")).append("\"><td>").append(esc(v.facility(f.facility()))).append("</td><td>");
        level(sb, v, f.level());
        sb.append("</td><td><ul>");
        for (RiskSignal s : f.signals()) {
          sb.append("<li>");
          level(sb, v, s.level());
          sb.append(" ").append(esc(v.signalHeadline(s))).append("</li>");
        }
        sb.append("</ul><details><summary>").append(esc(v.label("scoring", f.signals().size())))
            .append("</summary><ul>");
        for (RiskSignal s : f.signals()) {
          sb.append("<li><code>").append(esc(s.rule())).append("</code> ").append(ReportView.score(s.score()))
              .append(": ").append(esc(s.reason())).append(" <span class=\"muted\">(").append(esc(s.source()))
              .append(")</span></li>");
        }
        sb.append("</ul></details></td></tr>\n");
      }
      sb.append("</table>\n");
      v.moreRows("more.facilities", facilities).ifPresent(line -> muted(sb, line));
      sb.append("</section>\n");
    }

    sb.append("<section id=\"mapping\">\n<h2>").append(esc(v.label("mapping"))).append("</h2>\n<p>")
        .append(esc(v.label("coverage", Messages.percent(report.mappingCoverage())))).append("</p>\n</section>\n");
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

  private static void toc(StringBuilder sb, String id, String label) {
    sb.append("<li><a href=\"#").append(id).append("\">").append(esc(label)).append("</a></li>");
  }

  private static void level(StringBuilder sb, ReportView v, RiskLevel level) {
    sb.append("<span class=\"lvl lvl-").append(level.name()).append("\">").append(esc(v.label("level." + level.name())))
        .append("</span>");
  }

  /** The errors grouped by finding code, worst requirement first, each subject linked to where it is shown. */
  private static void actions(StringBuilder sb, ReportView v, Links links) {
    sb.append("<section id=\"actions\">\n<h2>").append(esc(v.label("actions"))).append("</h2>\n");
    Map<FindingCode, List<Finding>> groups = v.errorsByCode();
    if (groups.isEmpty()) {
      sb.append("<p>").append(esc(v.label("noActions"))).append("</p>\n");
    }
    for (Map.Entry<FindingCode, List<Finding>> g : groups.entrySet()) {
      List<Finding> fs = g.getValue();
      Finding first = fs.get(0);
      sb.append("<div class=\"action\" id=\"action-").append(g.getKey().name()).append("\"><h3><code>")
          .append(g.getKey().name()).append("</code> \u00b7 ").append(esc(v.label("actionSubjects", fs.size())))
          .append("</h3><p><em>").append(esc(v.label("fix"))).append(":</em> ").append(esc(first.fix()))
          .append("</p><p class=\"subjects\">");
      for (int i = 0; i < Math.min(SUBJECTS_SHOWN, fs.size()); i++) {
        sb.append(i == 0 ? "" : " \u00b7 ");
        links.subject(sb, fs.get(i), true);
      }
      if (fs.size() > SUBJECTS_SHOWN) {
        sb.append(" \u00b7 <a href=\"#").append(links.findingIds.get(fs.get(SUBJECTS_SHOWN))).append("\">")
            .append(esc(v.label("andMore", fs.size() - SUBJECTS_SHOWN))).append("</a>");
      }
      sb.append("</p><details><summary>").append(esc(v.label("example"))).append("</summary><p>")
          .append(esc(first.message())).append("</p></details></div>\n");
    }
    sb.append("</section>\n");
  }

  /** Where a subject is shown: its row in a table, else its node in the picture, else its finding. */
  private record Links(
      ReportView v,
      SupplyChainPicture.Drawing drawing,
      Set<String> facilityRows,
      Set<String> productRows,
      Map<Finding, String> findingIds) {

    void subject(StringBuilder sb, Finding f, boolean linkFinding) {
      String s = f.subject();
      if (s.startsWith("facility:")) {
        facility(sb, s.substring("facility:".length()));
      } else if (s.startsWith("product:")) {
        String id = s.substring("product:".length());
        String anchor = SupplyChainPicture.elementId(SupplyChainPicture.Kind.PRODUCT, id);
        if (productRows.contains(id)) {
          link(sb, anchor.replace("node-", "row-"), v.product(id));
        } else if (drawing.drawnIds().contains("p:" + id)) {
          link(sb, anchor, v.product(id));
        } else {
          sb.append(esc(v.product(id)));
        }
      } else if (linkFinding) {
        link(sb, findingIds.get(f), s);
      } else {
        sb.append("<span class=\"muted\">").append(esc(s)).append("</span>");
      }
    }

    void facility(StringBuilder sb, String id) {
      String anchor = SupplyChainPicture.elementId(SupplyChainPicture.Kind.FACILITY, id);
      if (facilityRows.contains(id)) {
        link(sb, anchor.replace("node-", "row-"), v.facility(id));
      } else if (drawing.drawsFacility(id)) {
        link(sb, anchor, v.facility(id));
      } else {
        sb.append(esc(v.facility(id)));
      }
    }

    private static void link(StringBuilder sb, String anchor, String text) {
      sb.append("<a href=\"#").append(anchor).append("\">").append(esc(text)).append("</a>");
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    return Markup.esc(s);
  }

  /** The products that are not clear, each with its reasons and what resolves them. */
  private static void admissibility(StringBuilder sb, ReportView v) {
    sb.append("<section id=\"goods\">\n<h2>").append(esc(v.label("admissibility.products"))).append("</h2>\n");
    List<ProductExposure> notClear = v.notClearProducts();
    if (notClear.isEmpty()) {
      sb.append("<p>").append(esc(v.label("admissibility.none"))).append("</p>\n</section>\n");
      return;
    }
    for (ProductExposure p : ReportView.shown(notClear)) {
      sb.append("<div class=\"finding goods-").append(p.admissibility().name()).append("\"><p><strong>")
          .append(esc(v.label("admissibility." + p.admissibility().name()))).append("</strong>: ")
          .append(esc(v.product(p.product()))).append("</p>\n<ul>\n");
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
    v.moreRows("more.products", notClear).ifPresent(line -> muted(sb, line));
    sb.append("</section>\n");
  }

  /** A muted paragraph: the line after a capped list. */
  private static void muted(StringBuilder sb, String text) {
    sb.append("<p class=\"muted\">").append(esc(text)).append("</p>\n");
  }
}
