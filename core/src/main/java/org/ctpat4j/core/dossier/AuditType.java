package org.ctpat4j.core.dossier;

/**
 * Who performed an audit. CBP asks for audits "conducted by an independent third party" as evidence that a high-risk
 * supply chain is free of forced labor: only a {@link #THIRD_PARTY} audit is independent (CBP, CTPAT Trade Compliance
 * Handbook v2, forced-labor requirement 3; CBP, UFLPA Operational Guidance for Importers, 2022, section on audits; see
 * {@code domain.md} of the project documentation).
 */
public enum AuditType {
  /** An audit by a firm independent of both the partner and the facility. */
  THIRD_PARTY,
  /** A visit or audit by the partner itself (or its agent or buying office): not independent. */
  SECOND_PARTY,
  /** A questionnaire or self-assessment completed by the facility: not an audit by anyone else. */
  SELF_ASSESSMENT;

  /**
   * Returns whether an audit of this type counts as independent.
   *
   * @return {@code true} for {@link #THIRD_PARTY} only
   */
  public boolean isIndependent() {
    return this == THIRD_PARTY;
  }
}
