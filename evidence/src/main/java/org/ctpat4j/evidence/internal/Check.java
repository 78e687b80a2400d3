package org.ctpat4j.evidence.internal;

import org.ctpat4j.core.Requirement;

/** One check per requirement: a closed set. Implementations are stateless and thread-safe. */
sealed interface Check
    permits SocialComplianceProgramCheck,
        RiskBasedMappingCheck,
        CodeOfConductCheck,
        EvidenceOfImplementationCheck,
        DueDiligenceAndTrainingCheck,
        RemediationPlanCheck,
        SharedBestPracticesCheck {

  /** The requirement this check judges. */
  Requirement requirement();

  /** Adds the findings of this check to the context. */
  void run(CheckContext ctx);
}
