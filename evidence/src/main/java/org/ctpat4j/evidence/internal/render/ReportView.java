package org.ctpat4j.evidence.internal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.internal.Messages;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/** What the Markdown and HTML renderers share: labels in the report's language and the order of sections. */
final class ReportView {

  final ComplianceReport report;
  final Messages messages;

  ReportView(ComplianceReport report) {
    this.report = report;
    this.messages = Messages.of(report.locale(), null);
  }

  String label(String key, Object... args) {
    return messages.format("render." + key, args);
  }

  String counts() {
    return label(
        "counts", report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
  }

  /** The products exposed to any signal, worst first, then by id. */
  List<ProductExposure> riskyProducts() {
    return report.risk().products().stream()
        .filter(p -> p.level() != RiskLevel.LOW)
        .sorted(Comparator.comparing(ProductExposure::level).reversed().thenComparing(ProductExposure::product))
        .toList();
  }

  /**
   * The error findings grouped by code, most urgent group first: a presumption of forced labor (UFLPA) or a detention
   * order first, then groups about a HIGH-risk facility or product, then the rest; within a rank, in report order.
   * Each subject is listed once per group, with its first error of that code.
   */
  Map<FindingCode, List<Finding>> errorsByCode() {
    Map<FindingCode, List<Finding>> groups = new LinkedHashMap<>();
    Map<FindingCode, Set<String>> subjects = new HashMap<>();
    for (Finding f : report.findings(Severity.ERROR)) {
      // a subject with several errors of one code (two open findings of one case) is one thing to do, listed once
      if (subjects.computeIfAbsent(f.code(), k -> new HashSet<>()).add(f.subject())) {
        groups.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
      }
    }
    Set<String> high = new HashSet<>();
    report.risk().facilities().stream().filter(f -> f.level() == RiskLevel.HIGH)
        .forEach(f -> high.add("facility:" + f.facility()));
    report.risk().products().stream().filter(p -> p.level() == RiskLevel.HIGH)
        .forEach(p -> high.add("product:" + p.product()));
    List<Map.Entry<FindingCode, List<Finding>>> ranked = new ArrayList<>(groups.entrySet());
    ranked.sort(Comparator.comparingInt(e -> urgency(e.getKey(), e.getValue(), high)));
    Map<FindingCode, List<Finding>> out = new LinkedHashMap<>();
    ranked.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static int urgency(FindingCode code, List<Finding> findings, Set<String> highSubjects) {
    String name = code.name();
    if (name.contains("PRESUMPTION") || name.contains("WRO") || name.contains("DETAIN")) {
      return 0;
    }
    return findings.stream().anyMatch(f -> highSubjects.contains(f.subject())) ? 1 : 2;
  }

  /** The facilities with signals, worst first, then by id. */
  List<FacilityRisk> facilitiesWorstFirst() {
    return report.risk().facilities().stream()
        .sorted(Comparator.comparing(FacilityRisk::level).reversed().thenComparing(FacilityRisk::facility))
        .toList();
  }

  /** The products, the risky products, the facilities with signals and the mapping coverage, in one sentence. */
  String keyFigures() {
    return label(
        "keyFigures",
        report.risk().products().size(),
        riskyProducts().size(),
        report.risk().facilities().size(),
        Messages.percent(report.mappingCoverage()));
  }

  /** How many products are presumed, detained, in need of review and clear, in one sentence. */
  String goodsCounts() {
    long[] n = new long[4];
    for (ProductExposure p : report.risk().products()) {
      switch (p.admissibility()) {
        case PRESUMED_FORCED_LABOR -> n[0]++;
        case WRO_DETAINED -> n[1]++;
        case NEEDS_REVIEW -> n[2]++;
        case CLEAR -> n[3]++;
      }
    }
    return label("goodsCounts", n[0], n[1], n[2], n[3]);
  }

  /** A signal's reason without the scoring details that follow a semicolon. */
  String signalHeadline(RiskSignal s) {
    String reason = s.reason();
    int semi = reason.indexOf("; ");
    return semi > 0 ? reason.substring(0, semi) : reason;
  }

  List<Finding> findings(RequirementResult r) {
    return report.findings(r.requirement());
  }

  String facility(String id) {
    String name = report.facilityNames().get(id);
    return name == null ? id : name + " (" + id + ")";
  }

  String product(String id) {
    String name = report.productNames().get(id);
    return name == null ? id : name + " (" + id + ")";
  }

  /** A finding's subject as a reader names it: the facility's or product's name and id, else the subject. */
  String subject(String subject) {
    if (subject.startsWith("facility:")) {
      return facility(subject.substring("facility:".length()));
    }
    if (subject.startsWith("product:")) {
      return product(subject.substring("product:".length()));
    }
    return subject;
  }

  String path(List<String> ids) {
    return ids.stream().map(this::facility).collect(Collectors.joining(" \u2192 "));
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  /** A share as a percentage with one decimal, as the checks' messages write it. */
  /** Findings of one severity and code listed per requirement in the HTML and Markdown reports; the JSON has them all. */
  static final int FINDINGS_PER_CODE = 25;

  /**
   * Rows listed in a section of the HTML and Markdown reports (products that are not clear, risky products, facilities
   * with risk signals), so that a million-facility report stays readable; the rest are counted, and the JSON report has
   * them all.
   */
  static final int ROWS_SHOWN = 200;

  /**
   * Returns the rows of a section that are listed.
   *
   * @param rows every row, in the order shown
   * @return the first {@value #ROWS_SHOWN}
   */
  static <T> List<T> shown(List<T> rows) {
    return rows.subList(0, Math.min(rows.size(), ROWS_SHOWN));
  }

  /**
   * Returns the line that follows a capped section: how many more rows the JSON report has.
   *
   * @param key the label, {@code more.products} or {@code more.facilities}, whose arguments are the rows left out and
   *     all rows
   * @param rows every row of the section
   * @return the line, or empty when every row is listed
   */
  Optional<String> moreRows(String key, List<?> rows) {
    return rows.size() > ROWS_SHOWN
        ? Optional.of(label(key, rows.size() - ROWS_SHOWN, rows.size()))
        : Optional.empty();
  }

  /**
   * The findings of one requirement as the HTML and Markdown reports list them: at most {@value #FINDINGS_PER_CODE}
   * of each severity and code, in order, and for each code past the cap the line that counts the rest.
   *
   * @param listed the findings listed
   * @param more one line per severity and code with findings left out, in the order of their first finding
   */
  record CappedFindings(List<Finding> listed, List<String> more) {}

  /** Caps the findings of one requirement ({@link CappedFindings}). */
  CappedFindings capped(List<Finding> findings) {
    Map<String, Integer> perCode = new HashMap<>();
    Map<String, Finding> firstHidden = new LinkedHashMap<>();
    List<Finding> listed = new ArrayList<>();
    for (Finding f : findings) {
      String key = f.severity().name() + " " + f.code().name();
      if (perCode.merge(key, 1, Integer::sum) > FINDINGS_PER_CODE) {
        firstHidden.putIfAbsent(key, f);
      } else {
        listed.add(f);
      }
    }
    List<String> more = new ArrayList<>();
    firstHidden.forEach((key, f) -> more.add(label("more.findings", perCode.get(key) - FINDINGS_PER_CODE,
        f.code().name(), perCode.get(key))));
    return new CappedFindings(listed, more);
  }

  /** Reasons shown per product in the rendered reports; the JSON report has them all. */
  static final int MAX_REASONS = 5;

  /** The products whose admissibility is not CLEAR, worst first, then by id. */
  List<ProductExposure> notClearProducts() {
    return report.risk().products().stream()
        .filter(p -> p.admissibility() != org.ctpat4j.risk.signal.Admissibility.CLEAR)
        .sorted(java.util.Comparator.comparing(ProductExposure::admissibility).thenComparing(ProductExposure::product))
        .toList();
  }

  /** How many reasons of a product the rendered reports leave out. */
  int moreReasons(ProductExposure p) {
    return Math.max(0, p.reasons().size() - MAX_REASONS) + p.reasonsOmitted();
  }

  /** The screening details in square brackets at the end of a reason belong to the facility section. */
  static String withoutScoring(String message) {
    int open = message.lastIndexOf(" [");
    return open > 0 && message.endsWith("]") ? message.substring(0, open) : message;
  }
}
