package org.ctpat4j.evidence.internal.render;

import java.util.List;
import java.util.Map;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.internal.Messages;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.RiskSignal;

/** Renders a report as GitHub-flavoured Markdown. Every text that is not a fixed label is escaped. */
public final class MarkdownRenderer {

  /** How many subjects a "what to do first" line names before "and N more". */
  private static final int ACTION_SUBJECTS = 5;

  private MarkdownRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the Markdown text
   */
  public static String render(ComplianceReport report) {
    return render(report, null);
  }

  /**
   * Renders a report that shows the supply chain picture from a file.
   *
   * @param report the report
   * @param pictureFile the picture's path relative to the Markdown file, or {@code null} for none
   * @return the Markdown text
   */
  public static String render(ComplianceReport report, String pictureFile) {
    ReportView v = new ReportView(report);
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(esc(v.label("title"))).append(": ").append(esc(report.partnerName())).append("\n\n");
    sb.append("**").append(esc(v.label("verdict.program"))).append(": ")
        .append(esc(v.label("verdict." + report.verdict().name()))).append("**  \n");
    sb.append("**").append(esc(v.label("admissibility"))).append(": ")
        .append(esc(v.label("admissibility." + report.admissibility().name()))).append("**  \n");
    sb.append(esc(v.label("asOf"))).append(": ").append(report.asOf()).append(" \u00b7 ")
        .append(esc(v.counts())).append("  \n");
    sb.append(esc(v.keyFigures())).append("\n\n");
    for (ReferenceDataVersion r : report.partialReferenceData()) {
      sb.append("> **").append(esc(v.label("caveat"))).append(":** ")
          .append(esc(v.label("caveat.partial", r.name(), r.version()))).append("\n\n");
    }
    admissibility(sb, v, report);
    sb.append("## ").append(esc(v.label("actions"))).append("\n\n");
    Map<FindingCode, List<Finding>> groups = v.errorsByCode();
    if (groups.isEmpty()) {
      sb.append(esc(v.label("noActions"))).append("\n\n");
    }
    for (Map.Entry<FindingCode, List<Finding>> g : groups.entrySet()) {
      List<Finding> fs = g.getValue();
      sb.append("- `").append(g.getKey().name()).append("` (").append(esc(v.label("actionSubjects", fs.size())))
          .append("): ").append(esc(fs.get(0).fix())).append("  \n  ");
      for (int i = 0; i < Math.min(ACTION_SUBJECTS, fs.size()); i++) {
        sb.append(i == 0 ? "" : ", ").append(esc(v.subject(fs.get(i).subject())));
      }
      if (fs.size() > ACTION_SUBJECTS) {
        sb.append(", ").append(esc(v.label("andMore", fs.size() - ACTION_SUBJECTS)));
      }
      sb.append('\n');
    }
    if (!groups.isEmpty()) {
      sb.append('\n');
    }
    if (pictureFile != null) {
      sb.append("## ").append(esc(v.label("picture"))).append("\n\n![").append(esc(v.label("pictureFile")))
          .append("](<").append(pictureFile.replace("<", "%3C").replace(">", "%3E").replace("\n", ""))
          .append(">)\n\n").append(esc(v.label("pictureNote"))).append("\n\n");
    }
    sb.append("## ").append(esc(v.label("requirements"))).append("\n\n");
    sb.append("| ").append(esc(v.label("requirement"))).append(" | ").append(esc(v.label("status")))
        .append(" | ").append(esc(v.label("inForceFrom"))).append(" | ").append(esc(v.label("source")))
        .append(" |\n|---|---|---|---|\n");
    for (RequirementResult r : report.requirements()) {
      sb.append("| ").append(esc(r.title())).append(" (`").append(r.requirement().name()).append("`) | ")
          .append(esc(v.label("status." + r.status().name()))).append(" | ")
          .append(r.inForceFrom() == null ? "\u2014" : r.inForceFrom().toString()).append(" | ")
          .append(esc(r.source())).append(" |\n");
    }
    sb.append("\n## ").append(esc(v.label("findings"))).append("\n\n");
    if (report.findings().isEmpty()) {
      sb.append(esc(v.label("noFindings"))).append("\n\n");
    }
    for (RequirementResult r : report.requirements()) {
      List<Finding> fs = v.findings(r);
      if (fs.isEmpty()) {
        continue;
      }
      sb.append("### ").append(esc(r.title())).append(" (`").append(r.requirement().name()).append("`)\n\n");
      ReportView.CappedFindings capped = v.capped(fs);
      for (Finding f : capped.listed()) {
        sb.append("- **").append(esc(v.label("severity." + f.severity().name()))).append("** `")
            .append(f.code().name()).append("` (").append(esc(f.subject())).append("): ")
            .append(esc(f.message())).append("  \n  *").append(esc(v.label("fix"))).append(":* ")
            .append(esc(f.fix()));
        if (!f.path().isEmpty()) {
          sb.append("  \n  *").append(esc(v.label("where"))).append(":* `").append(code(f.path())).append('`');
        }
        sb.append('\n');
      }
      capped.more().forEach(line -> sb.append("- ").append(esc(line)).append('\n'));
      sb.append('\n');
    }
    sb.append("## ").append(esc(v.label("riskyProducts"))).append("\n\n");
    List<ProductExposure> risky = v.riskyProducts();
    if (risky.isEmpty()) {
      sb.append(esc(v.label("noRiskyProducts"))).append("\n\n");
    } else {
      sb.append("| ").append(esc(v.label("product"))).append(" | ").append(esc(v.label("level"))).append(" | ")
          .append(esc(v.label("score"))).append(" | ").append(esc(v.label("paths")))
          .append(" |\n|---|---|---|---|\n");
      for (ProductExposure p : ReportView.shown(risky)) {
        sb.append("| ").append(esc(v.product(p.product()))).append(" | ").append(p.level().name()).append(" | ")
            .append(ReportView.score(p.score())).append(" | ");
        for (int i = 0; i < p.paths().size(); i++) {
          sb.append(i == 0 ? "" : "<br>").append(esc(v.path(p.paths().get(i))));
        }
        sb.append(" |\n");
      }
      moreRows(sb, v, "more.products", risky);
      sb.append('\n');
    }
    if (!report.risk().facilities().isEmpty()) {
      sb.append("## ").append(esc(v.label("riskyFacilities"))).append("\n\n");
      sb.append("| ").append(esc(v.label("facility"))).append(" | ").append(esc(v.label("level"))).append(" | ")
          .append(esc(v.label("signals"))).append(" |\n|---|---|---|\n");
      List<FacilityRisk> facilities = v.facilitiesWorstFirst();
      for (FacilityRisk f : ReportView.shown(facilities)) {
        sb.append("| ").append(esc(v.facility(f.facility()))).append(" | ").append(f.level().name()).append(" | ");
        for (int i = 0; i < f.signals().size(); i++) {
          RiskSignal s = f.signals().get(i);
          sb.append(i == 0 ? "" : "<br>").append(s.level().name()).append(" `").append(code(s.rule()))
              .append("`: ").append(esc(s.reason())).append(" (").append(esc(s.source())).append(')');
        }
        sb.append(" |\n");
      }
      moreRows(sb, v, "more.facilities", facilities);
      sb.append('\n');
    }
    sb.append("## ").append(esc(v.label("mapping"))).append("\n\n")
        .append(esc(v.label("coverage", Messages.percent(report.mappingCoverage())))).append("\n\n");
    if (!report.referenceData().isEmpty()) {
      sb.append("## ").append(esc(v.label("referenceData"))).append("\n\n");
      sb.append("| ").append(esc(v.label("list"))).append(" | ").append(esc(v.label("version"))).append(" | ")
          .append(esc(v.label("complete"))).append(" |\n|---|---|---|\n");
      for (ReferenceDataVersion r : report.referenceData()) {
        sb.append("| ").append(esc(r.name())).append(" | ").append(esc(r.version())).append(" | ")
            .append(esc(v.label(r.complete() ? "yes" : "no"))).append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("---\n").append(esc(v.label("footer"))).append('\n');
    return sb.toString();
  }

  /** Escapes Markdown punctuation and table separators; line breaks become spaces. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\r', '\n' -> sb.append(' ');
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!', '{', '}', '~' -> sb.append('\\').append(c);
        case '&' -> sb.append("&amp;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Text inside a code span: no backticks, pipes or line breaks. */
  static String code(String s) {
    return s.replace('`', '\'').replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }  private static void admissibility(StringBuilder sb, ReportView v, ComplianceReport report) {
    sb.append("## ").append(esc(v.label("admissibility.products"))).append("\n\n");
    List<ProductExposure> notClear = v.notClearProducts();
    if (notClear.isEmpty()) {
      sb.append(esc(v.label("admissibility.none"))).append("\n\n");
      return;
    }
    for (ProductExposure p : ReportView.shown(notClear)) {
      sb.append("- **").append(esc(v.label("admissibility." + p.admissibility().name()))).append("**: ")
          .append(esc(v.product(p.product()))).append('\n');
      for (int k = 0; k < p.reasons().size() && k < ReportView.MAX_REASONS; k++) {
        AdmissibilityReason r = p.reasons().get(k);
        sb.append("  - `").append(r.kind().name()).append("` ").append(esc(v.path(r.path()))).append(": ")
            .append(esc(ReportView.withoutScoring(r.message()))).append("  \n    *")
            .append(esc(v.label("admissibility.resolve"))).append(":* ").append(esc(r.resolve())).append('\n');
      }
      int more = v.moreReasons(p);
      if (more > 0) {
        sb.append("  - ").append(esc(v.label("admissibility.more", more))).append('\n');
      }
    }
    moreRows(sb, v, "more.products", notClear);
    sb.append('\n');
  }

  /** After a capped section: how many more rows the JSON report has. */
  private static void moreRows(StringBuilder sb, ReportView v, String key, List<?> rows) {
    v.moreRows(key, rows).ifPresent(line -> sb.append('\n').append(esc(line)).append('\n'));
  }


}
