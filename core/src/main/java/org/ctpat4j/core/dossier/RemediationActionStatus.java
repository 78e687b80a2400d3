package org.ctpat4j.core.dossier;

/** Where a corrective action stands. */
public enum RemediationActionStatus {
  /** Agreed, not started. */
  PLANNED,
  /** Started, not finished. */
  IN_PROGRESS,
  /** Completed. */
  DONE,
  /** Abandoned or superseded. */
  CANCELLED
}
