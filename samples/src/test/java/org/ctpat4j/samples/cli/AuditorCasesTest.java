package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.testkit.builders.Dossiers.audit;
import static org.ctpat4j.testkit.builders.Dossiers.codeOfConduct;
import static org.ctpat4j.testkit.builders.Dossiers.commitment;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossier;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossierWithHighRiskSupplier;
import static org.ctpat4j.testkit.builders.Dossiers.document;
import static org.ctpat4j.testkit.builders.Dossiers.link;
import static org.ctpat4j.testkit.builders.Dossiers.remediationCase;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.MembershipStatus;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.AuditType;
import org.ctpat4j.core.dossier.CodeOfConductVersion;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.testkit.builders.DossierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's cases (issue #12): each way in which ctpat4j used to accept what a CTPAT validator or a CBP reviewer
 * would not, run end to end through {@code ctpat4j assess --format json} on a dossier written as a compliance officer
 * would, asserting the finding codes, the requirement statuses, the verdict and the exit code.
 *
 * <p>The base is the testkit's fully evidenced importer (Northwind Home Furnishings: maple chairs made in Nuevo Leon,
 * tables in the Black Forest), COMPLIANT and CLEAR on its own; the high-risk variant buys logs from a sawmill in Para,
 * Brazil (f5), audited four months before the day.
 */
class AuditorCasesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @TempDir Path temp;

  private Assessed assess(Dossier dossier, String... options) {
    return Assessed.assess(temp, dossier, options);
  }

  // Memberships

  @Test
  void baseline_isCompliant() {
    Assessed run = assess(compliantDossierWithHighRiskSupplier().build());
    assertThat(run.verdict()).as(run.codes().toString()).isEqualTo("COMPLIANT");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void tradeComplianceWithoutSecurity_isAnError_andHeldToMsc39() {
    Assessed run = assess(compliantDossier().partner(p -> p.withoutMembership(Program.SECURITY)).build());

    assertThat(run.codes("partner")).contains("TRADE_COMPLIANCE_WITHOUT_SECURITY ERROR");
    assertThat(run.status("SOCIAL_COMPLIANCE_PROGRAM")).isEqualTo("NOT_MET");
    assertThat(run.verdict()).isEqualTo("NOT_COMPLIANT");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void applicant_isBoundFromTheDayItApplied() {
    DossierBuilder applicant =
        compliantDossier()
            .partner(p -> p.withoutMembership(Program.TRADE_COMPLIANCE)
                .membership(Membership.applicant(Program.TRADE_COMPLIANCE, LocalDate.of(2026, 6, 15))))
            .withoutCodeOfConduct()
            .withoutCommitments();

    Assessed run = assess(applicant.build());

    assertThat(run.status("CODE_OF_CONDUCT")).isEqualTo("NOT_MET");
    assertThat(run.codes()).contains("COC_MISSING ERROR");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);

    Assessed before = assess(applicant.build(), "--as-of", "2026-06-14");
    assertThat(before.status("CODE_OF_CONDUCT")).isEqualTo("NOT_APPLICABLE");
  }

  @Test
  void suspendedSecurityMember_isReported_andStillJudged() {
    Dossier d =
        compliantDossier()
            .partner(p -> p.withoutMembership(Program.SECURITY)
                .membership(new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2,
                    MembershipStatus.SUSPENDED, null, LocalDate.of(2026, 9, 15))))
            .build();

    Assessed run = assess(d);

    assertThat(run.codes("partner"))
        .contains("MEMBERSHIP_SUSPENDED WARNING", "TRADE_COMPLIANCE_WITHOUT_SECURITY ERROR");
    assertThat(run.status("SOCIAL_COMPLIANCE_PROGRAM")).isEqualTo("NOT_MET");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);

    Assessed beforeSuspension = assess(d, "--as-of", "2026-09-14");
    assertThat(beforeSuspension.codes("partner"))
        .doesNotContain("MEMBERSHIP_SUSPENDED WARNING", "TRADE_COMPLIANCE_WITHOUT_SECURITY ERROR");
  }

  // Remediation

  /** The sawmill in Para: its audit records passports kept by the employer; a case was opened and closed. */
  private static DossierBuilder sawmillWithClosedCase(String verification) {
    return compliantDossierWithHighRiskSupplier()
        .withoutAudit("a3")
        .audit(audit("a3", "f5").date(LocalDate.of(2026, 7, 2)).scheme("SMETA 4-pillar")
            .finding(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, AuditFindingSeverity.CRITICAL,
                AuditFindingStatus.OPEN))
        .remediationCase(remediationCase("c-f5", "f5").opened(LocalDate.of(2026, 7, 6))
            .indicators(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS)
            .disclosedToCbp(LocalDate.of(2026, 7, 10))
            .action("Return passports to all 38 workers", LocalDate.of(2026, 7, 20), RemediationActionStatus.DONE)
            .closed(LocalDate.of(2026, 8, 1))
            .verification(verification))
        .document(document("doc-verify-f5").title("Follow-up verification visit, Madeireira Rio Tapajos, 2026-07-30"));
  }

  @Test
  void caseClosedWithoutVerification_doesNotCoverTheCriticalFinding() {
    Assessed run = assess(sawmillWithClosedCase(null).build());

    assertThat(run.codes("case:c-f5")).contains("REMEDIATION_NOT_VERIFIED ERROR");
    assertThat(run.codes()).contains("CRITICAL_FINDING_UNREMEDIATED ERROR");
    assertThat(run.status("REMEDIATION_PLAN")).isEqualTo("NOT_MET");
    assertThat(run.status("EVIDENCE_OF_IMPLEMENTATION")).isEqualTo("NOT_MET");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void caseClosedWithAVerificationReport_coversIt() {
    Assessed run = assess(sawmillWithClosedCase("doc-verify-f5").build());

    assertThat(run.codes()).doesNotContain("REMEDIATION_NOT_VERIFIED ERROR", "CRITICAL_FINDING_UNREMEDIATED ERROR");
    assertThat(run.verdict()).as(run.codes().toString()).isEqualTo("COMPLIANT");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void caseClosedAndALaterAuditRecordingTheIndicatorClosed_isVerified() {
    Dossier d =
        sawmillWithClosedCase(null)
            .audit(audit("a4", "f5").date(LocalDate.of(2026, 9, 20)).scheme("SMETA 4-pillar, follow-up")
                .finding(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, AuditFindingSeverity.CRITICAL,
                    AuditFindingStatus.CLOSED))
            .build();

    Assessed run = assess(d);

    assertThat(run.codes()).doesNotContain("REMEDIATION_NOT_VERIFIED ERROR", "CRITICAL_FINDING_UNREMEDIATED ERROR");
    assertThat(run.code()).as(run.codes().toString()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void majorDebtBondageFinding_needsARemediationCase() {
    Dossier d =
        compliantDossierWithHighRiskSupplier()
            .withoutAudit("a3")
            .audit(audit("a3", "f5").date(LocalDate.of(2026, 8, 12)).scheme("amfori BSCI")
                .finding(ForcedLaborIndicator.DEBT_BONDAGE, AuditFindingSeverity.MAJOR, AuditFindingStatus.OPEN))
            .build();

    Assessed run = assess(d);

    JsonNode f = run.finding("CRITICAL_FINDING_UNREMEDIATED");
    assertThat(f.path("severity").asText()).isEqualTo("ERROR");
    assertThat(f.path("message").asText()).contains("MAJOR", "DEBT_BONDAGE");
    assertThat(run.status("EVIDENCE_OF_IMPLEMENTATION")).isEqualTo("NOT_MET");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  private static DossierBuilder sawmillWithOpenCaseActionDue(LocalDate due) {
    return compliantDossierWithHighRiskSupplier()
        .remediationCase(remediationCase("c-f5", "f5").opened(LocalDate.of(2026, 4, 2))
            .indicators(ForcedLaborIndicator.EXCESSIVE_OVERTIME)
            .disclosedToCbp(LocalDate.of(2026, 4, 8))
            .action("Install biometric time recording and cap weekly hours at 60", due,
                RemediationActionStatus.IN_PROGRESS));
  }

  @Test
  void actionFiveMonthsOverdue_failsTheRemediationPlan() {
    Assessed run = assess(sawmillWithOpenCaseActionDue(LocalDate.of(2026, 6, 1)).build());

    assertThat(run.codes("case:c-f5")).contains("ACTION_LONG_OVERDUE ERROR").doesNotContain("ACTION_OVERDUE WARNING");
    assertThat(run.status("REMEDIATION_PLAN")).isEqualTo("NOT_MET");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void actionOneMonthOverdue_isAWarning() {
    Assessed run = assess(sawmillWithOpenCaseActionDue(LocalDate.of(2026, 10, 1)).build());

    assertThat(run.codes("case:c-f5")).contains("ACTION_OVERDUE WARNING").doesNotContain("ACTION_LONG_OVERDUE ERROR");
    assertThat(run.status("REMEDIATION_PLAN")).isEqualTo("MET");
  }

  // Audits

  @Test
  void supplierSelfAssessment_isNotTheAuditOfAHighRiskFacility() {
    Dossier d =
        compliantDossierWithHighRiskSupplier()
            .withoutAudit("a3")
            .audit(audit("a3", "f5").scheme("Supplier self-assessment questionnaire").type(AuditType.SELF_ASSESSMENT))
            .build();

    Assessed run = assess(d);

    JsonNode f = run.finding("AUDIT_NOT_INDEPENDENT");
    assertThat(f.path("severity").asText()).isEqualTo("ERROR");
    assertThat(f.path("message").asText()).contains("SELF_ASSESSMENT");
    assertThat(run.status("EVIDENCE_OF_IMPLEMENTATION")).isEqualTo("NOT_MET");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void secondPartyVisit_isNotIndependentEither() {
    Dossier d =
        compliantDossierWithHighRiskSupplier()
            .withoutAudit("a3")
            .audit(audit("a3", "f5").scheme("Buying-office social visit").type(AuditType.SECOND_PARTY))
            .build();

    assertThat(assess(d).codes()).contains("AUDIT_NOT_INDEPENDENT ERROR");
  }

  @Test
  void announcedAudit_isAWarning() {
    Dossier d =
        compliantDossierWithHighRiskSupplier().withoutAudit("a3").audit(audit("a3", "f5").announced(true)).build();

    Assessed run = assess(d);

    assertThat(run.codes()).contains("AUDIT_ANNOUNCED WARNING");
    assertThat(run.status("EVIDENCE_OF_IMPLEMENTATION")).isEqualTo("MET");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
  }

  // History

  /** Code of conduct 4.0 adopted 2026-09-01 replaced 3.1; the suppliers acknowledged 3.1 in the spring. */
  private static Dossier codeRevisedInSeptember() {
    return compliantDossier()
        .codeOfConduct(codeOfConduct().version("4.0").adopted(LocalDate.of(2026, 9, 1))
            .uploadedToPortal(LocalDate.of(2026, 9, 8))
            .earlierVersion(new CodeOfConductVersion("3.1", LocalDate.of(2025, 3, 1), "doc-coc-3-1", true, true,
                LocalDate.of(2025, 3, 10))))
        .document(document("doc-coc-3-1").title("Supplier Code of Conduct v3.1"))
        .withoutCommitments()
        .commitment(commitment("f1").codeOfConductVersion("3.1").acknowledged(LocalDate.of(2026, 4, 2)))
        .commitment(commitment("f2").codeOfConductVersion("3.1").acknowledged(LocalDate.of(2026, 4, 9)))
        .build();
  }

  @Test
  void today_commitmentsToTheOldVersionAreOutdated() {
    Assessed run = assess(codeRevisedInSeptember());

    assertThat(run.codes()).contains("COMMITMENT_OUTDATED_VERSION ERROR");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void inThePast_theCodeInForceThenIsTheOneJudged() {
    Assessed run = assess(codeRevisedInSeptember(), "--as-of", "2026-06-30");

    assertThat(run.err()).isEmpty();
    assertThat(run.codes()).doesNotContain("COMMITMENT_OUTDATED_VERSION ERROR", "DATE_AFTER_AS_OF WARNING");
    assertThat(run.status("CODE_OF_CONDUCT")).isEqualTo("MET");
    assertThat(run.status("DUE_DILIGENCE_AND_TRAINING")).isEqualTo("MET");
  }

  @Test
  void inThePast_theReviewsHeldThenAreTheOnesJudged() {
    Dossier d =
        compliantDossier()
            .socialComplianceProgram(p -> p.adopted(LocalDate.of(2022, 2, 1)).lastReviewed(LocalDate.of(2026, 10, 20))
                .review(LocalDate.of(2023, 1, 10)).review(LocalDate.of(2024, 1, 15)))
            .build();

    assertThat(assess(d).codes()).doesNotContain("SCP_REVIEW_OVERDUE ERROR");
    // on 2025-06-30 the last review had been held on 2024-01-15, more than twelve months before
    Assessed past = assess(d, "--as-of", "2025-06-30");
    JsonNode f = past.finding("SCP_REVIEW_OVERDUE");
    assertThat(f.path("message").asText()).contains("2024-01-15");
  }

  @Test
  void documentIssuedAfterTheDay_doesNotCount() {
    Dossier d =
        compliantDossier()
            .document(document("doc-code-of-conduct").title("Supplier Code of Conduct v3.1")
                .issued(LocalDate.of(2026, 10, 1)))
            .build();

    Assessed past = assess(d, "--as-of", "2026-09-01");

    assertThat(past.codes()).contains("BROKEN_REFERENCE ERROR");
    assertThat(assess(d).codes()).doesNotContain("BROKEN_REFERENCE ERROR");
  }

  // Conflicting data

  @Test
  void sharesOfOneMaterialIntoOneFacilityAbove1_areRefusedWithTheirPath() {
    Dossier d =
        compliantDossier()
            .facility(org.ctpat4j.testkit.builders.Dossiers.facility("f7").name("Erie Maple Sawmill Inc.")
                .country("US").region("US-PA").address("12 Mill Street, Corry, PA"))
            .link(link("f5", "f7", "m1").share(1.0).document("doc-po-f5-f3"))
            .link(link("f7", "f3", "m1").share(0.5).document("doc-po-f5-f3"))
            .build();

    Assessed run = assess(d);

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("/links/7/share", "add up to 1.500", "(/links/0, /links/7)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void duplicateLink_isRefusedNamingTheFirst() {
    Dossier d = compliantDossier().link(link("f4", "f1", "m3").share(null).document("doc-po-f4-f1")).build();

    Assessed run = assess(d);

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("/links/6: the same link as /links/3");
  }

  @Test
  void twoFacilitiesWithOneLei_areAWarningNamingBoth() {
    Dossier built = compliantDossier().build();
    String lei = built.facilities().get(0).identifiers().lei();
    Dossier d =
        compliantDossier()
            .facility("f2", f -> f.identifiers(new Identifiers(null, lei, null, null)))
            .build();

    Assessed run = assess(d);

    JsonNode f = run.finding("FACILITY_IDENTIFIER_SHARED");
    assertThat(f.path("severity").asText()).isEqualTo("WARNING");
    assertThat(f.path("message").asText()).contains("Muebles del Norte", "Schwarzwald Moebelwerk", lei);
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void addressInAnotherCountry_isAWarningNamingBothPlaces() {
    Dossier d =
        compliantDossier()
            .facility("f2", f -> f.address("14 Rue du Rhin, 67100 Strasbourg, France"))
            .build();

    Assessed run = assess(d);

    JsonNode f = run.finding("FACILITY_ADDRESS_COUNTRY_MISMATCH");
    assertThat(f.path("severity").asText()).isEqualTo("WARNING");
    assertThat(f.path("message").asText()).contains("FR", "Strasbourg", "DE, DE-BW");
  }

  // Risk: audits, mapping, ILAB, TIP

  @Test
  void closureAuditRecordingTheFindingClosed_bringsTheFacilityDown() {
    DossierBuilder open =
        compliantDossier()
            .withoutAudit("a2")
            .audit(audit("a2", "f2").date(LocalDate.of(2026, 3, 4)).scheme("amfori BSCI")
                .finding(ForcedLaborIndicator.EXCESSIVE_OVERTIME, AuditFindingSeverity.CRITICAL,
                    AuditFindingStatus.OPEN))
            .remediationCase(remediationCase("c-f2", "f2").opened(LocalDate.of(2026, 3, 10))
                .indicators(ForcedLaborIndicator.EXCESSIVE_OVERTIME).disclosedToCbp(LocalDate.of(2026, 3, 20))
                .action("Cap weekly hours at 60 and pay overtime at the legal rate", LocalDate.of(2026, 5, 1),
                    RemediationActionStatus.DONE)
                .closed(LocalDate.of(2026, 6, 30)));
    Assessed before = assess(open.build());
    assertThat(before.levelOf("f2")).isEqualTo("HIGH");

    Assessed after =
        assess(open.audit(audit("a2b", "f2").date(LocalDate.of(2026, 6, 25)).scheme("amfori BSCI, follow-up")
            .finding(ForcedLaborIndicator.EXCESSIVE_OVERTIME, AuditFindingSeverity.CRITICAL,
                AuditFindingStatus.CLOSED)).build());

    assertThat(after.levelOf("f2")).isNotEqualTo("HIGH");
    assertThat(after.rulesOf("f2")).doesNotContain("audit-indicators");
    assertThat(after.codes()).doesNotContain("REMEDIATION_NOT_VERIFIED ERROR", "CRITICAL_FINDING_UNREMEDIATED ERROR");
    assertThat(after.code()).as(after.codes().toString()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void supplierWithNoSuppliersAndNothingDeclared_isASilentGap() {
    Assessed run = assess(compliantDossier().build());

    // the lacquer maker and the carton maker buy inputs the dossier does not map and does not declare
    assertThat(run.codes("facility:f4")).contains("MAPPING_SILENT_GAP WARNING");
    assertThat(run.codes("facility:f6")).contains("MAPPING_SILENT_GAP WARNING");
    // the logging company is an origin (HS 4403, wood in the rough)
    assertThat(run.codes("facility:f5")).doesNotContain("MAPPING_SILENT_GAP WARNING");
    assertThat(run.report().path("mapping").path("silentGaps")).extracting(JsonNode::asText)
        .containsExactly("f4", "f6");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void highRiskMaterialLeftUnmappedSilently_failsTheMapping() {
    Dossier d =
        compliantDossier()
            .facility(org.ctpat4j.testkit.builders.Dossiers.facility("f-yarn").name("Faisalabad Cotton Spinning Mills Ltd.")
                .country("PK").region("PK-PB").address("Sargodha Road, Faisalabad, Punjab"))
            .material("m-yarn", "Cotton yarn for seat webbing", "5205.12")
            .link(link("f-yarn", "f1", "m-yarn").share(1.0).document("doc-po-f5-f3"))
            .build();

    Assessed run = assess(d);

    assertThat(run.codes("facility:f-yarn")).contains("MAPPING_SILENT_GAP WARNING");
    JsonNode f = run.finding("MAPPING_HIGH_RISK_INCOMPLETE");
    assertThat(f.path("severity").asText()).isEqualTo("ERROR");
    assertThat(f.path("message").asText()).contains("Cotton yarn for seat webbing (m-yarn");
    assertThat(run.status("RISK_BASED_MAPPING")).isEqualTo("NOT_MET");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void cottonBedSheetMill_isNotTakenForACottonGrower() {
    Dossier d =
        compliantDossier()
            .facility(org.ctpat4j.testkit.builders.Dossiers.facility("f-sheets").name("Lahore Home Textile Mills (Pvt.) Ltd.")
                .country("PK").region("PK-PB").address("Sundar Industrial Estate, Lahore"))
            .material("m-sheets", "Cotton bed sheets", "6302.31")
            .link(link("f-sheets", "f1", "m-sheets").share(1.0).document("doc-po-f5-f3"))
            .unmappedInput("f-sheets", "m-sheets", "the mill has not named its yarn suppliers")
            .build();

    Assessed run = assess(d);

    assertThat(run.rulesOf("f-sheets")).doesNotContain("ilab-goods");
    assertThat(run.levelOf("f-sheets")).isNotEqualTo("HIGH");
    assertThat(run.codes("facility:f-sheets")).doesNotContain("HIGH_RISK_FACILITY_NOT_AUDITED ERROR");
  }

  @Test
  void tipReportOfTheYearNotInTheData_isSaidInTheReport() {
    Assessed run = assess(compliantDossier().build());

    JsonNode note = run.finding("REFERENCE_DATA_NOTE");
    assertThat(note.path("severity").asText()).isEqualTo("INFO");
    assertThat(note.path("message").asText()).contains("TIP", "2026", "2025");
    assertThat(run.report().path("referenceDataNotes")).isNotEmpty();
  }
}
