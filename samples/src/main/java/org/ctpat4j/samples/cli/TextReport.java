package org.ctpat4j.samples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * The {@code text} format of {@code assess}: a compact summary for a terminal. Its first lines give both answers, the
 * program verdict and the admissibility of the goods with the reasons of each product that is not CLEAR (the first
 * {@value #PRODUCTS_SHOWN}, worst first as the report orders them, then how many more); then each
 * requirement's status, each ERROR and WARNING finding on one line with its subject and fix (grouped by code: the first
 * {@value #SHOWN_PER_CODE} of a code, then how many more), the risky products with their paths (the first
 * {@value #PRODUCTS_SHOWN})
 * written with facility names (each path starts with the level of the facility it comes from), and a caveat when
 * reference data is partial. INFO findings are counted, not listed
 * (the other formats have them). Headings follow the report's language (English or Spanish); messages and fixes are
 * the checker's own. Every text that comes from the input (names, ids, messages quoting them) goes through
 * {@link TerminalText#escape}, so a name cannot forge or hide a line.
 */
final class TextReport {

  /** Reasons shown per product; the JSON format has all of them. */
  private static final int MAX_REASONS = 5;
  /** How many findings of one severity and code are listed before the rest are counted. */
  static final int SHOWN_PER_CODE = 5;

  /**
   * How many products are listed in a section (not clear; risky, the riskiest first) before the rest are counted, so
   * that the summary of a chain of millions stays a page.
   */
  static final int PRODUCTS_SHOWN = 20;

  private TextReport() {}

  /** The screening details in square brackets at the end of a reason are for the other formats. */
  private static String withoutScoring(String message) {
    int open = message.lastIndexOf(" [");
    return open > 0 && message.endsWith("]") ? message.substring(0, open) : message;
  }

  /**
   * Renders the summary.
   *
   * @param report the report; never null
   * @return the text, lines ending with {@code \n}; never null
   */
  static String render(ComplianceReport report) {
    Labels l = Labels.of(report.locale());
    StringBuilder out = new StringBuilder();
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long infos = report.count(Severity.INFO);
    List<ProductExposure> notClear =
        report.risk().products().stream().filter(p -> p.admissibility() != Admissibility.CLEAR).toList();
    out.append(TerminalText.escape(report.partnerName())).append(", ").append(l.asOf).append(' ').append(report.asOf()).append(": ")
        .append(report.verdict()).append(" (")
        .append(errors).append(' ').append(errors == 1 ? l.error : l.errors).append(", ")
        .append(warnings).append(' ').append(warnings == 1 ? l.warning : l.warnings).append("); ")
        .append(l.goods).append(' ').append(report.admissibility());
    if (!notClear.isEmpty()) {
      out.append(" (").append(notClear.size()).append(' ').append(l.of).append(' ')
          .append(report.risk().products().size()).append(' ').append(l.products).append(')');
    }
    out.append('\n');
    out.append('\n').append(l.admissibility).append('\n');
    if (notClear.isEmpty()) {
      out.append("  ").append(l.allClear).append('\n');
    }
    for (ProductExposure p : notClear.subList(0, Math.min(PRODUCTS_SHOWN, notClear.size()))) {
      out.append("  ").append(p.admissibility()).append("  ").append(TerminalText.escape(p.product()));
      String name = report.productNames().get(p.product());
      if (name != null) {
        out.append(" (").append(TerminalText.escape(name)).append(')');
      }
      out.append('\n');
      List<AdmissibilityReason> reasons = p.reasons();
      for (int k = 0; k < reasons.size() && k < MAX_REASONS; k++) {
        AdmissibilityReason r = reasons.get(k);
        out.append("      ").append(r.kind()).append(": ").append(TerminalText.line(withoutScoring(r.message())))
            .append('\n');
        out.append("        ").append(l.resolve).append(": ").append(TerminalText.line(r.resolve())).append('\n');
      }
      int more = Math.max(0, reasons.size() - MAX_REASONS) + p.reasonsOmitted();
      if (more > 0) {
        out.append("      ").append(more).append(' ').append(l.moreReasons).append('\n');
      }
    }
    if (notClear.size() > PRODUCTS_SHOWN) {
      out.append("  ").append(String.format(
          Locale.ROOT, l.moreNotClear, notClear.size() - PRODUCTS_SHOWN, notClear.size())).append('\n');
    }

    out.append('\n').append(l.requirements).append('\n');
    int width = report.requirements().stream().mapToInt(r -> r.status().name().length()).max().orElse(0);
    int idWidth = report.requirements().stream().mapToInt(r -> r.requirement().name().length()).max().orElse(0);
    for (RequirementResult r : report.requirements()) {
      out.append("  ").append(pad(r.status().name(), width)).append("  ")
          .append(pad(r.requirement().name(), idWidth)).append("  ").append(r.title()).append('\n');
    }

    List<Finding> shown =
        report.findings().stream().filter(f -> f.severity() != Severity.INFO).collect(Collectors.toList());
    out.append('\n').append(l.findings).append('\n');
    if (shown.isEmpty()) {
      out.append("  ").append(l.none).append('\n');
    }
    // grouped by severity and code, in the order of each group's first finding, so that thousands of findings of
    // one code (a large supply chain) take a few lines
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : shown) {
      groups.computeIfAbsent(f.severity() + " " + f.code(), k -> new ArrayList<>()).add(f);
    }
    for (List<Finding> group : groups.values()) {
      for (Finding f : group.subList(0, Math.min(SHOWN_PER_CODE, group.size()))) {
        out.append("  ").append(pad(f.severity().name(), 7)).append(' ').append(f.code().name()).append(' ')
            .append(TerminalText.escape(subject(f.subject(), report))).append(": ").append(TerminalText.line(f.message()));
        if (!f.fix().isBlank()) {
          out.append(' ').append(l.fix).append(": ").append(TerminalText.line(f.fix()));
        }
        out.append('\n');
      }
      if (group.size() > SHOWN_PER_CODE) {
        out.append("          ").append(String.format(
            Locale.ROOT, l.more, group.size() - SHOWN_PER_CODE, group.get(0).code().name(), group.size()))
            .append('\n');
      }
    }
    if (infos > 0) {
      out.append("  ").append(infos).append(' ').append(l.infoNote).append('\n');
    }

    List<ProductExposure> risky = new ArrayList<>(report.risk().products());
    risky.removeIf(p -> p.level() == RiskLevel.LOW);
    risky.sort(Comparator.comparing(ProductExposure::level).reversed().thenComparing(ProductExposure::product));
    out.append('\n').append(l.riskyProducts).append('\n');
    if (risky.isEmpty()) {
      out.append("  ").append(l.none).append('\n');
    }
    Map<String, String> facilities = report.facilityNames();
    for (ProductExposure p : risky.subList(0, Math.min(PRODUCTS_SHOWN, risky.size()))) {
      out.append("  ").append(p.level()).append("  ").append(TerminalText.escape(p.product()));
      String name = report.productNames().get(p.product());
      if (name != null) {
        out.append(" (").append(TerminalText.escape(name)).append(')');
      }
      out.append('\n');
      for (List<String> path : p.paths()) {
        out.append("        [").append(path.isEmpty() ? "?" : report.risk().levelOf(path.get(0)).name()).append("] ")
            .append(
                path.stream()
                    .map(id -> TerminalText.escape(facilities.getOrDefault(id, id)))
                    .collect(Collectors.joining(" -> ")))
            .append('\n');
      }
    }
    if (risky.size() > PRODUCTS_SHOWN) {
      out.append("  ").append(String.format(Locale.ROOT, l.moreProducts, risky.size() - PRODUCTS_SHOWN, risky.size()))
          .append('\n');
    }
    out.append('\n').append(l.coverage).append(": ")
        .append(String.format(Locale.ROOT, "%.0f%%", report.mappingCoverage() * 100)).append('\n');

    List<ReferenceDataVersion> partial = report.partialReferenceData();
    if (!partial.isEmpty()) {
      out.append('\n').append(l.partial).append('\n');
      for (ReferenceDataVersion v : partial) {
        out.append("  ").append(TerminalText.escape(v.name() + ", " + v.version())).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code facility:f-daqo} becomes {@code facility:f-daqo (Xinjiang Daqo New Energy Co., Ltd.)}. */
  private static String subject(String subject, ComplianceReport report) {
    int colon = subject.indexOf(':');
    if (colon < 0) {
      return subject;
    }
    String kind = subject.substring(0, colon);
    String id = subject.substring(colon + 1);
    String name =
        switch (kind) {
          case "facility" -> report.facilityNames().get(id);
          case "product" -> report.productNames().get(id);
          default -> null;
        };
    return name == null ? subject : subject + " (" + name + ")";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** The headings in the report's language. */
  private record Labels(
      String asOf,
      String error,
      String errors,
      String warning,
      String warnings,
      String requirements,
      String findings,
      String none,
      String fix,
      String more,
      String infoNote,
      String riskyProducts,
      String moreProducts,
      String moreNotClear,
      String coverage,
      String partial,
      String goods,
      String of,
      String products,
      String admissibility,
      String allClear,
      String resolve,
      String moreReasons) {

    static Labels of(Locale locale) {
      if (locale.getLanguage().equals("es")) {
        return new Labels(
            "a fecha de",
            "error",
            "errores",
            "advertencia",
            "advertencias",
            "Requisitos",
            "Hallazgos (ERROR y WARNING)",
            "ninguno",
            "Solución",
            "... y %d más de %s (%d en total): véanse los formatos json, markdown o html",
            "hallazgo(s) INFO: véanse los formatos json, markdown o html",
            "Productos con riesgo (rutas desde el origen)",
            "... y %d productos con riesgo más (%d en total): véanse los formatos json, markdown o html",
            "... y %d productos más no despejados (%d en total): véanse los formatos json, markdown o html",
            "Cobertura del mapeo",
            "Datos de referencia parciales: no figurar en ellos no prueba que una entidad no esté listada",
            "mercancías",
            "de",
            "productos",
            "Admisibilidad de las mercancías ante CBP (presunción UFLPA, órdenes de retención)",
            "ningún producto presunto, retenido ni pendiente de revisión en los datos y listas usados",
            "Cómo resolverlo",
            "motivo(s) más: véase el formato json");
      }
      return new Labels(
          "as of",
          "error",
          "errors",
          "warning",
          "warnings",
          "Requirements",
          "Findings (ERROR and WARNING)",
          "none",
          "Fix",
          "... and %d more %s (%d in all): see the json, markdown or html formats",
          "INFO finding(s): see the json, markdown or html formats",
          "Risky products (paths from origin)",
          "... and %d more risky products (%d in all): see the json, markdown or html formats",
          "... and %d more products that are not clear (%d in all): see the json, markdown or html formats",
          "Mapping coverage",
          "Partial reference data: absence from these lists proves nothing (\"not found in the lists consulted\")",
          "goods",
          "of",
          "products",
          "Admissibility of the goods at CBP (UFLPA presumption, Withhold Release Orders)",
          "no product presumed, detained or needing review in the data and lists used",
          "Resolve",
          "more reason(s): see the json format");
    }
  }
}
