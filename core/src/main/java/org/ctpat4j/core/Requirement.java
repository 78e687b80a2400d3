package org.ctpat4j.core;

/**
 * The forced-labor requirements ctpat4j checks. The identifiers are part of the report contract
 * ({@code ctpat4j-report/1}) and never change.
 *
 * <p>Titles, summaries, sources, applicability and effective dates live in one place, the {@link RequirementCatalog};
 * {@link #definition()} reads them from {@link RequirementCatalog#standard()}.
 */
public enum Requirement {
  /** MSC 3.9 (CTPAT Security, Business Partners): a documented social compliance program against forced labor. */
  SOCIAL_COMPLIANCE_PROGRAM,
  /** Trade Compliance 1: risk-based mapping of the supply chain. */
  RISK_BASED_MAPPING,
  /** Trade Compliance 2: a code of conduct prohibiting forced labor, public and uploaded to the portal. */
  CODE_OF_CONDUCT,
  /** Trade Compliance 3: evidence that the social compliance program is implemented. */
  EVIDENCE_OF_IMPLEMENTATION,
  /** Trade Compliance 4: due diligence towards, and training of, suppliers. */
  DUE_DILIGENCE_AND_TRAINING,
  /** Trade Compliance 5: a remediation plan including disclosure to CBP. */
  REMEDIATION_PLAN,
  /** Trade Compliance 6: shared best practices and a path forward. */
  SHARED_BEST_PRACTICES;

  /**
   * Returns this requirement's definition in the standard catalog.
   *
   * @return the definition; never null
   */
  public RequirementDefinition definition() {
    return RequirementCatalog.standard().definition(this);
  }
}
