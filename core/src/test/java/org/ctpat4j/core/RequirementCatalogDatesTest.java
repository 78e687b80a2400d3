package org.ctpat4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every requirement's in-force logic around its dates, with the expectations written out independently of the
 * catalog: MSC 3.9 binds Security members of five entity types from 2023-01-01; the six Trade Compliance requirements
 * bind U.S. importers in Trade Compliance from 2023-08-01 if they joined by the announcement (2022-08-01), else from
 * the day they joined.
 */
class RequirementCatalogDatesTest {

  private static final RequirementCatalog CATALOG = RequirementCatalog.standard();
  private static final LocalDate MSC_MUST = LocalDate.of(2023, 1, 1);
  private static final LocalDate TC_ANNOUNCED = LocalDate.of(2022, 8, 1);
  private static final LocalDate TC_DEADLINE = LocalDate.of(2023, 8, 1);
  private static final Set<BusinessEntityType> MSC_TYPES =
      EnumSet.of(
          BusinessEntityType.US_IMPORTER,
          BusinessEntityType.US_EXPORTER,
          BusinessEntityType.MEXICAN_MANUFACTURER,
          BusinessEntityType.CANADIAN_MANUFACTURER,
          BusinessEntityType.FOREIGN_MANUFACTURER);

  private static Program program(Requirement r) {
    return r == Requirement.SOCIAL_COMPLIANCE_PROGRAM ? Program.SECURITY : Program.TRADE_COMPLIANCE;
  }

  private static Set<BusinessEntityType> coveredTypes(Requirement r) {
    return r == Requirement.SOCIAL_COMPLIANCE_PROGRAM ? MSC_TYPES : EnumSet.of(BusinessEntityType.US_IMPORTER);
  }

  /** The first day a requirement binds a member of its program since {@code since} (oracle, not the catalog). */
  private static LocalDate expectedStart(Requirement r, LocalDate since) {
    if (r == Requirement.SOCIAL_COMPLIANCE_PROGRAM) {
      return MSC_MUST;
    }
    return since.isAfter(TC_ANNOUNCED) ? since : TC_DEADLINE;
  }

  private static Partner partner(BusinessEntityType type, Membership... memberships) {
    return new Partner("Partner", "US", type, List.of(memberships));
  }

  private static Applicability status(Requirement r, Partner p, LocalDate day) {
    return CATALOG.applicability(r, p, day).status();
  }

  static Stream<Arguments> requirementsAndCoveredTypes() {
    List<Arguments> out = new ArrayList<>();
    for (Requirement r : Requirement.values()) {
      for (BusinessEntityType t : coveredTypes(r)) {
        out.add(Arguments.of(r, t));
      }
    }
    return out.stream();
  }

  static Stream<Arguments> requirementsAndUncoveredTypes() {
    List<Arguments> out = new ArrayList<>();
    for (Requirement r : Requirement.values()) {
      for (BusinessEntityType t : EnumSet.complementOf(EnumSet.copyOf(coveredTypes(r)))) {
        out.add(Arguments.of(r, t));
      }
    }
    return out.stream();
  }

  @Test
  void catalog_definesEveryRequirementWithTheExpectedProgramAndTypes() {
    assertThat(CATALOG.definitions()).hasSize(Requirement.values().length);
    for (Requirement r : Requirement.values()) {
      RequirementDefinition d = CATALOG.definition(r);
      assertThat(d.program()).as(r.name()).isEqualTo(program(r));
      assertThat(d.entityTypes()).as(r.name()).isEqualTo(coveredTypes(r));
      assertThat(d.source().document()).as(r.name()).isNotBlank();
      assertThat(r.definition()).isSameAs(d);
    }
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("requirementsAndCoveredTypes")
  void longStandingMember_dayBeforeIsNotYetDue_dayOfIsInForce(Requirement r, BusinessEntityType type) {
    LocalDate since = LocalDate.of(2019, 4, 1);
    Partner p = partner(type, new Membership(program(r), since, null, 2));
    LocalDate start = expectedStart(r, since);
    RequirementApplicability before = CATALOG.applicability(r, p, start.minusDays(1));
    assertThat(before.status()).isEqualTo(Applicability.NOT_YET_DUE);
    assertThat(before.inForceFrom()).isEqualTo(start);
    assertThat(before.effectiveFrom()).contains(start);
    RequirementApplicability dayOf = CATALOG.applicability(r, p, start);
    assertThat(dayOf.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(dayOf.inForceFrom()).isEqualTo(start);
    assertThat(status(r, p, LocalDate.of(2030, 1, 1))).isEqualTo(Applicability.IN_FORCE);
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("requirementsAndCoveredTypes")
  void newMember_notApplicableTheDayBeforeJoining_inForceFromTheRightDay(Requirement r, BusinessEntityType type) {
    LocalDate since = LocalDate.of(2024, 3, 1);
    Partner p = partner(type, new Membership(program(r), since, null, 1));
    assertThat(status(r, p, since.minusDays(1))).isEqualTo(Applicability.NOT_APPLICABLE);
    RequirementApplicability dayOf = CATALOG.applicability(r, p, since);
    assertThat(dayOf.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(dayOf.inForceFrom()).isEqualTo(expectedStart(r, since));
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("requirementsAndUncoveredTypes")
  void entityTypeNotCovered_isNeverApplicable(Requirement r, BusinessEntityType type) {
    Partner p =
        partner(
            type,
            new Membership(Program.SECURITY, LocalDate.of(2015, 1, 1), null, 3),
            new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2015, 1, 1), null, null));
    for (LocalDate day : List.of(LocalDate.of(2022, 12, 31), MSC_MUST, TC_DEADLINE, LocalDate.of(2030, 1, 1))) {
      RequirementApplicability a = CATALOG.applicability(r, p, day);
      assertThat(a.status()).as("%s on %s", r, day).isEqualTo(Applicability.NOT_APPLICABLE);
      assertThat(a.effectiveFrom()).isEmpty();
      assertThat(a.reason()).contains(type.name());
    }
  }

  @ParameterizedTest
  @EnumSource(Requirement.class)
  void partnerWithoutTheProgram_isNotApplicable(Requirement r) {
    Program other = program(r) == Program.SECURITY ? Program.TRADE_COMPLIANCE : Program.SECURITY;
    Partner onlyOther = partner(BusinessEntityType.US_IMPORTER, new Membership(other, LocalDate.of(2015, 1, 1), null, 2));
    Partner none = partner(BusinessEntityType.US_IMPORTER);
    for (LocalDate day : List.of(MSC_MUST, TC_DEADLINE, LocalDate.of(2030, 1, 1))) {
      assertThat(status(r, none, day)).as("%s on %s", r, day).isEqualTo(Applicability.NOT_APPLICABLE);
      if (program(r) == Program.SECURITY) {
        // Trade Compliance presupposes Security: a Trade Compliance member is held to the Security criteria
        assertThat(status(r, onlyOther, day)).as("%s on %s", r, day).isEqualTo(Applicability.IN_FORCE);
        assertThat(CATALOG.applicability(r, onlyOther, day).reason()).contains("requires CTPAT Security membership");
      } else {
        assertThat(status(r, onlyOther, day)).as("%s on %s", r, day).isEqualTo(Applicability.NOT_APPLICABLE);
      }
    }
    if (program(r) == Program.TRADE_COMPLIANCE) {
      assertThat(CATALOG.applicability(r, onlyOther, TC_DEADLINE).reason()).contains(program(r).name());
    }
  }

  @ParameterizedTest
  @EnumSource(Requirement.class)
  void membershipEnded_inForceTheDayBefore_notApplicableFromTheEnd(Requirement r) {
    LocalDate end = LocalDate.of(2025, 6, 30);
    Partner p =
        partner(BusinessEntityType.US_IMPORTER, new Membership(program(r), LocalDate.of(2019, 4, 1), end, 2));
    assertThat(status(r, p, end.minusDays(1))).isEqualTo(Applicability.IN_FORCE);
    assertThat(status(r, p, end)).isEqualTo(Applicability.NOT_APPLICABLE);
    assertThat(status(r, p, end.plusYears(1))).isEqualTo(Applicability.NOT_APPLICABLE);
  }

  @Test
  void tradeCompliance_graceBoundary_joinedOnAnnouncementGetsTheGracePeriod() {
    for (Requirement r : EnumSet.range(Requirement.RISK_BASED_MAPPING, Requirement.SHARED_BEST_PRACTICES)) {
      Partner onTheDay =
          partner(BusinessEntityType.US_IMPORTER, new Membership(Program.TRADE_COMPLIANCE, TC_ANNOUNCED, null, null));
      assertThat(CATALOG.applicability(r, onTheDay, TC_ANNOUNCED).status()).isEqualTo(Applicability.NOT_YET_DUE);
      assertThat(CATALOG.applicability(r, onTheDay, TC_ANNOUNCED).inForceFrom()).isEqualTo(TC_DEADLINE);
      Partner dayAfter =
          partner(
              BusinessEntityType.US_IMPORTER,
              new Membership(Program.TRADE_COMPLIANCE, TC_ANNOUNCED.plusDays(1), null, null));
      assertThat(CATALOG.applicability(r, dayAfter, TC_ANNOUNCED.plusDays(1)).status())
          .isEqualTo(Applicability.IN_FORCE);
    }
  }

  @Test
  void rejoinedMember_usesTheCurrentMembershipsStart() {
    // left Trade Compliance before the announcement, rejoined after it: in force from the day of rejoining
    Partner p =
        partner(
            BusinessEntityType.US_IMPORTER,
            new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), null),
            new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2022, 9, 1), null, null));
    RequirementApplicability a =
        CATALOG.applicability(Requirement.CODE_OF_CONDUCT, p, LocalDate.of(2022, 9, 1));
    assertThat(a.status()).isEqualTo(Applicability.IN_FORCE);
    assertThat(a.inForceFrom()).isEqualTo(LocalDate.of(2022, 9, 1));
  }
}
