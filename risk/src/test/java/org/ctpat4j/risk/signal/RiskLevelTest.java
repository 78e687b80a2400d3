package org.ctpat4j.risk.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.ctpat4j.risk.signal.RiskLevel.HIGH;
import static org.ctpat4j.risk.signal.RiskLevel.LOW;
import static org.ctpat4j.risk.signal.RiskLevel.MEDIUM;
import static org.ctpat4j.risk.signal.RiskLevel.UNKNOWN;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskLevelTest {

  /**
   * The severity order, least severe first, written out from the documented meaning of each level (UNKNOWN above
   * MEDIUM: an unmapped input may hide a Xinjiang source; HIGH above all) rather than read from the enum.
   */
  private static final List<RiskLevel> LEAST_TO_MOST_SEVERE = List.of(LOW, MEDIUM, UNKNOWN, HIGH);

  @Test
  void values_areTheFourWrittenOutLevels() {
    assertThat(RiskLevel.values()).containsExactlyInAnyOrderElementsOf(LEAST_TO_MOST_SEVERE);
  }

  @Test
  void isAtLeast_null_throwsNpeNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> HIGH.isAtLeast(null)).withMessage("other");
  }

  @Test
  void isAtLeast_everyPair_followsTheWrittenOutSeverityOrder() {
    for (int i = 0; i < LEAST_TO_MOST_SEVERE.size(); i++) {
      for (int j = 0; j < LEAST_TO_MOST_SEVERE.size(); j++) {
        RiskLevel a = LEAST_TO_MOST_SEVERE.get(i);
        RiskLevel b = LEAST_TO_MOST_SEVERE.get(j);
        assertThat(a.isAtLeast(b)).as(a + " >= " + b).isEqualTo(i >= j);
      }
    }
  }

  @Test
  void worst_everyPair_isTheMoreSevereInTheWrittenOutOrder() {
    for (int i = 0; i < LEAST_TO_MOST_SEVERE.size(); i++) {
      for (int j = 0; j < LEAST_TO_MOST_SEVERE.size(); j++) {
        RiskLevel a = LEAST_TO_MOST_SEVERE.get(i);
        RiskLevel b = LEAST_TO_MOST_SEVERE.get(j);
        assertThat(RiskLevel.worst(a, b)).as("worst(" + a + ", " + b + ")")
            .isEqualTo(LEAST_TO_MOST_SEVERE.get(Math.max(i, j)));
      }
    }
  }

  @Test
  void compareTo_everyPair_ordersBySeverity() {
    // reports and the engine sort signals with compareTo (worst first): it must agree with the written-out order
    for (int i = 0; i < LEAST_TO_MOST_SEVERE.size(); i++) {
      for (int j = 0; j < LEAST_TO_MOST_SEVERE.size(); j++) {
        RiskLevel a = LEAST_TO_MOST_SEVERE.get(i);
        RiskLevel b = LEAST_TO_MOST_SEVERE.get(j);
        assertThat(Integer.signum(a.compareTo(b))).as(a + " vs " + b).isEqualTo(Integer.signum(i - j));
      }
    }
  }
}
