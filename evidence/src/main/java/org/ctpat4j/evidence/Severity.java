package org.ctpat4j.evidence;

/**
 * How grave a finding is. Declared from most to least grave, which is the order findings are sorted in.
 *
 * <p>The verdict of a {@link ComplianceReport} is {@link Verdict#NOT_COMPLIANT} exactly when some finding is an
 * {@link #ERROR}.
 */
public enum Severity {
  /** A requirement element is missing: the requirement is not met. */
  ERROR,
  /** Something a compliance officer should act on that does not, by the policy in use, fail the requirement. */
  WARNING,
  /** A note: context, caveats, or gaps of requirements that are not yet in force. */
  INFO
}
