package org.ctpat4j.risk.signal;

import java.util.Objects;

/**
 * What one {@link RiskSignal} means for the admissibility of the goods made from the facility's output, carried on the
 * signal itself so that no consumer has to recognise rules by their ids.
 *
 * @param admissibility the answer this signal alone gives the goods downstream; never null
 * @param kind why; never null ({@link AdmissibilityKind#NONE} exactly when {@code admissibility} is CLEAR)
 * @param resolve what would resolve it, for a compliance officer; never null, empty for {@link #NONE}
 */
public record AdmissibilityEffect(Admissibility admissibility, AdmissibilityKind kind, String resolve) {

  /** No effect on admissibility. */
  public static final AdmissibilityEffect NONE = new AdmissibilityEffect(Admissibility.CLEAR, AdmissibilityKind.NONE, "");

  /** Checks the components. */
  public AdmissibilityEffect {
    Objects.requireNonNull(admissibility, "admissibility");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resolve, "resolve");
    if ((admissibility == Admissibility.CLEAR) != (kind == AdmissibilityKind.NONE)) {
      throw new IllegalArgumentException("kind NONE goes with CLEAR and only with it: " + admissibility + ", " + kind);
    }
  }

  /**
   * An effect that raises the UFLPA presumption.
   *
   * @param kind why; never null
   * @param resolve what would resolve it; never null
   * @return the effect; never null
   */
  public static AdmissibilityEffect presumed(AdmissibilityKind kind, String resolve) {
    return new AdmissibilityEffect(Admissibility.PRESUMED_FORCED_LABOR, kind, resolve);
  }

  /**
   * An effect that detains under a Withhold Release Order or Finding.
   *
   * @param resolve what would resolve it; never null
   * @return the effect; never null
   */
  public static AdmissibilityEffect detained(String resolve) {
    return new AdmissibilityEffect(Admissibility.WRO_DETAINED, AdmissibilityKind.WRO, resolve);
  }

  /**
   * An effect that needs a person's review.
   *
   * @param kind why; never null
   * @param resolve what would resolve it; never null
   * @return the effect; never null
   */
  public static AdmissibilityEffect review(AdmissibilityKind kind, String resolve) {
    return new AdmissibilityEffect(Admissibility.NEEDS_REVIEW, kind, resolve);
  }

  /**
   * Returns whether this effect raises the UFLPA rebuttable presumption.
   *
   * @return {@code true} for {@link Admissibility#PRESUMED_FORCED_LABOR}
   */
  public boolean raisesPresumption() {
    return admissibility == Admissibility.PRESUMED_FORCED_LABOR;
  }
}
