package org.ctpat4j.testkit.assertions;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskSignal;

/** Renders the relevant part of a risk result or a compliance report for failure messages. */
final class Describe {

  /** At most this many elements are listed before "... and N more". */
  static final int LIMIT = 20;

  private Describe() {}

  static String product(ProductExposure p) {
    return p.product()
        + " "
        + p.level()
        + " (score "
        + score(p.score())
        + ") paths "
        + (p.paths().isEmpty() ? "none" : limited(p.paths().stream().map(Object::toString).toList(), "\n      "));
  }

  static String facility(FacilityRisk f) {
    return f.facility()
        + " "
        + f.level()
        + " (score "
        + score(f.score())
        + ") signals:"
        + f.signals().stream().map(s -> "\n      " + signal(s)).collect(Collectors.joining());
  }

  static String signal(RiskSignal s) {
    return s.rule() + " " + s.level() + " (" + score(s.score()) + "): " + s.reason() + " [" + s.source() + "]";
  }

  static String products(RiskResult r) {
    return r.products().isEmpty()
        ? "  (no products)"
        : "  " + limited(r.products().stream().map(Describe::product).toList(), "\n  ");
  }

  static String facilities(RiskResult r) {
    return r.facilities().isEmpty()
        ? "  (no facility has a signal)"
        : "  " + limited(r.facilities().stream().map(Describe::facility).toList(), "\n  ");
  }

  /** One finding on one line: severity, code, subject, requirement, path and message. */
  static String finding(Finding f) {
    return f.severity()
        + " "
        + f.code()
        + " "
        + f.subject()
        + " ["
        + f.requirement()
        + (f.path().isEmpty() ? "" : ", " + f.path())
        + "]: "
        + f.message();
  }

  /** Findings as an indented list, at most {@link #LIMIT}. */
  static String findings(List<Finding> findings) {
    return findings.isEmpty()
        ? "  (none)"
        : "  - " + limited(findings.stream().map(Describe::finding).toList(), "\n  - ");
  }

  /** The findings of a report of one severity, introduced by their count. */
  static String findings(ComplianceReport r, Severity severity) {
    List<Finding> found = r.findings(severity);
    return found.size() + " " + severity + " finding" + (found.size() == 1 ? "" : "s") + (found.isEmpty() ? "" : ":\n")
        + (found.isEmpty() ? "" : findings(found));
  }

  /** A requirement's status, from when it binds, why, and its findings. */
  static String requirement(ComplianceReport r, RequirementResult q) {
    return q.requirement()
        + " "
        + q.status()
        + q.effectiveFrom().map(d -> " (in force from " + d + ")").orElse("")
        + ": "
        + q.reason()
        + "\nits findings:\n"
        + findings(r.findings(q.requirement()));
  }

  /** Every requirement and its status on one line each. */
  static String requirements(ComplianceReport r) {
    return r.requirements().isEmpty()
        ? "  (no requirement)"
        : "  " + r.requirements().stream().map(q -> q.requirement() + " " + q.status()).collect(Collectors.joining("\n  "));
  }

  static String score(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static String limited(List<String> items, String separator) {
    String shown = items.stream().limit(LIMIT).collect(Collectors.joining(separator));
    return items.size() > LIMIT ? shown + separator + "... and " + (items.size() - LIMIT) + " more" : shown;
  }
}
