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
 * to the finished {@link Evidence} (by {@link DossierBuilder#withGap(EvidenceGap)} and by the generators), each one
 * independent of the others. "Stale" means 18 months before the dossier's day, beyond the default 12-month cycles
 * that {@link Dossiers#compliantDossier()} assumes.
 */
public enum EvidenceGap {
  /** No social compliance program (MSC 3.9). */
  NO_SOCIAL_COMPLIANCE_PROGRAM,
  /** The program was last reviewed 18 months ago. */
  STALE_PROGRAM_REVIEW,
  /** No risk assessment. */
  NO_RISK_ASSESSMENT,
  /** The risk assessment was performed 18 months ago. */
  STALE_RISK_ASSESSMENT,
  /** The risk assessment does not include forced labor (CTPAT alert, March 2023). */
  RISK_ASSESSMENT_WITHOUT_FORCED_LABOR,
  /** No code of conduct (Trade Compliance requirement 2). */
  NO_CODE_OF_CONDUCT,
  /** The code of conduct is not public. */
  CODE_NOT_PUBLIC,
  /** The code of conduct was not uploaded to the CTPAT portal. */
  CODE_NOT_UPLOADED,
  /** The code of conduct does not prohibit forced labor. */
  CODE_WITHOUT_FORCED_LABOR_PROHIBITION,
  /** No training of the partner's own employees or management. */
  NO_EMPLOYEE_TRAINING,
  /** The employees' and management's trainings took place 18 months ago. */
  STALE_EMPLOYEE_TRAINING,
  /** No training of suppliers. */
  NO_SUPPLIER_TRAINING,
  /** No supplier commitments at all. */
  NO_SUPPLIER_COMMITMENTS,
  /** Every supplier commitment acknowledges a superseded code version ({@code 0.9}). */
  OUTDATED_SUPPLIER_COMMITMENTS,
  /** No social compliance audits. */
  NO_AUDITS,
  /** No remediation plan (Trade Compliance requirement 5). */
  NO_REMEDIATION_PLAN,
  /** The remediation plan does not include disclosure to CBP. */
  NO_CBP_DISCLOSURE,
  /** No best practice shared (Trade Compliance requirement 6). */
  NO_BEST_PRACTICE_SHARED,
  /** No improvement plan (Trade Compliance requirement 6). */
  NO_IMPROVEMENT_PLAN,
  /** Every document is redacted. */
  REDACTED_DOCUMENTS,
  /** No document carries a SHA-256. */
  DOCUMENTS_WITHOUT_HASH,
  /**
   * The document list is empty, so every reference to a document is broken: such a dossier is rejected when read
   * back. Use it to test reference checks.
   */
  MISSING_DOCUMENTS,
  /** No evidence at all ({@link Evidence#NONE}). */
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
        return Evidence.NONE;
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
