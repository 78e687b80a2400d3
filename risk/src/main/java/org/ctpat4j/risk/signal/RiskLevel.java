package org.ctpat4j.risk.signal;

import java.util.Objects;

/**
 * How much forced-labor risk a facility or product carries. Declared from least to most severe, so that
 * {@link #worst(RiskLevel, RiskLevel)} and {@code compareTo} order by severity.
 *
 * <p>{@link #UNKNOWN} ranks above {@link #MEDIUM}: an unmapped input may hide a listed entity or a Xinjiang source, so
 * "we do not know" must never read as "low" or be outweighed by a known medium risk; a known {@link #HIGH} still
 * ranks above it.
 */
public enum RiskLevel {
  /** No signal of forced-labor risk from the sources consulted. */
  LOW,
  /** A signal worth review (for example a Tier 3 country, a good on the ILAB list for child labor only). */
  MEDIUM,
  /** The origin of an input is not mapped: risk cannot be ruled out. */
  UNKNOWN,
  /** A UFLPA presumption or equivalent signal (Xinjiang, a listed entity, a forced-labor good, a WRO). */
  HIGH;

  /**
   * Returns the more severe of two levels.
   *
   * @param a a level; never null
   * @param b a level; never null
   * @return the more severe one
   */
  public static RiskLevel worst(RiskLevel a, RiskLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Returns whether this level is at least as severe as another.
   *
   * @param other the other level; never null
   * @return {@code true} when {@code this >= other} in severity
   */
  public boolean isAtLeast(RiskLevel other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }
}
