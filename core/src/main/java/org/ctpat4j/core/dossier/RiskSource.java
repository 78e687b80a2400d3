package org.ctpat4j.core.dossier;

/** Public sources of forced-labor risk information that a risk assessment can consult. */
public enum RiskSource {
  /** The UFLPA Entity List (DHS / Forced Labor Enforcement Task Force). */
  UFLPA_ENTITY_LIST,
  /** The UFLPA presumption for the Xinjiang Uyghur Autonomous Region. */
  UFLPA_REGION,
  /** CBP Withhold Release Orders and Findings. */
  WRO_FINDINGS,
  /** The U.S. Department of Labor ILAB List of Goods Produced by Child Labor or Forced Labor. */
  ILAB_LIST,
  /** The U.S. Department of State Trafficking in Persons Report. */
  TIP_REPORT,
  /** Third-party social compliance audits. */
  SOCIAL_AUDITS,
  /** Another source, described in the risk assessment document. */
  OTHER
}
