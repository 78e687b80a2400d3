package org.ctpat4j.core.dossier;

/** Who a training was given to. */
public enum TrainingAudience {
  /** The partner's own employees. */
  EMPLOYEES,
  /** The partner's management. */
  MANAGEMENT,
  /** A supplier (the training names the facility). */
  SUPPLIER
}
