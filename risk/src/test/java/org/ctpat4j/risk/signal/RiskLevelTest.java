package org.ctpat4j.risk.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class RiskLevelTest {

  @Test
  void isAtLeast_null_throwsNpeNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> RiskLevel.HIGH.isAtLeast(null)).withMessage("other");
  }

  @Test
  void isAtLeast_everyPair_followsTheDeclaredSeverityOrder() {
    for (RiskLevel a : RiskLevel.values()) {
      for (RiskLevel b : RiskLevel.values()) {
        assertThat(a.isAtLeast(b)).as(a + " >= " + b).isEqualTo(a.ordinal() >= b.ordinal());
      }
    }
    assertThat(RiskLevel.UNKNOWN.isAtLeast(RiskLevel.MEDIUM)).isTrue();
    assertThat(RiskLevel.UNKNOWN.isAtLeast(RiskLevel.HIGH)).isFalse();
  }
}
