package org.ctpat4j.evidence.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskLevel;

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

  String path(List<String> ids) {
    return ids.stream().map(this::facility).collect(Collectors.joining(" \u2192 "));
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  static String percent(double share) {
    return RiskBasedMappingCheck.percent(share);
  }

  /** Reasons shown per product in the rendered reports; the JSON report has them all. */
  static final int MAX_REASONS = 5;

  /** The products whose admissibility is not CLEAR, worst first, then by id. */
  List<ProductExposure> notClearProducts() {
    return report.risk().products().stream()
        .filter(p -> p.admissibility() != org.ctpat4j.risk.Admissibility.CLEAR)
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
