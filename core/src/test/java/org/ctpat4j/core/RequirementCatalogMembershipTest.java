package org.ctpat4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applicants, suspended and removed members, and Trade Compliance without Security, as the catalog sees them. */
class RequirementCatalogMembershipTest {

  private static final RequirementCatalog CATALOG = RequirementCatalog.standard();

  private static Partner importer(Membership... memberships) {
    return new Partner("Cascade Outdoor Supply Co.", "US", BusinessEntityType.US_IMPORTER, List.of(memberships));
  }

  private static RequirementApplicability on(Requirement r, Partner p, String day) {
    return CATALOG.applicability(r, p, LocalDate.parse(day));
  }

  @Test
  void applicant_isBoundFromTheDayItApplied_withoutGracePeriod() {
    Partner p =
        importer(
            new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2),
            Membership.applicant(Program.TRADE_COMPLIANCE, LocalDate.of(2026, 3, 2)));
    assertThat(on(Requirement.CODE_OF_CONDUCT, p, "2026-03-01").status()).isEqualTo(Applicability.NOT_APPLICABLE);
    RequirementApplicability a = on(Requirement.CODE_OF_CONDUCT, p, "2026-03-02");
    assertThat(a.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(a.effectiveFrom()).contains(LocalDate.of(2026, 3, 2));
    assertThat(a.reason()).contains("applicant since 2026-03-02");
  }

  @Test
  void applicant_isNotAMemberInGoodStanding() {
    Membership m = Membership.applicant(Program.TRADE_COMPLIANCE, LocalDate.of(2026, 3, 2));
    assertThat(m.bindsOn(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(m.isActiveOn(LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(importer(m).membershipOn(Program.TRADE_COMPLIANCE, LocalDate.of(2026, 6, 1))).isEmpty();
    assertThat(importer(m).bindingMembershipOn(Program.TRADE_COMPLIANCE, LocalDate.of(2026, 6, 1))).contains(m);
  }

  @Test
  void suspendedMember_staysBound_andTheReasonSaysSo() {
    Membership suspended =
        new Membership(
            Program.SECURITY,
            LocalDate.of(2018, 5, 1),
            null,
            2,
            MembershipStatus.SUSPENDED,
            null,
            LocalDate.of(2026, 9, 15));
    Partner p = importer(suspended);
    RequirementApplicability a = on(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, "2026-11-01");
    assertThat(a.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(a.reason()).contains("suspended").contains("obligations continue");
    assertThat(suspended.isActiveOn(LocalDate.of(2026, 11, 1))).isFalse();
    // before the suspension took effect the member was in good standing
    assertThat(suspended.statusOn(LocalDate.of(2026, 9, 14))).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(suspended.isActiveOn(LocalDate.of(2026, 9, 14))).isTrue();
    assertThat(on(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, "2026-09-14").reason()).doesNotContain("suspended");
  }

  @Test
  void removedMember_staysBoundForThePeriodJudged() {
    Membership removed =
        new Membership(
            Program.TRADE_COMPLIANCE, LocalDate.of(2021, 1, 4), null, null, MembershipStatus.REMOVED, null, null);
    Partner p = importer(new Membership(Program.SECURITY, LocalDate.of(2017, 1, 1), null, 3), removed);
    RequirementApplicability a = on(Requirement.REMEDIATION_PLAN, p, "2026-11-01");
    assertThat(a.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(a.reason()).contains("removed");
  }

  @Test
  void tradeComplianceWithoutSecurity_isHeldToTheSecurityCriteria() {
    Partner p = importer(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2024, 2, 1), null, null));
    RequirementApplicability a = on(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, "2026-11-01");
    assertThat(a.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(a.reason()).contains("requires CTPAT Security membership");
    // the six Trade Compliance requirements bind it as usual
    assertThat(on(Requirement.RISK_BASED_MAPPING, p, "2026-11-01").status()).isEqualTo(Applicability.IN_FORCE);
  }

  @Test
  void memberThatEnded_isNoLongerBound() {
    Partner p = importer(new Membership(Program.SECURITY, LocalDate.of(2015, 1, 1), LocalDate.of(2024, 1, 1), 2));
    assertThat(on(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, "2023-12-31").status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(on(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, "2024-01-01").status())
        .isEqualTo(Applicability.NOT_APPLICABLE);
  }
}
