package org.ctpat4j.testkit.assertions;

import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.RequirementStatus;

/**
 * Assertions on where one requirement stands in a report, reached through
 * {@link ComplianceReportAssert#requirement}. A failure prints the requirement's status, from when it binds the
 * partner, why, and its findings.
 */
public final class RequirementResultAssert extends AbstractAssert<RequirementResultAssert, RequirementResult> {

  private final ComplianceReportAssert parent;

  RequirementResultAssert(RequirementResult actual, ComplianceReportAssert parent) {
    super(actual, RequirementResultAssert.class);
    this.parent = parent;
  }

  /**
   * Checks that the requirement is in force and has no ERROR finding.
   *
   * @return this assertion
   */
  public RequirementResultAssert isMet() {
    return hasStatus(RequirementStatus.MET);
  }

  /**
   * Checks that the requirement is in force and has an ERROR finding.
   *
   * @return this assertion
   */
  public RequirementResultAssert isNotMet() {
    return hasStatus(RequirementStatus.NOT_MET);
  }

  /**
   * Checks that the requirement binds the partner only from a later day.
   *
   * @return this assertion
   */
  public RequirementResultAssert isNotYetDue() {
    return hasStatus(RequirementStatus.NOT_YET_DUE);
  }

  /**
   * Checks that the requirement does not apply to the partner.
   *
   * @return this assertion
   */
  public RequirementResultAssert isNotApplicable() {
    return hasStatus(RequirementStatus.NOT_APPLICABLE);
  }

  /**
   * Checks the status.
   *
   * @param status the expected status; never null
   * @return this assertion
   */
  public RequirementResultAssert hasStatus(RequirementStatus status) {
    Objects.requireNonNull(status, "status");
    if (actual.status() != status) {
      failWithMessage(
          "%s", "Expecting " + actual.requirement() + " to be " + status + " but was " + Describe.requirement(report(), actual));
    }
    return this;
  }

  /**
   * Checks the first day the requirement binds the partner.
   *
   * @param day the expected day; never null
   * @return this assertion
   */
  public RequirementResultAssert isInForceFrom(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (!day.equals(actual.inForceFrom())) {
      failWithMessage(
          "%s",
          "Expecting " + actual.requirement() + " to be in force from " + day + " but "
              + actual.effectiveFrom().map(d -> "it is from " + d).orElse("it does not apply") + ": " + actual.reason());
    }
    return this;
  }

  /**
   * Returns to the report.
   *
   * @return the report's assertion
   */
  public ComplianceReportAssert and() {
    return parent;
  }

  private ComplianceReport report() {
    return parent.actual();
  }
}
