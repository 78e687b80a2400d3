package org.ctpat4j.testkit.builders;

import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossier;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossierWithHighRiskSupplier;

import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.validation.DossierValidator;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.risk.signal.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the builders on the real library: the compliant fixtures pass core's validator and the real checker, and
 * each {@link EvidenceGap} alone raises exactly the ERROR codes of the table in {@link GapCodes} (which its
 * documentation names).
 */
class EvidenceGapCheckerTest {

  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();
  private static final DossierValidator VALIDATOR = DossierValidator.standard();

  @Test
  void compliantDossier_passesTheValidatorAndTheRealChecker() {
    ComplianceReport report = judge(compliantDossier(), null);
    assertThat(report)
        .isCompliant()
        .hasNoErrors()
        .hasNoFinding(FindingCode.PRODUCT_HIGH_RISK)
        .hasNoProductAtLeast(RiskLevel.UNKNOWN);
    // the lacquer and carton makers buy inputs the dossier neither maps nor declares: low-risk silent gaps, warned of
    assertThat(report.findings(Severity.WARNING))
        .as("warnings")
        .extracting(f -> f.code() + " " + f.subject())
        .containsExactly("MAPPING_SILENT_GAP facility:f4", "MAPPING_SILENT_GAP facility:f6");
    for (Requirement r : Requirement.values()) {
      assertThat(report).requirement(r).isMet();
    }
    assertThat(report.risk()).hasCoverage(1.0).hasNoFacilityAtLeast(RiskLevel.MEDIUM);
  }

  @Test
  void compliantDossierWithHighRiskSupplier_isCompliantWithWarningsOnly() {
    ComplianceReport report = judge(compliantDossierWithHighRiskSupplier(), null);
    assertThat(report)
        .isCompliant()
        .hasProductAtLevel("p1", RiskLevel.HIGH)
        .hasProductAtLevel("p2", RiskLevel.HIGH)
        .hasFinding(FindingCode.PRODUCT_HIGH_RISK).withSubject("product:p1").withSeverity(Severity.WARNING).and()
        .hasFinding(FindingCode.PRODUCT_HIGH_RISK).withSubject("product:p2").and()
        .risk().hasFacility("f5").withSignal("ilab-goods").withLevel(RiskLevel.HIGH);
    assertThat(report.risk()).hasProduct("p1").withPath("f5", "f3", "f1");
  }

  @ParameterizedTest
  @EnumSource(EvidenceGap.class)
  void gap_aloneOnTheCompliantDossier_raisesExactlyItsCodes(EvidenceGap gap) {
    assertThat(judge(compliantDossier(), gap)).as("gap %s", gap)
        .hasErrorCodesExactly(GapCodes.raisedBy(gap, false, false, false, true).toArray(FindingCode[]::new));
  }

  @ParameterizedTest
  @EnumSource(EvidenceGap.class)
  void gap_aloneWithAHighRiskSupplier_raisesExactlyItsCodes(EvidenceGap gap) {
    assertThat(judge(compliantDossierWithHighRiskSupplier(), gap)).as("gap %s", gap)
        .hasErrorCodesExactly(GapCodes.raisedBy(gap, true, false, true, true).toArray(FindingCode[]::new));
  }

  @Test
  void gapsThatBindHighRiskFacilities_nameTheFacility() {
    ComplianceReport noAudits =
        CHECKER.check(compliantDossierWithHighRiskSupplier().withGap(EvidenceGap.NO_AUDITS).build(), Dossiers.DEFAULT_AS_OF);
    assertThat(noAudits)
        .hasFinding(Requirement.EVIDENCE_OF_IMPLEMENTATION, FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED)
        .withSubject("facility:f5").hasCount(1).and()
        .hasNoFinding(FindingCode.PRESUMPTION_NOT_REMEDIATED)
        .requirement(Requirement.EVIDENCE_OF_IMPLEMENTATION).isNotMet();
    // an open remediation case defers the audit (EVIDENCE_OF_IMPLEMENTATION: "or an open remediation case")
    ComplianceReport deferred =
        CHECKER.check(
            compliantDossierWithHighRiskSupplier().withGap(EvidenceGap.NO_AUDITS)
                .remediationCase(Dossiers.remediationCase("c5", "f5").action("Diversify the log supply",
                    Dossiers.DEFAULT_AS_OF.plusMonths(3), org.ctpat4j.core.dossier.RemediationActionStatus.IN_PROGRESS))
                .build(),
            Dossiers.DEFAULT_AS_OF);
    assertThat(deferred)
        .hasFinding(Requirement.EVIDENCE_OF_IMPLEMENTATION, FindingCode.AUDIT_DEFERRED_BY_REMEDIATION)
        .withSubject("facility:f5").withSeverity(Severity.INFO).hasCount(1).and()
        .requirement(Requirement.EVIDENCE_OF_IMPLEMENTATION).isMet();
    // the same supplier in Xinjiang: no audit is asked of it (its goods are presumed made with forced labor), its
    // remediation is
    ComplianceReport presumed =
        CHECKER.check(
            compliantDossierWithHighRiskSupplier().facility("f5", f -> f.inXinjiang()).withGap(EvidenceGap.NO_AUDITS)
                .build(),
            Dossiers.DEFAULT_AS_OF);
    assertThat(presumed)
        .hasFinding(Requirement.REMEDIATION_PLAN, FindingCode.PRESUMPTION_NOT_REMEDIATED)
        .withSubject("facility:f5").hasCount(1).and()
        .hasNoFinding(FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED)
        .hasFinding(FindingCode.PRODUCT_PRESUMED_FORCED_LABOR).withSubject("product:p1");
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

  /**
   * Builds the dossier with the gap (if any), asserts that it passes the validator unless the gap breaks references on
   * purpose, and judges it as of the default day.
   */
  private static ComplianceReport judge(DossierBuilder dossier, EvidenceGap gap) {
    Dossier d = (gap == null ? dossier : dossier.withGap(gap)).build();
    if (gap == EvidenceGap.MISSING_DOCUMENTS) {
      assertThat(VALIDATOR.validate(d)).as("gap %s breaks references on purpose", gap).isNotEmpty();
    } else {
      assertThat(VALIDATOR.validate(d)).as("gap %s: validator problems", gap).isEmpty();
    }
    return CHECKER.check(d, Dossiers.DEFAULT_AS_OF);
  }
}
