package org.ctpat4j.testkit.assertions;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.Severity;

/**
 * Assertions on the findings a report has with one code (and requirement), reached through
 * {@link ComplianceReportAssert#hasFinding}. A report may hold several findings with one code (one per facility, for
 * example); each {@code with...} method keeps those that match and fails when none does, so that
 * {@code hasFinding(SUPPLIER_COMMITMENT_MISSING).withSubject("facility:f2").withSeverity(ERROR)} asks for one finding
 * with all three. The value under test ({@link #actual()}) is the first remaining finding in report order.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  private final List<Finding> candidates;
  private final String what;
  private final String conditions;
  private final ComplianceReportAssert parent;

  FindingAssert(List<Finding> candidates, String what, ComplianceReportAssert parent) {
    this(candidates, what, "", parent);
  }

  private FindingAssert(List<Finding> candidates, String what, String conditions, ComplianceReportAssert parent) {
    super(candidates.get(0), FindingAssert.class);
    this.candidates = List.copyOf(candidates);
    this.what = what;
    this.conditions = conditions;
    this.parent = parent;
  }

  /**
   * Keeps the findings about a subject.
   *
   * @param subject for example {@code facility:f2} or {@code partner}; never null
   * @return assertions on the findings that remain
   */
  public FindingAssert withSubject(String subject) {
    Objects.requireNonNull(subject, "subject");
    return keep(f -> f.subject().equals(subject), "about " + subject);
  }

  /**
   * Keeps the findings of a severity.
   *
   * @param severity the severity; never null
   * @return assertions on the findings that remain
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return keep(f -> f.severity() == severity, "with severity " + severity);
  }

  /**
   * Keeps the findings at a dossier path.
   *
   * @param path for example {@code evidence.remediationPlan}; never null
   * @return assertions on the findings that remain
   */
  public FindingAssert withPath(String path) {
    Objects.requireNonNull(path, "path");
    return keep(f -> f.path().equals(path), "at path " + path);
  }

  /**
   * Keeps the findings whose message contains a text.
   *
   * @param text the text; never null
   * @return assertions on the findings that remain
   */
  public FindingAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return keep(f -> f.message().contains(text), "with a message containing \"" + text + "\"");
  }

  /**
   * Checks how many findings remain.
   *
   * @param count the expected number
   * @return this assertion
   */
  public FindingAssert hasCount(int count) {
    if (candidates.size() != count) {
      failWithMessage(
          "%s",
          "Expecting " + count + " " + what + " finding" + (count == 1 ? "" : "s") + conditions + " but found "
              + candidates.size()
              + ":\n" + Describe.findings(candidates));
    }
    return this;
  }

  /**
   * Returns the findings that remain, in report order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Finding> findings() {
    return candidates;
  }

  /**
   * Returns to the report.
   *
   * @return the report's assertion
   */
  public ComplianceReportAssert and() {
    return parent;
  }

  private FindingAssert keep(Predicate<Finding> test, String condition) {
    List<Finding> kept = candidates.stream().filter(test).toList();
    if (kept.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting a " + what + " finding" + conditions + " " + condition + " but the " + what + " findings"
              + conditions + " are:\n" + Describe.findings(candidates));
    }
    FindingAssert next = new FindingAssert(kept, what, conditions + " " + condition, parent);
    return info.hasDescription() ? next.describedAs(info.description()) : next;
  }
}
