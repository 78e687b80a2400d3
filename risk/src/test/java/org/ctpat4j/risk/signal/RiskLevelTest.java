package org.ctpat4j.risk.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.ctpat4j.risk.signal.RiskLevel.HIGH;
import static org.ctpat4j.risk.signal.RiskLevel.LOW;
import static org.ctpat4j.risk.signal.RiskLevel.MEDIUM;
import static org.ctpat4j.risk.signal.RiskLevel.UNKNOWN;

import java.util.List;
import java.util.function.BiConsumer;
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
    forEveryPair((i, j) -> assertThat(level(i).isAtLeast(level(j))).as(level(i) + " >= " + level(j)).isEqualTo(i >= j));
  }

  @Test
  void worst_everyPair_isTheMoreSevereInTheWrittenOutOrder() {
    forEveryPair((i, j) -> assertThat(RiskLevel.worst(level(i), level(j)))
        .as("worst(" + level(i) + ", " + level(j) + ")")
        .isEqualTo(level(Math.max(i, j))));
  }

  @Test
  void compareTo_everyPair_ordersBySeverity() {
    // reports and the engine sort signals with compareTo (worst first): it must agree with the written-out order
    forEveryPair((i, j) -> assertThat(Integer.signum(level(i).compareTo(level(j)))).as(level(i) + " vs " + level(j))
        .isEqualTo(Integer.signum(i - j)));
  }

  private static RiskLevel level(int rank) {
    return LEAST_TO_MOST_SEVERE.get(rank);
  }

  /** Calls the check with the ranks (in the written-out order) of every ordered pair of levels. */
  private static void forEveryPair(BiConsumer<Integer, Integer> check) {
    for (int i = 0; i < LEAST_TO_MOST_SEVERE.size(); i++) {
      for (int j = 0; j < LEAST_TO_MOST_SEVERE.size(); j++) {
        check.accept(i, j);
      }
    }
  }
}
