package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;

/**
 * One deliberate hole in otherwise complete evidence, for tests of what the compliance checks find. Gaps are applied
 * to the finished {@link Evidence} (by {@link DossierBuilder#withGap(EvidenceGap...)} and by the generators), each one
 * independent of the others. "Stale" means 18 months before the dossier's day, beyond the default 12-month cycles
 * that {@link Dossiers#compliantDossier()} assumes.
 *
 * <p>Each constant names the ERROR codes ({@code org.ctpat4j.evidence.FindingCode}) that the default
 * {@code ComplianceChecker} raises when the gap is applied alone to {@link Dossiers#compliantDossier()} and to
 * {@link Dossiers#compliantDossierWithHighRiskSupplier()}; the testkit's own tests check that table against the real
 * checker. Some obligations bind only high-risk facilities (audits, supplier training): on a chain without one, their
 * gaps raise nothing.
 */
public enum EvidenceGap {
  /** No social compliance program (MSC 3.9). Raises {@code SCP_MISSING}. */
  NO_SOCIAL_COMPLIANCE_PROGRAM,
  /** The program was last reviewed 18 months ago. Raises {@code SCP_REVIEW_OVERDUE}. */
  STALE_PROGRAM_REVIEW,
  /** No risk assessment. Raises {@code RISK_ASSESSMENT_MISSING}. */
  NO_RISK_ASSESSMENT,
  /** The risk assessment was performed 18 months ago. Raises {@code RISK_ASSESSMENT_STALE}. */
  STALE_RISK_ASSESSMENT,
  /**
   * The risk assessment does not include forced labor (CTPAT alert, March 2023). Raises
   * {@code RISK_ASSESSMENT_NO_FORCED_LABOR}.
   */
  RISK_ASSESSMENT_WITHOUT_FORCED_LABOR,
  /**
   * No code of conduct (Trade Compliance requirement 2). Raises {@code COC_MISSING} and, since the code is where the
   * partner commits to mapping, {@code MAPPING_COMMITMENT_MISSING}.
   */
  NO_CODE_OF_CONDUCT,
  /** The code of conduct is not public. Raises {@code COC_NOT_PUBLIC}. */
  CODE_NOT_PUBLIC,
  /** The code of conduct was not uploaded to the CTPAT portal. Raises {@code COC_NOT_UPLOADED}. */
  CODE_NOT_UPLOADED,
  /** The code of conduct does not prohibit forced labor. Raises {@code COC_NO_FORCED_LABOR_PROHIBITION}. */
  CODE_WITHOUT_FORCED_LABOR_PROHIBITION,
  /** No training of the partner's own employees or management. Raises {@code EMPLOYEE_TRAINING_MISSING}. */
  NO_EMPLOYEE_TRAINING,
  /** The employees' and management's trainings took place 18 months ago. Raises {@code EMPLOYEE_TRAINING_STALE}. */
  STALE_EMPLOYEE_TRAINING,
  /**
   * No training of suppliers. Raises {@code SUPPLIER_TRAINING_MISSING} for each high-risk supplier, and nothing on a
   * chain without one.
   */
  NO_SUPPLIER_TRAINING,
  /**
   * No supplier commitments at all. Raises {@code SUPPLIER_COMMITMENT_MISSING} for each tier-1 and each high-risk
   * supplier.
   */
  NO_SUPPLIER_COMMITMENTS,
  /**
   * Every supplier commitment acknowledges a superseded code version ({@code 0.9}). Raises
   * {@code COMMITMENT_OUTDATED_VERSION} for each committed supplier.
   */
  OUTDATED_SUPPLIER_COMMITMENTS,
  /**
   * No social compliance audits. Raises {@code HIGH_RISK_FACILITY_NOT_AUDITED} for each high-risk facility that has
   * no open remediation case, and nothing on a chain without one; a high-risk facility under an open case (as the
   * testkit gives every facility under the UFLPA presumption) gets the note {@code AUDIT_DEFERRED_BY_REMEDIATION}.
   */
  NO_AUDITS,
  /** No remediation plan (Trade Compliance requirement 5). Raises {@code REMEDIATION_PLAN_MISSING}. */
  NO_REMEDIATION_PLAN,
  /** The remediation plan does not include disclosure to CBP. Raises {@code REMEDIATION_PLAN_NO_CBP_DISCLOSURE}. */
  NO_CBP_DISCLOSURE,
  /** No best practice shared (Trade Compliance requirement 6). Raises {@code BEST_PRACTICE_NOT_SHARED}. */
  NO_BEST_PRACTICE_SHARED,
  /** No improvement plan (Trade Compliance requirement 6). Raises {@code IMPROVEMENT_PLAN_MISSING}. */
  NO_IMPROVEMENT_PLAN,
  /**
   * Every document is redacted. Raises {@code MAPPING_REDACTED} for each link document and, for the audit of a
   * high-risk facility, {@code AUDIT_REDACTED}.
   */
  REDACTED_DOCUMENTS,
  /**
   * No document carries a SHA-256. The compliance checks do not require hashes, so this raises no finding; the
   * evidence package notes each document without one.
   */
  DOCUMENTS_WITHOUT_HASH,
  /**
   * The document list is empty, so every reference to a document is broken: such a dossier fails
   * {@code DossierValidator} and is rejected when read back. The checker raises {@code BROKEN_REFERENCE} for each
   * cited document it looks at. Use it to test reference checks.
   */
  MISSING_DOCUMENTS,
  /**
   * No evidence records at all: no program, risk assessment, code of conduct, audit, training, commitment,
   * remediation plan or case, or engagement. The document list stays, because the supply chain's links cite their
   * purchase orders from it; without it the dossier would not be valid. Raises every "missing" code:
   * {@code SCP_MISSING}, {@code RISK_ASSESSMENT_MISSING}, {@code COC_MISSING}, {@code MAPPING_COMMITMENT_MISSING},
   * {@code EMPLOYEE_TRAINING_MISSING}, {@code SUPPLIER_COMMITMENT_MISSING}, {@code REMEDIATION_PLAN_MISSING},
   * {@code BEST_PRACTICE_NOT_SHARED}, {@code IMPROVEMENT_PLAN_MISSING} and, with a high-risk facility,
   * {@code HIGH_RISK_FACILITY_NOT_AUDITED} and {@code SUPPLIER_TRAINING_MISSING}, and, with a listed-entity or Xinjiang
   * facility (whose remediation case is gone), {@code PRESUMPTION_NOT_REMEDIATED}.
   */
  NO_EVIDENCE;

  /** The age of "stale" evidence. */
  public static final Period STALE = Period.ofMonths(18);

  /** The code-of-conduct version outdated commitments acknowledge. */
  public static final String SUPERSEDED_VERSION = "0.9";

  /**
   * Applies this gap to evidence.
   *
   * @param e the evidence; never null
   * @param asOf the day the dossier is judged at; never null
   * @return the evidence with the gap; never null
   */
  public Evidence applyTo(Evidence e, LocalDate asOf) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate stale = asOf.minus(STALE);
    Predicate<Training> internal = t -> t.audience() != TrainingAudience.SUPPLIER;
    switch (this) {
      case NO_SOCIAL_COMPLIANCE_PROGRAM:
        return withProgram(e, null);
      case STALE_PROGRAM_REVIEW:
        return e.socialComplianceProgram() == null
            ? e
            : withProgram(
                e,
                new SocialComplianceProgram(
                    e.socialComplianceProgram().document(),
                    e.socialComplianceProgram().adopted(),
                    stale,
                    e.socialComplianceProgram().addressesForcedLabor()));
      case NO_RISK_ASSESSMENT:
        return withAssessment(e, null);
      case STALE_RISK_ASSESSMENT:
      case RISK_ASSESSMENT_WITHOUT_FORCED_LABOR:
        RiskAssessment ra = e.riskAssessment();
        if (ra == null) {
          return e;
        }
        return this == STALE_RISK_ASSESSMENT
            ? withAssessment(e, new RiskAssessment(ra.document(), stale, ra.includesForcedLabor(), ra.sourcesConsulted()))
            : withAssessment(e, new RiskAssessment(ra.document(), ra.performed(), false, ra.sourcesConsulted()));
      case NO_CODE_OF_CONDUCT:
        return withCode(e, null);
      case CODE_NOT_PUBLIC:
        return mapCode(e, c -> code(c, null, c.uploadedToPortal(), c.prohibitsForcedLabor()));
      case CODE_NOT_UPLOADED:
        return mapCode(e, c -> code(c, c.publicUrl(), null, c.prohibitsForcedLabor()));
      case CODE_WITHOUT_FORCED_LABOR_PROHIBITION:
        return mapCode(e, c -> code(c, c.publicUrl(), c.uploadedToPortal(), false));
      case NO_EMPLOYEE_TRAINING:
        return withTrainings(e, e.trainings().stream().filter(internal.negate()).toList());
      case STALE_EMPLOYEE_TRAINING:
        return withTrainings(
            e,
            e.trainings().stream()
                .map(
                    t ->
                        internal.test(t)
                            ? new Training(
                                t.id(), t.audience(), t.facility(), stale, t.topics(), t.participants(), t.document())
                            : t)
                .toList());
      case NO_SUPPLIER_TRAINING:
        return withTrainings(e, e.trainings().stream().filter(internal).toList());
      case NO_SUPPLIER_COMMITMENTS:
        return withCommitments(e, List.of());
      case OUTDATED_SUPPLIER_COMMITMENTS:
        return withCommitments(
            e,
            e.supplierCommitments().stream()
                .map(
                    c ->
                        new SupplierCommitment(
                            c.facility(),
                            SUPERSEDED_VERSION,
                            c.acknowledged(),
                            c.excludesForcedLaborPartners(),
                            c.document()))
                .toList());
      case NO_AUDITS:
        return new Evidence(
            e.socialComplianceProgram(), e.riskAssessment(), e.codeOfConduct(), List.of(), e.trainings(),
            e.supplierCommitments(), e.remediationPlan(), e.remediationCases(), e.engagements(), e.documents());
      case NO_REMEDIATION_PLAN:
        return withPlan(e, null);
      case NO_CBP_DISCLOSURE:
        return e.remediationPlan() == null
            ? e
            : withPlan(
                e,
                new org.ctpat4j.core.dossier.RemediationPlan(
                    e.remediationPlan().document(), e.remediationPlan().adopted(), false));
      case NO_BEST_PRACTICE_SHARED:
      case NO_IMPROVEMENT_PLAN:
        EngagementKind kind =
            this == NO_BEST_PRACTICE_SHARED ? EngagementKind.BEST_PRACTICE_SHARED : EngagementKind.IMPROVEMENT_PLAN;
        return new Evidence(
            e.socialComplianceProgram(), e.riskAssessment(), e.codeOfConduct(), e.audits(), e.trainings(),
            e.supplierCommitments(), e.remediationPlan(), e.remediationCases(),
            e.engagements().stream().filter(g -> g.kind() != kind).toList(), e.documents());
      case REDACTED_DOCUMENTS:
        return mapDocuments(
            e, d -> new Document(d.id(), d.title(), d.path(), d.sha256(), d.language(), true, d.issued()));
      case DOCUMENTS_WITHOUT_HASH:
        return mapDocuments(
            e, d -> new Document(d.id(), d.title(), d.path(), null, d.language(), d.redacted(), d.issued()));
      case MISSING_DOCUMENTS:
        return withDocuments(e, List.of());
      case NO_EVIDENCE:
        return withDocuments(Evidence.NONE, e.documents());
      default:
        throw new AssertionError(this);
    }
  }

  private static CodeOfConduct code(CodeOfConduct c, String url, LocalDate uploaded, boolean prohibits) {
    return new CodeOfConduct(
        c.document(), c.version(), c.adopted(), url, uploaded, prohibits, c.commitsToMapping(), c.policies());
  }

  private static Evidence mapCode(Evidence e, UnaryOperator<CodeOfConduct> f) {
    return e.codeOfConduct() == null ? e : withCode(e, f.apply(e.codeOfConduct()));
  }

  private static Evidence mapDocuments(Evidence e, UnaryOperator<Document> f) {
    return withDocuments(e, e.documents().stream().map(f).toList());
  }

  private static Evidence withProgram(Evidence e, SocialComplianceProgram p) {
    return new Evidence(
        p, e.riskAssessment(), e.codeOfConduct(), e.audits(), e.trainings(), e.supplierCommitments(),
        e.remediationPlan(), e.remediationCases(), e.engagements(), e.documents());
  }

  private static Evidence withAssessment(Evidence e, RiskAssessment r) {
    return new Evidence(
        e.socialComplianceProgram(), r, e.codeOfConduct(), e.audits(), e.trainings(), e.supplierCommitments(),
        e.remediationPlan(), e.remediationCases(), e.engagements(), e.documents());
  }

  private static Evidence withCode(Evidence e, CodeOfConduct c) {
    return new Evidence(
        e.socialComplianceProgram(), e.riskAssessment(), c, e.audits(), e.trainings(), e.supplierCommitments(),
        e.remediationPlan(), e.remediationCases(), e.engagements(), e.documents());
  }

  private static Evidence withTrainings(Evidence e, List<Training> t) {
    return new Evidence(
        e.socialComplianceProgram(), e.riskAssessment(), e.codeOfConduct(), e.audits(), t, e.supplierCommitments(),
        e.remediationPlan(), e.remediationCases(), e.engagements(), e.documents());
  }

  private static Evidence withCommitments(Evidence e, List<SupplierCommitment> c) {
    return new Evidence(
        e.socialComplianceProgram(), e.riskAssessment(), e.codeOfConduct(), e.audits(), e.trainings(), c,
        e.remediationPlan(), e.remediationCases(), e.engagements(), e.documents());
  }

  private static Evidence withPlan(Evidence e, org.ctpat4j.core.dossier.RemediationPlan p) {
    return new Evidence(
        e.socialComplianceProgram(), e.riskAssessment(), e.codeOfConduct(), e.audits(), e.trainings(),
        e.supplierCommitments(), p, e.remediationCases(), e.engagements(), e.documents());
  }

  private static Evidence withDocuments(Evidence e, List<Document> d) {
    return new Evidence(
        e.socialComplianceProgram(), e.riskAssessment(), e.codeOfConduct(), e.audits(), e.trainings(),
        e.supplierCommitments(), e.remediationPlan(), e.remediationCases(), e.engagements(), d);
  }
}
