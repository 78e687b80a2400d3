package org.ctpat4j.risk.screening;

/**
 * How strongly a screening hit points at a listed entity. The cut-offs live in {@link ScreeningThresholds}.
 */
public enum ScreeningLevel {
  /**
   * The supplier is, with high confidence, the listed entity (or shares an identifier with it): a HIGH risk signal.
   */
  MATCH,
  /** The names are close enough that a reviewer must look: a MEDIUM risk signal. */
  POSSIBLE
}
