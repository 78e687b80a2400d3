package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.evidence.FindingCode;

/**
 * {@link Requirement#SOCIAL_COMPLIANCE_PROGRAM} (MSC 3.9): a documented program that addresses forced labor, reviewed
 * within the policy's cycle.
 *
 * <p>Codes: {@link FindingCode#SCP_MISSING}, {@link FindingCode#SCP_NO_FORCED_LABOR},
 * {@link FindingCode#SCP_REVIEW_OVERDUE}, and the shared {@link FindingCode#DOCUMENT_MISSING} and
 * {@link FindingCode#EVIDENCE_DATED_AFTER_AS_OF}. A program adopted after the day of the check does not count; a review
 * dated after it is ignored (the adoption date is then the last review).
 */
final class SocialComplianceProgramCheck implements Check {

  private static final String PATH = "evidence.socialComplianceProgram";

  @Override
  public Requirement requirement() {
    return Requirement.SOCIAL_COMPLIANCE_PROGRAM;
  }

  @Override
  public void run(CheckContext ctx) {
    SocialComplianceProgram scp = ctx.facts.dossier.evidence().socialComplianceProgram();
    if (scp == null) {
      ctx.add(FindingCode.SCP_MISSING, Subjects.PARTNER, PATH);
      return;
    }
    String subject = Subjects.document(scp.document());
    if (!ctx.notAfterAsOf(scp.adopted(), subject, PATH + ".adopted")) {
      ctx.add(FindingCode.SCP_MISSING, Subjects.PARTNER, PATH);
      return;
    }
    ctx.requireDocument(scp.document(), PATH + ".document");
    String label = ctx.facts.documentLabel(scp.document());
    if (!scp.addressesForcedLabor()) {
      ctx.add(FindingCode.SCP_NO_FORCED_LABOR, subject, PATH + ".addressesForcedLabor", label);
    }
    LocalDate reviewed = scp.lastReviewed();
    if (!ctx.notAfterAsOf(reviewed, subject, PATH + ".lastReviewed")) {
      reviewed = null;
    }
    LocalDate basis = reviewed != null ? reviewed : scp.adopted();
    if (!ctx.isCurrent(basis, ctx.policy().programReviewCycle())) {
      ctx.add(
          FindingCode.SCP_REVIEW_OVERDUE,
          subject,
          PATH + ".lastReviewed",
          label,
          ctx.dateOrNever(basis),
          ctx.period(ctx.policy().programReviewCycle()));
    }
  }
}
