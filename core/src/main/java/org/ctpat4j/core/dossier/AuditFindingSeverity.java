package org.ctpat4j.core.dossier;

/** How grave an audit finding is, as the audit scheme graded it. */
public enum AuditFindingSeverity {
  /** A zero-tolerance finding (for example evidence of forced labor) that needs immediate action. */
  CRITICAL,
  /** A serious non-conformity. */
  MAJOR,
  /** A minor non-conformity. */
  MINOR,
  /** An observation or improvement opportunity, not a non-conformity. */
  OBSERVATION
}
