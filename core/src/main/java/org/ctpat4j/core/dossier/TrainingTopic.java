package org.ctpat4j.core.dossier;

/** What a training covered. */
public enum TrainingTopic {
  /** Recognizing the ILO indicators of forced labor. */
  FORCED_LABOR_INDICATORS,
  /** The partner's code of conduct and its forced-labor requirements. */
  CODE_OF_CONDUCT,
  /** Responsible recruitment, recruitment fees and worker-pays practices. */
  RESPONSIBLE_RECRUITMENT,
  /** The Uyghur Forced Labor Prevention Act and its rebuttable presumption. */
  UFLPA,
  /** Tracing and mapping the supply chain to raw material. */
  SUPPLY_CHAIN_MAPPING,
  /** Worker voice and grievance mechanisms. */
  GRIEVANCE_MECHANISMS,
  /** Remediation of forced-labor findings. */
  REMEDIATION,
  /** Social compliance auditing. */
  AUDITING
}
