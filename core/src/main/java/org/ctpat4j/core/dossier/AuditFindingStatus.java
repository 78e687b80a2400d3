package org.ctpat4j.core.dossier;

/** Where an audit finding stands. */
public enum AuditFindingStatus {
  /** Not yet remediated. */
  OPEN,
  /** Corrective action taken, not yet verified by a follow-up audit. */
  REMEDIATED,
  /** Verified as resolved. */
  CLOSED
}
