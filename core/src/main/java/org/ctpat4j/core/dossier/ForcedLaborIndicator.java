package org.ctpat4j.core.dossier;

/** The ILO's 11 indicators of forced labour (ILO, <i>Indicators of Forced Labour</i>, 2012). */
public enum ForcedLaborIndicator {
  /** Abuse of vulnerability. */
  ABUSE_OF_VULNERABILITY,
  /** Deception. */
  DECEPTION,
  /** Restriction of movement. */
  RESTRICTION_OF_MOVEMENT,
  /** Isolation. */
  ISOLATION,
  /** Physical and sexual violence. */
  PHYSICAL_AND_SEXUAL_VIOLENCE,
  /** Intimidation and threats. */
  INTIMIDATION_AND_THREATS,
  /** Retention of identity documents. */
  RETENTION_OF_IDENTITY_DOCUMENTS,
  /** Withholding of wages. */
  WITHHOLDING_OF_WAGES,
  /** Debt bondage. */
  DEBT_BONDAGE,
  /** Abusive working and living conditions. */
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS,
  /** Excessive overtime. */
  EXCESSIVE_OVERTIME
}
