package org.ctpat4j.risk.signal;

import java.util.Objects;

/**
 * Would CBP be expected to detain a good at the border? The second of the two questions every report answers (the
 * first is program compliance), asked for every partner whatever its CTPAT memberships.
 *
 * <p>Constants are declared worst first: {@link #PRESUMED_FORCED_LABOR}, {@link #WRO_DETAINED}, {@link #NEEDS_REVIEW},
 * {@link #CLEAR}.
 *
 * <p>Sources: Uyghur Forced Labor Prevention Act, Pub. L. 117-78, section 3 (rebuttable presumption for goods made
 * wholly or in part in the XUAR or by an entity on the UFLPA Entity List; no de minimis); 19 U.S.C. 1307 and
 * 19 CFR 12.42-12.45 (Withhold Release Orders and Findings).
 */
public enum Admissibility {
  /**
   * The UFLPA rebuttable presumption applies: a facility anywhere upstream is in the XUAR or is a listed entity. An
   * audit does not rebut it; only clear and convincing evidence accepted by CBP does.
   */
  PRESUMED_FORCED_LABOR,
  /** A Withhold Release Order or Finding in force covers a facility upstream and the good it supplies. */
  WRO_DETAINED,
  /** The data cannot decide: a possible listed-entity match, an unresolved or conflicting location, and the like. */
  NEEDS_REVIEW,
  /** None of the above was found in the data and lists used. */
  CLEAR;

  /**
   * Returns the worse of two answers.
   *
   * @param a one answer; never null
   * @param b another; never null
   * @return the worse; never null
   */
  public static Admissibility worst(Admissibility a, Admissibility b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Returns whether goods with this answer would be stopped at the border ({@link #PRESUMED_FORCED_LABOR} or
   * {@link #WRO_DETAINED}).
   *
   * @return {@code true} when the goods would be detained
   */
  public boolean detains() {
    return this == PRESUMED_FORCED_LABOR || this == WRO_DETAINED;
  }

  /**
   * Returns whether this answer is worse than another.
   *
   * @param other the other answer; never null
   * @return {@code true} when this one is strictly worse
   */
  public boolean isWorseThan(Admissibility other) {
    return compareTo(Objects.requireNonNull(other, "other")) < 0;
  }
}
