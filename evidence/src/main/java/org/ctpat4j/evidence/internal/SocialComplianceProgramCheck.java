package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.MembershipStatus;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * {@link Requirement#SOCIAL_COMPLIANCE_PROGRAM} (MSC 3.9): a documented program that addresses forced labor, reviewed
 * within the policy's cycle, and whose products CBP would not be expected to detain.
 *
 * <p>Codes: {@link FindingCode#TRADE_COMPLIANCE_WITHOUT_SECURITY}, {@link FindingCode#MEMBERSHIP_SUSPENDED},
 * {@link FindingCode#MEMBERSHIP_REMOVED}, {@link FindingCode#SCP_MISSING}, {@link FindingCode#SCP_NO_FORCED_LABOR},
 * {@link FindingCode#SCP_REVIEW_OVERDUE}, {@link FindingCode#PRODUCT_PRESUMED_FORCED_LABOR},
 * {@link FindingCode#PRODUCT_WRO_DETAINED}, {@link FindingCode#POSSIBLE_LISTED_ENTITY},
 * {@link FindingCode#LOCATION_NEEDS_REVIEW}, {@link FindingCode#LOCATION_CONFLICT},
 * {@link FindingCode#WRO_NEEDS_REVIEW}, and the shared {@link FindingCode#BROKEN_REFERENCE} and
 * {@link FindingCode#DATE_AFTER_AS_OF}. A program adopted after the day of the check does not count; a review
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
    memberships(ctx);
    program(ctx);
    admissibility(ctx);
  }

  /**
   * Trade Compliance requires an active CTPAT Security membership; a suspension or removal is reported (the
   * obligations continue, so the requirements are judged all the same).
   */
  private static void memberships(CheckContext ctx) {
    Partner partner = ctx.facts.dossier.partner();
    LocalDate day = ctx.asOf();
    Optional<Membership> tc = partner.bindingMembershipOn(Program.TRADE_COMPLIANCE, day);
    if (tc.isPresent() && partner.membershipOn(Program.SECURITY, day).isEmpty()) {
      ctx.add(
          FindingCode.TRADE_COMPLIANCE_WITHOUT_SECURITY,
          Subjects.PARTNER,
          "partner.memberships",
          tc.get().statusOn(day) == MembershipStatus.APPLICANT ? "applicant" : "member",
          day);
    }
    List<Membership> memberships = partner.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (!m.bindsOn(day)) {
        continue;
      }
      MembershipStatus status = m.statusOn(day);
      String since = m.statusSince() == null ? "" : " on " + m.statusSince();
      if (status == MembershipStatus.SUSPENDED) {
        ctx.add(FindingCode.MEMBERSHIP_SUSPENDED, Subjects.PARTNER, "partner.memberships[" + i + "].status",
            m.program().name(), since);
      } else if (status == MembershipStatus.REMOVED) {
        ctx.add(FindingCode.MEMBERSHIP_REMOVED, Subjects.PARTNER, "partner.memberships[" + i + "].status",
            m.program().name(), since);
      }
    }
  }

  private static void program(CheckContext ctx) {
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

  /**
   * The program must explain how the partner ensures that imported goods were not made, wholly or in part, with
   * forced labor (MSC 3.9): a product that CBP would detain, or whose admissibility cannot be decided, is reported
   * here, one finding per product (presumed or detained, with the worst reason) and one per facility and kind of doubt.
   */
  private static void admissibility(CheckContext ctx) {
    Facts facts = ctx.facts;
    for (ProductExposure p : facts.risk.products()) {
      if (!p.admissibility().detains() || p.reasons().isEmpty()) {
        continue;
      }
      AdmissibilityReason r = p.reasons().get(0);
      String path = r.path().stream().map(facts::facilityLabel).collect(Collectors.joining(" \u2192 "));
      if (p.admissibility() == Admissibility.PRESUMED_FORCED_LABOR) {
        ctx.add(FindingCode.PRODUCT_PRESUMED_FORCED_LABOR, Subjects.product(p.product()),
            facts.productPath(p.product()), facts.productLabel(p.product()), facts.facilityLabel(r.facility()),
            ground(r.kind()), path);
      } else {
        ctx.add(FindingCode.PRODUCT_WRO_DETAINED, Subjects.product(p.product()), facts.productPath(p.product()),
            facts.productLabel(p.product()), facts.facilityLabel(r.facility()), path, r.message());
      }
    }
    for (FacilityRisk f : facts.risk.facilities()) {
      if (facts.risk.tierOf(f.facility()).isEmpty()) {
        continue;
      }
      Set<FindingCode> raised = EnumSet.noneOf(FindingCode.class);
      for (RiskSignal s : f.signals()) {
        FindingCode code = switch (s.effect().kind()) {
          case POSSIBLE_LISTED_ENTITY -> FindingCode.POSSIBLE_LISTED_ENTITY;
          case LOCATION_UNRESOLVED, LOCATION_UNCERTAIN -> FindingCode.LOCATION_NEEDS_REVIEW;
          case LOCATION_CONFLICT -> FindingCode.LOCATION_CONFLICT;
          case POSSIBLE_WRO_ENTITY, WRO_STATUS_UNCERTAIN -> FindingCode.WRO_NEEDS_REVIEW;
          case NONE, UFLPA_REGION, UFLPA_ENTITY, WRO -> null;
        };
        if (code != null && raised.add(code)) {
          ctx.add(code, Subjects.facility(f.facility()), facts.facilityPath(f.facility()),
              facts.facilityLabel(f.facility()), s.reason());
        }
      }
    }
  }

  /** Why a facility raises the presumption, in words. */
  private static String ground(AdmissibilityKind kind) {
    return switch (kind) {
      case UFLPA_ENTITY -> "on the UFLPA Entity List";
      case LOCATION_CONFLICT -> "its region and address contradict each other, so it is treated as in the XUAR";
      default -> "in the Xinjiang Uyghur Autonomous Region";
    };
  }
}
