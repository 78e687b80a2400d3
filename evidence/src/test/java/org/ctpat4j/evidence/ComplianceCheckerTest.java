package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.RequirementCatalog;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComplianceCheckerTest {

  static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();

  static ComplianceReport check(Fixture f) {
    return CHECKER.check(f.dossier(), f.risk(), f.anchor);
  }

  static Set<FindingCode> errorCodes(ComplianceReport r) {
    return r.findings().stream().filter(Finding::isError).map(Finding::code).collect(Collectors.toSet());
  }

  @Test
  void check_compliantFixture_isCompliantWithEveryRequirementMet() {
    ComplianceReport r = check(Fixture.compliant());
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.requirements()).extracting(RequirementResult::status).containsOnly(RequirementStatus.MET);
    assertThat(r.requirements()).extracting(RequirementResult::requirement).containsExactly(Requirement.values());
    assertThat(r.findings(Severity.ERROR)).isEmpty();
    assertThat(r.findings())
        .extracting(Finding::code, Finding::severity, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FindingCode.PRODUCT_HIGH_RISK, Severity.WARNING, "product:p1"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.PRODUCT_HIGH_RISK, Severity.WARNING, "product:p2"),
            org.assertj.core.groups.Tuple.tuple(
                FindingCode.REFERENCE_DATA_PARTIAL, Severity.INFO, "reference-data:UFLPA Entity List"));
  }

  // UFLPA presumption (REMEDIATION_PLAN)

  @Test
  void check_listedEntityWithOpenCase_raisesNoPresumptionFinding() {
    Fixture f = Fixture.compliant();
    f.rules.put("f2", "uflpa-entity-list");
    f.cases.set(0, reopened(f.cases.get(0)));
    assertThat(codes(check(f))).doesNotContain(FindingCode.PRESUMPTION_NOT_REMEDIATED);
  }

  @Test
  void check_listedEntityWhoseCaseIsClosed_isPresumptionNotRemediated() {
    Fixture f = Fixture.compliant();
    f.rules.put("f2", "uflpa-entity-list");
    ComplianceReport r = check(f);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
    assertThat(r.findings())
        .filteredOn(x -> x.code() == FindingCode.PRESUMPTION_NOT_REMEDIATED)
        .singleElement()
        .satisfies(x -> {
          assertThat(x.requirement()).isEqualTo(Requirement.REMEDIATION_PLAN);
          assertThat(x.severity()).isEqualTo(Severity.ERROR);
          assertThat(x.subject()).isEqualTo("facility:f2");
          assertThat(x.message()).contains("Sunrise Polysilicon Ltd. (f2)").contains("uflpa-entity-list");
        });
    assertThat(errorCodes(r)).containsExactly(FindingCode.PRESUMPTION_NOT_REMEDIATED);
  }

  @Test
  void check_xinjiangFacilityWithoutOpenCase_isPresumptionNotRemediated() {
    Fixture f = Fixture.compliant();
    f.rules.put("f2", "uflpa-region");
    assertThat(errorCodes(check(f))).containsExactly(FindingCode.PRESUMPTION_NOT_REMEDIATED);
  }

  @Test
  void check_possibleEntityMatchOnly_isNoPresumption() {
    Fixture f = Fixture.compliant();
    f.levels.put("f2", RiskLevel.MEDIUM);
    f.rules.put("f2", "uflpa-entity-list");
    f.cases.clear();
    assertThat(codes(check(f))).doesNotContain(FindingCode.PRESUMPTION_NOT_REMEDIATED);
  }

  @Test
  void check_presumptionBeforeTradeComplianceInForce_isOnlyInfo() {
    Fixture f = Fixture.compliantAt(LocalDate.of(2023, 7, 31));
    f.rules.put("f2", "uflpa-region");
    f.cases.clear();
    ComplianceReport r = check(f);
    assertThat(r.findings())
        .filteredOn(x -> x.code() == FindingCode.PRESUMPTION_NOT_REMEDIATED)
        .extracting(Finding::severity)
        .containsOnly(Severity.INFO);
  }

  @Test
  void check_presumptionAndDetention_comeFromTheSignalsEffectNotItsRuleId() {
    Fixture custom = Fixture.compliant();
    custom.rules.put("f2", "acme-watchlist");
    custom.effects.put("f2", AdmissibilityEffect.presumed(AdmissibilityKind.UFLPA_ENTITY, "remove the facility"));
    ComplianceReport presumed = check(custom);
    assertThat(errorCodes(presumed)).containsExactly(FindingCode.PRESUMPTION_NOT_REMEDIATED);
    assertThat(codes(presumed)).contains(FindingCode.PRODUCT_PRESUMED_FORCED_LABOR);

    custom.effects.put("f2", AdmissibilityEffect.detained("remove the facility"));
    ComplianceReport detained = check(custom);
    assertThat(errorCodes(detained)).containsExactly(FindingCode.WRO_NOT_REMEDIATED);
    assertThat(codes(detained)).contains(FindingCode.PRODUCT_WRO_DETAINED);

    Fixture named = Fixture.compliant();
    named.rules.put("f2", "uflpa-entity-list");
    named.effects.put("f2", AdmissibilityEffect.NONE);
    ComplianceReport none = check(named);
    assertThat(codes(none)).doesNotContain(
        FindingCode.PRESUMPTION_NOT_REMEDIATED, FindingCode.PRODUCT_PRESUMED_FORCED_LABOR,
        FindingCode.WRO_NOT_REMEDIATED, FindingCode.PRODUCT_WRO_DETAINED);
    assertThat(none.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  private static Set<FindingCode> codes(ComplianceReport r) {
    return r.findings().stream().map(Finding::code).collect(Collectors.toSet());
  }

  private static RemediationCase reopened(RemediationCase c) {
    return new RemediationCase(
        c.id(), c.facility(), c.opened(), c.indicators(), c.disclosedToCbp(), c.actions(), null);
  }

  static List<Mutations> mutations() {
    return Mutations.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void check_compliantFixtureMissingOneElement_failsWithExactlyThatCode(Mutations m) {
    Fixture f = Fixture.compliant();
    m.change().accept(f);
    ComplianceReport r = check(f);
    assertThat(errorCodes(r)).as(m.name()).isEqualTo(m.expectedErrors());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
    for (RequirementResult q : r.requirements()) {
      boolean failing = r.findings(q.requirement()).stream().anyMatch(Finding::isError);
      assertThat(q.status()).as(m.name() + " " + q.requirement())
          .isEqualTo(failing ? RequirementStatus.NOT_MET : RequirementStatus.MET);
    }
    for (FindingCode code : m.expectedErrors()) {
      code.requirement().ifPresent(req -> assertThat(r.status(req)).isEqualTo(RequirementStatus.NOT_MET));
    }
    r.findings(Severity.ERROR).forEach(e -> {
      assertThat(e.message()).isNotBlank().doesNotContain("{");
      assertThat(e.fix()).isNotBlank().doesNotContain("{");
    });
  }

  @Test
  void check_highRiskFacilityNotAudited_namesFacilityPathAndFix() {
    Fixture f = Fixture.compliant();
    f.audits.clear();
    Finding finding = check(f).findings(Severity.ERROR).get(0);
    assertThat(finding.requirement()).isEqualTo(Requirement.EVIDENCE_OF_IMPLEMENTATION);
    assertThat(finding.subject()).isEqualTo("facility:f2");
    assertThat(finding.path()).isEqualTo("/facilities/1");
    assertThat(finding.message())
        .isEqualTo("The HIGH-risk facility Sunrise Polysilicon Ltd. (f2) has never been audited, and no remediation"
            + " case is open for it.");
    assertThat(finding.fix()).contains("independent social compliance audit");
  }

  @Test
  void check_evidenceDatedAfterTheDay_doesNotCount() {
    Fixture f = Fixture.compliant();
    f.trainings.set(0, Mutations.training(f.trainings.get(0), f.anchor.plusDays(1)));
    ComplianceReport r = check(f);
    // judged as the dossier stood on the day: the later training did not exist yet
    assertThat(r.findings(Requirement.EVIDENCE_OF_IMPLEMENTATION))
        .extracting(Finding::code, Finding::severity, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FindingCode.EMPLOYEE_TRAINING_MISSING, Severity.ERROR, "/evidence/trainings"));
  }

  @Test
  void check_codeAdoptedBeforeTheDayUploadedAfterIt_isNotUploadedAndItsDateIsFlagged() {
    Fixture f = Fixture.compliant();
    f.coc = Mutations.coc(f.coc, true, true, f.coc.publicUrl(), f.anchor.plusDays(3), f.coc.policies());
    ComplianceReport r = check(f);
    // the code existed on the day, so the cut keeps it with its later upload date
    assertThat(r.findings(Requirement.CODE_OF_CONDUCT))
        .extracting(Finding::code, Finding::severity, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FindingCode.COC_NOT_UPLOADED, Severity.ERROR, "/evidence/codeOfConduct/uploadedToPortal"),
            org.assertj.core.groups.Tuple.tuple(
                FindingCode.DATE_AFTER_AS_OF, Severity.WARNING, "/evidence/codeOfConduct/uploadedToPortal"));
  }

  @Test
  void check_overdueActionOfOpenCase_isWarningAndRequirementStaysMet() {
    Fixture f = Fixture.compliant();
    RemediationCase c = f.cases.get(0);
    f.cases.set(
        0,
        new RemediationCase(
            c.id(), c.facility(), c.opened(), c.indicators(), c.disclosedToCbp(),
            List.of(new RemediationAction("Repay recruitment fees", f.daysBefore(10), RemediationActionStatus.IN_PROGRESS)),
            null));
    ComplianceReport r = check(f);
    assertThat(r.findings(Requirement.REMEDIATION_PLAN))
        .extracting(Finding::code, Finding::severity, Finding::subject, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FindingCode.ACTION_OVERDUE, Severity.WARNING, "case:c1", "/evidence/remediationCases/0/actions/0"));
    assertThat(r.status(Requirement.REMEDIATION_PLAN)).isEqualTo(RequirementStatus.MET);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  void check_unauditedFacilityWithOpenCase_isDeferredNote() {
    Fixture f = Fixture.compliant();
    f.audits.clear();
    RemediationCase c = f.cases.get(0);
    f.cases.set(0, new RemediationCase(c.id(), c.facility(), c.opened(), c.indicators(), c.disclosedToCbp(), c.actions(), null));
    ComplianceReport r = check(f);
    assertThat(r.findings(Requirement.EVIDENCE_OF_IMPLEMENTATION))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.AUDIT_DEFERRED_BY_REMEDIATION, Severity.INFO));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  void check_policyOverride_staleAuditAsWarning() {
    Fixture f = Fixture.compliant();
    f.audits.set(0, Mutations.audit(f.audits.get(0), f.anchor.minusMonths(13), true, false));
    ComplianceChecker lenient =
        ComplianceChecker.newBuilder()
            .policy(CompliancePolicy.newBuilder().severity(FindingCode.AUDIT_STALE, Severity.WARNING).build())
            .build();
    ComplianceReport r = lenient.check(f.dossier(), f.risk(), f.anchor);
    assertThat(r.findings(Requirement.EVIDENCE_OF_IMPLEMENTATION))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.AUDIT_STALE, Severity.WARNING));
    assertThat(r.isCompliant()).isTrue();
  }

  @Test
  void check_policyAuditMaxAge18Months_acceptsThirteenMonthOldAudit() {
    Fixture f = Fixture.compliant();
    f.audits.set(0, Mutations.audit(f.audits.get(0), f.anchor.minusMonths(13), true, false));
    ComplianceChecker checker =
        ComplianceChecker.newBuilder()
            .policy(CompliancePolicy.newBuilder().auditMaxAge(Period.ofMonths(18)).build())
            .build();
    assertThat(checker.check(f.dossier(), f.risk(), f.anchor).isCompliant()).isTrue();
  }

  @Test
  void check_auditExactlyTwelveMonthsOld_isCurrentAndOneDayMoreIsStale() {
    Fixture f = Fixture.compliant();
    f.audits.set(0, Mutations.audit(f.audits.get(0), f.anchor.minusMonths(12), true, false));
    assertThat(errorCodes(check(f))).isEmpty();
    f.audits.set(0, Mutations.audit(f.audits.get(0), f.anchor.minusMonths(12).minusDays(1), true, false));
    assertThat(errorCodes(check(f))).containsExactly(FindingCode.AUDIT_STALE);
  }

  @Test
  void check_auditThresholdMedium_requiresAuditOfMediumFacility() {
    Fixture f = Fixture.compliant();
    ComplianceChecker strict =
        ComplianceChecker.newBuilder()
            .policy(CompliancePolicy.newBuilder().auditThreshold(RiskLevel.MEDIUM).build())
            .build();
    ComplianceReport r = strict.check(f.dossier(), f.risk(), f.anchor);
    assertThat(r.findings(Severity.ERROR))
        .extracting(Finding::code, Finding::subject)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED, "facility:f1"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.SUPPLIER_COMMITMENT_MISSING, "facility:f1"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.SUPPLIER_TRAINING_MISSING, "facility:f1"));
  }

  // Dates

  private static Fixture withMembership(LocalDate anchor, Membership... memberships) {
    Fixture f = Fixture.compliantAt(anchor);
    f.partner = new Partner(f.partner.name(), "US", BusinessEntityType.US_IMPORTER, List.of(memberships));
    return f;
  }

  @Test
  void check_msc39DayBeforeAndDayOfMust_notYetDueThenNotMet() {
    Fixture f =
        withMembership(
            LocalDate.of(2023, 1, 1),
            new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2),
            new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2021, 6, 1), null, null));
    f.scp = null;
    LocalDate before = LocalDate.of(2022, 12, 31);
    ComplianceReport dayBefore = CHECKER.check(f.dossier(), f.risk(before), before);
    assertThat(dayBefore.status(Requirement.SOCIAL_COMPLIANCE_PROGRAM)).isEqualTo(RequirementStatus.NOT_YET_DUE);
    assertThat(dayBefore.requirement(Requirement.SOCIAL_COMPLIANCE_PROGRAM).orElseThrow().inForceFrom())
        .isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(dayBefore.findings(Requirement.SOCIAL_COMPLIANCE_PROGRAM))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.SCP_MISSING, Severity.INFO));
    assertThat(dayBefore.verdict()).isEqualTo(Verdict.COMPLIANT);

    LocalDate day = LocalDate.of(2023, 1, 1);
    ComplianceReport dayOf = CHECKER.check(f.dossier(), f.risk(day), day);
    assertThat(dayOf.status(Requirement.SOCIAL_COMPLIANCE_PROGRAM)).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(errorCodes(dayOf)).containsExactly(FindingCode.SCP_MISSING);
    assertThat(dayOf.status(Requirement.CODE_OF_CONDUCT)).isEqualTo(RequirementStatus.NOT_YET_DUE);
    assertThat(dayOf.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
  }

  @Test
  void check_tradeComplianceDeadline_dayBeforeNotYetDueDayOfNotMet() {
    Fixture f =
        withMembership(
            LocalDate.of(2023, 8, 1),
            new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2),
            new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2021, 6, 1), null, null));
    f.coc = null;
    LocalDate before = LocalDate.of(2023, 7, 31);
    ComplianceReport dayBefore = CHECKER.check(f.dossier(), f.risk(before), before);
    for (Requirement tc : EnumSet.range(Requirement.RISK_BASED_MAPPING, Requirement.SHARED_BEST_PRACTICES)) {
      assertThat(dayBefore.status(tc)).as(tc.name()).isEqualTo(RequirementStatus.NOT_YET_DUE);
    }
    assertThat(dayBefore.findings(Requirement.CODE_OF_CONDUCT))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.COC_MISSING, Severity.INFO));
    assertThat(dayBefore.isCompliant()).isTrue();

    LocalDate day = LocalDate.of(2023, 8, 1);
    ComplianceReport dayOf = CHECKER.check(f.dossier(), f.risk(day), day);
    assertThat(dayOf.status(Requirement.CODE_OF_CONDUCT)).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(dayOf.status(Requirement.RISK_BASED_MAPPING)).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(dayOf.status(Requirement.REMEDIATION_PLAN)).isEqualTo(RequirementStatus.MET);
    assertThat(errorCodes(dayOf)).containsExactlyInAnyOrder(FindingCode.COC_MISSING, FindingCode.MAPPING_COMMITMENT_MISSING);
  }

  @Test
  void check_lateJoiner_notApplicableBeforeJoiningInForceFromJoining() {
    LocalDate joined = LocalDate.of(2024, 3, 1);
    Fixture f =
        withMembership(
            joined,
            new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2),
            new Membership(Program.TRADE_COMPLIANCE, joined, null, null));
    f.plan = null;
    LocalDate before = joined.minusDays(1);
    ComplianceReport dayBefore = CHECKER.check(f.dossier(), f.risk(before), before);
    assertThat(dayBefore.status(Requirement.REMEDIATION_PLAN)).isEqualTo(RequirementStatus.NOT_APPLICABLE);
    assertThat(dayBefore.findings(Requirement.REMEDIATION_PLAN)).isEmpty();
    assertThat(dayBefore.status(Requirement.SOCIAL_COMPLIANCE_PROGRAM)).isEqualTo(RequirementStatus.MET);
    assertThat(dayBefore.isCompliant()).isTrue();

    ComplianceReport dayOf = CHECKER.check(f.dossier(), f.risk(joined), joined);
    assertThat(dayOf.status(Requirement.REMEDIATION_PLAN)).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(dayOf.requirement(Requirement.REMEDIATION_PLAN).orElseThrow().inForceFrom()).isEqualTo(joined);
    assertThat(errorCodes(dayOf)).containsExactly(FindingCode.REMEDIATION_PLAN_MISSING);
  }

  @Test
  void check_carrier_everyRequirementNotApplicableAndNoErrors() {
    Fixture f = Fixture.compliant();
    f.partner =
        new Partner(
            "Acme Lines", "US", BusinessEntityType.SEA_CARRIER,
            List.of(new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2)));
    f.scp = null;
    f.coc = null;
    ComplianceReport r = check(f);
    assertThat(r.requirements()).extracting(RequirementResult::status).containsOnly(RequirementStatus.NOT_APPLICABLE);
    assertThat(r.findings()).extracting(Finding::code).containsOnly(FindingCode.REFERENCE_DATA_PARTIAL);
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
  }

  @Test
  void check_partialReferenceDataRaisedToError_failsMappingOnlyWhereMappingIsInForce() {
    Fixture f = Fixture.compliant();
    CompliancePolicy strict =
        CompliancePolicy.newBuilder().severity(FindingCode.REFERENCE_DATA_PARTIAL, Severity.ERROR).build();
    ComplianceReport inForce = ComplianceChecker.newBuilder().policy(strict).build().check(f.dossier(), f.risk(), f.anchor);
    assertThat(inForce.findings(Requirement.RISK_BASED_MAPPING))
        .extracting(Finding::code, Finding::severity)
        .contains(org.assertj.core.groups.Tuple.tuple(FindingCode.REFERENCE_DATA_PARTIAL, Severity.ERROR));
    assertThat(inForce.status(Requirement.RISK_BASED_MAPPING)).isEqualTo(RequirementStatus.NOT_MET);

    RequirementCatalog withoutMapping =
        RequirementCatalog.of(
            RequirementCatalog.standard().definitions().stream()
                .filter(d -> d.requirement() != Requirement.RISK_BASED_MAPPING)
                .toList());
    ComplianceReport undefined =
        ComplianceChecker.newBuilder().policy(strict).catalog(withoutMapping).build().check(f.dossier(), f.risk(), f.anchor);
    assertThat(undefined.requirement(Requirement.RISK_BASED_MAPPING)).isEmpty();
    assertThat(undefined.findings(Requirement.RISK_BASED_MAPPING))
        .extracting(Finding::code, Finding::severity, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FindingCode.REFERENCE_DATA_PARTIAL, Severity.INFO, "reference-data:UFLPA Entity List"));
    assertThat(undefined.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  // API

  @Test
  void check_withoutAssessor_usesTheStandardRiskEngine() {
    Fixture f = Fixture.compliant();
    ComplianceReport r = ComplianceChecker.newBuilder().build().check(f.dossier(), f.anchor);
    assertThat(ComplianceChecker.newBuilder().build().riskAssessor()).isSameAs(RiskEngine.standard());
    assertThat(r.asOf()).isEqualTo(f.anchor);
    assertThat(r.referenceData()).extracting(ReferenceDataVersion::name).contains("UFLPA Entity List");
  }

  @Test
  void check_withAssessor_usesItsResult() {
    Fixture f = Fixture.compliant();
    ComplianceChecker checker = ComplianceChecker.newBuilder().riskAssessor((d, day) -> f.risk(day)).build();
    assertThat(checker.check(f.dossier(), f.anchor)).isEqualTo(check(f));
    assertThat(checker.check(f.dossier())).isEqualTo(check(f));
  }

  @Test
  void check_dossierAlone_isJudgedOnItsDayWithTheStandardEngineAndRefusedWithoutADay() {
    Dossier d = Fixture.compliant().dossier();
    assertThat(CHECKER.check(d)).isEqualTo(ComplianceChecker.newBuilder().riskAssessor(RiskEngine.standard()).build()
        .check(d, d.asOf()));

    Dossier undated =
        new Dossier(d.format(), null, d.partner(), d.facilities(), d.materials(), d.links(), d.unmappedInputs(),
            d.products(), d.evidence());
    assertThatThrownBy(() -> CHECKER.check(undated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no asOf");
  }

  @Test
  void check_riskOfAnotherDay_throwsIllegalArgument() {
    Fixture f = Fixture.compliant();
    assertThatThrownBy(() -> CHECKER.check(f.dossier(), f.risk(f.anchor.minusDays(1)), f.anchor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assessed as of");
  }

  @Test
  void check_spanish_messagesFromSpanishBundle() {
    Fixture f = Fixture.compliant();
    f.audits.clear();
    ComplianceChecker es = ComplianceChecker.newBuilder().locale(Locale.forLanguageTag("es-MX")).build();
    ComplianceReport r = es.check(f.dossier(), f.risk(), f.anchor);
    Finding finding = r.findings(Severity.ERROR).get(0);
    assertThat(finding.message())
        .isEqualTo("La instalación de riesgo HIGH Sunrise Polysilicon Ltd. (f2) nunca ha sido auditada y no tiene"
            + " ningún caso de remediación abierto.");
    assertThat(finding.fix()).startsWith("Encargue una auditoría independiente");
    assertThat(r.locale()).isEqualTo(Locale.forLanguageTag("es-MX"));
  }

  @Test
  void check_unknownLanguage_fallsBackToEnglishNotJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      Fixture f = Fixture.compliant();
      f.plan = null;
      ComplianceReport r = ComplianceChecker.newBuilder().locale(Locale.GERMAN).build().check(f.dossier(), f.risk(), f.anchor);
      assertThat(r.findings(Severity.ERROR).get(0).message()).isEqualTo("There is no remediation plan.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void check_hostBundle_overridesOneKeyAndKeepsTheRest() {
    java.util.ResourceBundle host =
        new java.util.ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {{"finding.REMEDIATION_PLAN_MISSING.message", "Il n''y a pas de plan de remédiation."}};
          }
        };
    Fixture f = Fixture.compliant();
    f.plan = null;
    ComplianceReport r =
        ComplianceChecker.newBuilder().locale(Locale.FRENCH).messages(host).build().check(f.dossier(), f.risk(), f.anchor);
    Finding finding = r.findings(Severity.ERROR).get(0);
    assertThat(finding.message()).isEqualTo("Il n'y a pas de plan de remédiation.");
    assertThat(finding.fix()).startsWith("Adopt a written plan");
  }

  @Test
  void check_dossierTextWithBraces_isNotInterpretedAsTemplate() {
    Fixture f = Fixture.compliant();
    f.facilities.set(1, new org.ctpat4j.core.dossier.Facility("f2", "Evil {0} '${x}' Ltd.", "CN", null));
    f.audits.clear();
    Finding finding = check(f).findings(Severity.ERROR).get(0);
    assertThat(finding.message()).contains("Evil {0} '${x}' Ltd. (f2)");
  }

  @Test
  void check_findingsAreSortedAndReportIsDeterministic() {
    Fixture f = Fixture.compliant();
    f.audits.clear();
    f.plan = null;
    f.scp = null;
    f.commitments.clear();
    ComplianceReport a = check(f);
    ComplianceReport b = check(f);
    assertThat(a).isEqualTo(b);
    assertThat(a.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(a.findings().get(0).requirement()).isEqualTo(Requirement.SOCIAL_COMPLIANCE_PROGRAM);
  }

  @Test
  void report_verdictContradictingFindings_isRejected() {
    ComplianceReport r = check(Fixture.compliant());
    assertThatThrownBy(
            () -> new ComplianceReport(
                r.asOf(), r.partnerName(), r.locale(), Verdict.NOT_COMPLIANT, r.requirements(), r.findings(), r.risk(),
                r.facilityNames(), r.productNames()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verdict");
  }

  @Test
  void policy_defaults_areDocumentedValues() {
    CompliancePolicy p = CompliancePolicy.defaults();
    assertThat(p.auditMaxAge()).isEqualTo(Period.ofMonths(12));
    assertThat(p.trainingMaxAge()).isEqualTo(Period.ofMonths(12));
    assertThat(p.programReviewCycle()).isEqualTo(Period.ofMonths(12));
    assertThat(p.auditThreshold()).isEqualTo(RiskLevel.HIGH);
    assertThat(p.severityOf(FindingCode.ACTION_OVERDUE)).isEqualTo(Severity.WARNING);
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThatThrownBy(() -> CompliancePolicy.newBuilder().auditMaxAge(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auditMaxAge");
  }

  @Test
  void messages_formatLikeAFreshMessageFormat_fromManyThreadsAtOnce() throws Exception {
    // the messages keep one parsed template per key; used from 8 threads at once, each text must be what a template
    // parsed for that call alone gives
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
      org.ctpat4j.evidence.internal.Messages m = org.ctpat4j.evidence.internal.Messages.of(locale, null);
      List<String> keys = List.of("value.months", "value.days", "finding.SCP_REVIEW_OVERDUE.message",
          "finding.MAPPING_UNMAPPED_INPUT.message");
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          runs.add(pool.submit(() -> {
            for (int i = 0; i < 2_000; i++) {
              String key = keys.get((i + thread) % keys.size());
              Object[] args = {i % 3 == 0 ? 1 : i, "'scp-" + thread + "'", LocalDate.of(2026, 1, 1).plusDays(i)};
              assertThat(m.format(key, args))
                  .isEqualTo(new java.text.MessageFormat(m.template(key), locale).format(args));
            }
          }));
        }
        for (java.util.concurrent.Future<?> run : runs) {
          run.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void findingCode_everyCodeHasEnglishAndSpanishTexts() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
      org.ctpat4j.evidence.internal.Messages m = org.ctpat4j.evidence.internal.Messages.of(locale, null);
      for (FindingCode c : FindingCode.values()) {
        assertThat(m.template(c.messageKey())).as(locale + " " + c).isNotBlank();
        assertThat(m.template(c.fixKey())).as(locale + " " + c).isNotBlank();
      }
    }
  }
}
