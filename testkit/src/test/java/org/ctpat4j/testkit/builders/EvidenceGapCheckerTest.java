package org.ctpat4j.testkit.builders;

import static org.ctpat4j.evidence.FindingCode.AUDIT_REDACTED;
import static org.ctpat4j.evidence.FindingCode.BEST_PRACTICE_NOT_SHARED;
import static org.ctpat4j.evidence.FindingCode.COC_MISSING;
import static org.ctpat4j.evidence.FindingCode.COC_NOT_PUBLIC;
import static org.ctpat4j.evidence.FindingCode.COC_NOT_UPLOADED;
import static org.ctpat4j.evidence.FindingCode.COC_NO_FORCED_LABOR_PROHIBITION;
import static org.ctpat4j.evidence.FindingCode.COC_NO_MAPPING_COMMITMENT;
import static org.ctpat4j.evidence.FindingCode.COMMITMENT_OUTDATED_VERSION;
import static org.ctpat4j.evidence.FindingCode.DOCUMENT_MISSING;
import static org.ctpat4j.evidence.FindingCode.EMPLOYEE_TRAINING_MISSING;
import static org.ctpat4j.evidence.FindingCode.EMPLOYEE_TRAINING_STALE;
import static org.ctpat4j.evidence.FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED;
import static org.ctpat4j.evidence.FindingCode.IMPROVEMENT_PLAN_MISSING;
import static org.ctpat4j.evidence.FindingCode.MAPPING_REDACTED;
import static org.ctpat4j.evidence.FindingCode.REMEDIATION_PLAN_MISSING;
import static org.ctpat4j.evidence.FindingCode.REMEDIATION_PLAN_NO_CBP_DISCLOSURE;
import static org.ctpat4j.evidence.FindingCode.RISK_ASSESSMENT_MISSING;
import static org.ctpat4j.evidence.FindingCode.RISK_ASSESSMENT_NO_FORCED_LABOR;
import static org.ctpat4j.evidence.FindingCode.RISK_ASSESSMENT_STALE;
import static org.ctpat4j.evidence.FindingCode.SCP_MISSING;
import static org.ctpat4j.evidence.FindingCode.SCP_REVIEW_OVERDUE;
import static org.ctpat4j.evidence.FindingCode.SUPPLIER_COMMITMENT_MISSING;
import static org.ctpat4j.evidence.FindingCode.SUPPLIER_TRAINING_MISSING;
import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossier;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossierWithHighRiskSupplier;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.validation.DossierValidator;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.risk.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the builders on the real library: the compliant fixtures pass core's validator and the real checker, and
 * each {@link EvidenceGap} alone raises exactly the ERROR codes its documentation names.
 */
class EvidenceGapCheckerTest {

  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();
  private static final DossierValidator VALIDATOR = DossierValidator.standard();

  /** What each gap raises on {@link Dossiers#compliantDossier()}, where no facility is high-risk. */
  private static final Map<EvidenceGap, Set<FindingCode>> ON_CLEAN_CHAIN = new EnumMap<>(EvidenceGap.class);

  /** What each gap raises on {@link Dossiers#compliantDossierWithHighRiskSupplier()}, where f5 is high-risk. */
  private static final Map<EvidenceGap, Set<FindingCode>> WITH_HIGH_RISK_SUPPLIER = new EnumMap<>(EvidenceGap.class);

  private static void expect(EvidenceGap gap, Set<FindingCode> clean, Set<FindingCode> highRisk) {
    ON_CLEAN_CHAIN.put(gap, clean);
    WITH_HIGH_RISK_SUPPLIER.put(gap, highRisk);
  }

  private static void expect(EvidenceGap gap, FindingCode... both) {
    Set<FindingCode> codes = both.length == 0 ? Set.of() : EnumSet.of(both[0], both);
    expect(gap, codes, codes);
  }

  static {
    expect(EvidenceGap.NO_SOCIAL_COMPLIANCE_PROGRAM, SCP_MISSING);
    expect(EvidenceGap.STALE_PROGRAM_REVIEW, SCP_REVIEW_OVERDUE);
    expect(EvidenceGap.NO_RISK_ASSESSMENT, RISK_ASSESSMENT_MISSING);
    expect(EvidenceGap.STALE_RISK_ASSESSMENT, RISK_ASSESSMENT_STALE);
    expect(EvidenceGap.RISK_ASSESSMENT_WITHOUT_FORCED_LABOR, RISK_ASSESSMENT_NO_FORCED_LABOR);
    expect(EvidenceGap.NO_CODE_OF_CONDUCT, COC_MISSING, COC_NO_MAPPING_COMMITMENT);
    expect(EvidenceGap.CODE_NOT_PUBLIC, COC_NOT_PUBLIC);
    expect(EvidenceGap.CODE_NOT_UPLOADED, COC_NOT_UPLOADED);
    expect(EvidenceGap.CODE_WITHOUT_FORCED_LABOR_PROHIBITION, COC_NO_FORCED_LABOR_PROHIBITION);
    expect(EvidenceGap.NO_EMPLOYEE_TRAINING, EMPLOYEE_TRAINING_MISSING);
    expect(EvidenceGap.STALE_EMPLOYEE_TRAINING, EMPLOYEE_TRAINING_STALE);
    expect(EvidenceGap.NO_SUPPLIER_TRAINING, Set.of(), Set.of(SUPPLIER_TRAINING_MISSING));
    expect(EvidenceGap.NO_SUPPLIER_COMMITMENTS, SUPPLIER_COMMITMENT_MISSING);
    expect(EvidenceGap.OUTDATED_SUPPLIER_COMMITMENTS, COMMITMENT_OUTDATED_VERSION);
    expect(EvidenceGap.NO_AUDITS, Set.of(), Set.of(HIGH_RISK_FACILITY_NOT_AUDITED));
    expect(EvidenceGap.NO_REMEDIATION_PLAN, REMEDIATION_PLAN_MISSING);
    expect(EvidenceGap.NO_CBP_DISCLOSURE, REMEDIATION_PLAN_NO_CBP_DISCLOSURE);
    expect(EvidenceGap.NO_BEST_PRACTICE_SHARED, BEST_PRACTICE_NOT_SHARED);
    expect(EvidenceGap.NO_IMPROVEMENT_PLAN, IMPROVEMENT_PLAN_MISSING);
    expect(EvidenceGap.REDACTED_DOCUMENTS, Set.of(MAPPING_REDACTED), Set.of(MAPPING_REDACTED, AUDIT_REDACTED));
    expect(EvidenceGap.DOCUMENTS_WITHOUT_HASH);
    expect(EvidenceGap.MISSING_DOCUMENTS, DOCUMENT_MISSING);
    Set<FindingCode> missing =
        EnumSet.of(
            SCP_MISSING, RISK_ASSESSMENT_MISSING, COC_MISSING, COC_NO_MAPPING_COMMITMENT, EMPLOYEE_TRAINING_MISSING,
            SUPPLIER_COMMITMENT_MISSING, REMEDIATION_PLAN_MISSING, BEST_PRACTICE_NOT_SHARED, IMPROVEMENT_PLAN_MISSING);
    Set<FindingCode> missingWithHighRisk = EnumSet.copyOf(missing);
    missingWithHighRisk.addAll(Set.of(HIGH_RISK_FACILITY_NOT_AUDITED, SUPPLIER_TRAINING_MISSING));
    expect(EvidenceGap.NO_EVIDENCE, missing, missingWithHighRisk);
  }

  @Test
  void table_coversEveryGap() {
    assertThat(ON_CLEAN_CHAIN.keySet()).containsExactlyInAnyOrder(EvidenceGap.values());
    assertThat(WITH_HIGH_RISK_SUPPLIER.keySet()).containsExactlyInAnyOrder(EvidenceGap.values());
  }

  @Test
  void compliantDossier_passesTheValidatorAndTheRealChecker() {
    Dossier d = compliantDossier().build();
    assertThat(VALIDATOR.validate(d)).isEmpty();
    ComplianceReport report = CHECKER.check(d, Dossiers.DEFAULT_AS_OF);
    assertThat(report)
        .isCompliant()
        .hasNoErrors()
        .hasNoFinding(FindingCode.PRODUCT_HIGH_RISK)
        .hasNoProductAtLeast(RiskLevel.UNKNOWN);
    assertThat(report.count(Severity.WARNING)).as("warnings").isZero();
    for (Requirement r : Requirement.values()) {
      assertThat(report).requirement(r).isMet();
    }
    assertThat(report.risk()).hasCoverage(1.0).hasNoFacilityAtLeast(RiskLevel.MEDIUM);
  }

  @Test
  void compliantDossierWithHighRiskSupplier_isCompliantWithWarningsOnly() {
    Dossier d = compliantDossierWithHighRiskSupplier().build();
    assertThat(VALIDATOR.validate(d)).isEmpty();
    ComplianceReport report = CHECKER.check(d, Dossiers.DEFAULT_AS_OF);
    assertThat(report)
        .isCompliant()
        .hasProductAtLevel("p1", RiskLevel.HIGH)
        .hasProductAtLevel("p2", RiskLevel.HIGH)
        .hasFinding(FindingCode.PRODUCT_HIGH_RISK).withSubject("product:p1").withSeverity(Severity.WARNING).and()
        .hasFinding(FindingCode.PRODUCT_HIGH_RISK).withSubject("product:p2").and()
        .risk().hasFacility("f5").withSignal("uflpa-region").withLevel(RiskLevel.HIGH);
    assertThat(report.risk()).hasProduct("p1").withPath("f5", "f3", "f1");
  }

  @ParameterizedTest
  @EnumSource(EvidenceGap.class)
  void gap_aloneOnTheCompliantDossier_raisesExactlyItsCodes(EvidenceGap gap) {
    Dossier d = compliantDossier().withGap(gap).build();
    assertValidUnlessReferencesAreBroken(gap, d);
    ComplianceReport report = CHECKER.check(d, Dossiers.DEFAULT_AS_OF);
    assertThat(report).as("gap %s", gap).hasErrorCodesExactly(ON_CLEAN_CHAIN.get(gap).toArray(FindingCode[]::new));
    assertThat(report.isCompliant()).as("gap %s: verdict", gap).isEqualTo(ON_CLEAN_CHAIN.get(gap).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(EvidenceGap.class)
  void gap_aloneWithAHighRiskSupplier_raisesExactlyItsCodes(EvidenceGap gap) {
    Dossier d = compliantDossierWithHighRiskSupplier().withGap(gap).build();
    assertValidUnlessReferencesAreBroken(gap, d);
    ComplianceReport report = CHECKER.check(d, Dossiers.DEFAULT_AS_OF);
    assertThat(report).as("gap %s", gap)
        .hasErrorCodesExactly(WITH_HIGH_RISK_SUPPLIER.get(gap).toArray(FindingCode[]::new));
  }

  @Test
  void gapsThatBindHighRiskFacilities_nameTheFacility() {
    ComplianceReport noAudits =
        CHECKER.check(compliantDossierWithHighRiskSupplier().withGap(EvidenceGap.NO_AUDITS).build(), Dossiers.DEFAULT_AS_OF);
    assertThat(noAudits)
        .hasFinding(Requirement.EVIDENCE_OF_IMPLEMENTATION, FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED)
        .withSubject("facility:f5").hasCount(1).and()
        .requirement(Requirement.EVIDENCE_OF_IMPLEMENTATION).isNotMet();
    ComplianceReport noCommitments =
        CHECKER.check(
            compliantDossierWithHighRiskSupplier().withGap(EvidenceGap.NO_SUPPLIER_COMMITMENTS).build(),
            Dossiers.DEFAULT_AS_OF);
    assertThat(noCommitments).hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).hasCount(3);
    assertThat(
            noCommitments.findings(Requirement.DUE_DILIGENCE_AND_TRAINING).stream()
                .map(org.ctpat4j.evidence.Finding::subject))
        .containsExactly("facility:f1", "facility:f2", "facility:f5");
  }

  private static void assertValidUnlessReferencesAreBroken(EvidenceGap gap, Dossier d) {
    if (gap == EvidenceGap.MISSING_DOCUMENTS) {
      assertThat(VALIDATOR.validate(d)).as("gap %s breaks references on purpose", gap).isNotEmpty();
    } else {
      assertThat(VALIDATOR.validate(d)).as("gap %s: validator problems", gap).isEmpty();
    }
  }
}
