package org.ctpat4j.evidence;

/** The overall outcome of a compliance check. */
public enum Verdict {
  /** No finding has severity {@link Severity#ERROR}. */
  COMPLIANT,
  /** At least one finding has severity {@link Severity#ERROR}. */
  NOT_COMPLIANT
}
