package org.ctpat4j.risk.signal;

import java.util.Objects;

/**
 * One reason a facility carries risk, as one rule found it.
 *
 * @param rule the id of the rule that raised it (for example {@code uflpa-entity-list}); never null
 * @param level the level this signal alone gives the facility; never null
 * @param score the signal's strength in [0, 1]
 * @param reason a sentence a compliance officer can read; never null
 * @param source the source of the fact (list, edition, row); never null
 * @param effect what the signal means for the admissibility of goods made from the facility's output; never null
 *     ({@link AdmissibilityEffect#NONE} when it means nothing for it)
 */
public record RiskSignal(
    String rule, RiskLevel level, double score, String reason, String source, AdmissibilityEffect effect) {

  /**
   * Checks the arguments.
   *
   * @param rule see {@link #rule()}
   * @param level see {@link #level()}
   * @param score see {@link #score()}
   * @param reason see {@link #reason()}
   * @param source see {@link #source()}
   * @param effect what the signal means for admissibility; never null
   */
  public RiskSignal {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }

  /**
   * Creates a signal that does not affect admissibility.
   *
   * @param rule the id of the rule that raised it; never null
   * @param level the level this signal alone gives the facility; never null
   * @param score the signal's strength in [0, 1]
   * @param reason a sentence a compliance officer can read; never null
   * @param source the source of the fact; never null
   */
  public RiskSignal(String rule, RiskLevel level, double score, String reason, String source) {
    this(rule, level, score, reason, source, AdmissibilityEffect.NONE);
  }

  /**
   * Returns whether this signal raises the UFLPA rebuttable presumption for goods made from the facility's output.
   *
   * @return {@code true} when it does
   */
  public boolean raisesPresumption() {
    return effect.raisesPresumption();
  }

  /**
   * Returns the answer this signal alone gives the admissibility of goods downstream.
   *
   * @return the answer; never null
   */
  public Admissibility admissibility() {
    return effect.admissibility();
  }
}
