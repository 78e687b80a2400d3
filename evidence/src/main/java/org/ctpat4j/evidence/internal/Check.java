package org.ctpat4j.evidence.internal;

import org.ctpat4j.core.Requirement;

/**
 * The checks that raise every finding: one per requirement, plus the reference-data context every report carries. A
 * closed set; the engine only runs them. Implementations are stateless and thread-safe.
 */
sealed interface Check
    permits SocialComplianceProgramCheck,
        RiskBasedMappingCheck,
        ReferenceDataCheck,
        CodeOfConductCheck,
        EvidenceOfImplementationCheck,
        DueDiligenceAndTrainingCheck,
        RemediationPlanCheck,
        SharedBestPracticesCheck {

  /** The requirement this check's findings are about. */
  Requirement requirement();

  /**
   * Whether this check runs whatever its requirement's applicability, even when the catalog does not define the
   * requirement: its findings are context that every report carries, and they are INFO unless the requirement is in
   * force. The other checks run only when their requirement is in force, or not yet due and the policy reports such
   * gaps.
   */
  default boolean alwaysRuns() {
    return false;
  }

  /** Adds the findings of this check to the context. */
  void run(CheckContext ctx);
}
