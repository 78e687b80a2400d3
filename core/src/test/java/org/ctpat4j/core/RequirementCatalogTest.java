package org.ctpat4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementCatalogTest {

  private static final RequirementCatalog CATALOG = RequirementCatalog.standard();

  private static Partner importer(Membership... memberships) {
    return new Partner("Acme Imports", "US", BusinessEntityType.US_IMPORTER, List.of(memberships));
  }

  @Test
  void msc39_dayBeforeMust_isNotYetDue() {
    Partner p = importer(new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2));
    RequirementApplicability a =
        CATALOG.applicability(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, LocalDate.of(2022, 12, 31));
    assertThat(a.status()).isEqualTo(Applicability.NOT_YET_DUE);
    assertThat(a.inForceFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void msc39_dayOfMust_isInForce() {
    Partner p = importer(new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2));
    assertThat(CATALOG.applicability(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, LocalDate.of(2023, 1, 1)).status())
        .isEqualTo(Applicability.IN_FORCE);
  }

  @Test
  void tradeCompliance_existingMember_graceUntilDeadline() {
    Partner p = importer(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2022, 8, 1), null, null));
    assertThat(CATALOG.applicability(Requirement.CODE_OF_CONDUCT, p, LocalDate.of(2023, 7, 31)).status())
        .isEqualTo(Applicability.NOT_YET_DUE);
    assertThat(CATALOG.applicability(Requirement.CODE_OF_CONDUCT, p, LocalDate.of(2023, 8, 1)).status())
        .isEqualTo(Applicability.IN_FORCE);
  }

  @Test
  void tradeCompliance_joinedAfterAnnouncement_inForceFromJoining() {
    Partner p = importer(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2022, 8, 2), null, null));
    RequirementApplicability a = CATALOG.applicability(Requirement.REMEDIATION_PLAN, p, LocalDate.of(2022, 8, 2));
    assertThat(a.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(a.inForceFrom()).isEqualTo(LocalDate.of(2022, 8, 2));
    assertThat(CATALOG.applicability(Requirement.REMEDIATION_PLAN, p, LocalDate.of(2022, 8, 1)).status())
        .isEqualTo(Applicability.NOT_APPLICABLE);
  }

  @Test
  void tradeCompliance_carrier_isNotApplicable() {
    Partner p =
        new Partner(
            "Acme Lines",
            "US",
            BusinessEntityType.SEA_CARRIER,
            List.of(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2020, 1, 1), null, null)));
    assertThat(CATALOG.applicability(p, LocalDate.of(2026, 1, 1)))
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(Applicability.NOT_APPLICABLE));
  }

  @Test
  void securityOnlyPartner_tradeComplianceRequirementsNotApplicable() {
    Partner p = importer(new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2));
    List<RequirementApplicability> all = CATALOG.applicability(p, LocalDate.of(2026, 1, 1));
    assertThat(all).hasSize(7);
    assertThat(all.subList(1, 7)).allSatisfy(a -> assertThat(a.status()).isEqualTo(Applicability.NOT_APPLICABLE));
  }

  @Test
  void endedMembership_isNotApplicableFromItsEnd() {
    Partner p =
        importer(new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), LocalDate.of(2024, 1, 1), 2));
    assertThat(CATALOG.applicability(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, LocalDate.of(2023, 12, 31)).status())
        .isEqualTo(Applicability.IN_FORCE);
    assertThat(CATALOG.applicability(Requirement.SOCIAL_COMPLIANCE_PROGRAM, p, LocalDate.of(2024, 1, 1)).status())
        .isEqualTo(Applicability.NOT_APPLICABLE);
  }
}
