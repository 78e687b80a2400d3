package org.ctpat4j.risk;

import java.util.Objects;

/**
 * One reason a facility carries risk, as one rule found it.
 *
 * @param rule the id of the rule that raised it (for example {@code uflpa-entity-list}); never null
 * @param level the level this signal alone gives the facility; never null
 * @param score the signal's strength in [0, 1]
 * @param reason a sentence a compliance officer can read; never null
 * @param source the source of the fact (list, edition, row); never null
 */
public record RiskSignal(String rule, RiskLevel level, double score, String reason, String source) {

  /**
   * Checks the arguments.
   *
   * @param rule the id of the rule that raised it (for example {@code uflpa-entity-list}); never null
   * @param level the level this signal alone gives the facility; never null
   * @param score the signal's strength in [0, 1]
   * @param reason a sentence a compliance officer can read; never null
   * @param source the source of the fact (list, edition, row); never null
   */
  public RiskSignal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
