package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class CompliancePolicyTest {

  private static final LocalDate AUDIT = LocalDate.of(2025, 11, 1);

  @Test
  void isCurrent_nullArgument_throwsNpeNamingIt() {
    Period year = Period.ofMonths(12);
    assertThatNullPointerException()
        .isThrownBy(() -> CompliancePolicy.isCurrent(null, year, AUDIT))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> CompliancePolicy.isCurrent(AUDIT, null, AUDIT))
        .withMessage("maxAge");
    assertThatNullPointerException()
        .isThrownBy(() -> CompliancePolicy.isCurrent(AUDIT, year, null))
        .withMessage("asOf");
  }

  @Test
  void isCurrent_atTheBoundaries_matchesTheDocumentedExample() {
    // "an audit of 2025-11-01 with a 12-month maximum is still current on 2026-11-01 and stale on 2026-11-02"
    Period year = Period.ofMonths(12);
    assertThat(CompliancePolicy.isCurrent(AUDIT, year, LocalDate.of(2026, 11, 1))).isTrue();
    assertThat(CompliancePolicy.isCurrent(AUDIT, year, LocalDate.of(2026, 11, 2))).isFalse();
    assertThat(CompliancePolicy.isCurrent(AUDIT, year, AUDIT)).isTrue();
    assertThat(CompliancePolicy.isCurrent(AUDIT, year, AUDIT.minusDays(1))).as("dated after asOf").isFalse();
  }
}
