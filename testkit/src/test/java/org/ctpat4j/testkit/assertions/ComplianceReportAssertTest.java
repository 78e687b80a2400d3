package org.ctpat4j.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.RequirementStatus;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;

class ComplianceReportAssertTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  private static final RiskResult RISK =
      new RiskResult(
          AS_OF,
          List.of(
              new FacilityRisk(
                  "f2", RiskLevel.HIGH, 0.97,
                  List.of(new RiskSignal("uflpa-region", RiskLevel.HIGH, 0.97, "in Xinjiang", "UFLPA")))),
          List.of(
              new ProductExposure("p1", RiskLevel.HIGH, 0.97, List.of(List.of("f2", "f1"))),
              new ProductExposure("p2", RiskLevel.LOW, 0.0, List.of())),
          Map.of("f1", 1, "f2", 2),
          1.0,
          List.of());

  private static Finding finding(FindingCode code, Severity severity, String subject, String path, String message) {
    return new Finding(code.requirement().orElse(Requirement.RISK_BASED_MAPPING), severity, code, subject, message, "fix it", path);
  }

  private static final List<Finding> FINDINGS =
      sorted(
          finding(FindingCode.PRODUCT_HIGH_RISK, Severity.WARNING, "product:p1", "/products/0", "p1 is exposed to f2"),
          finding(FindingCode.SUPPLIER_COMMITMENT_MISSING, Severity.ERROR, "facility:f1", "/facilities/0", "f1 did not acknowledge"),
          finding(FindingCode.SUPPLIER_COMMITMENT_MISSING, Severity.ERROR, "facility:f2", "/facilities/1", "f2 did not acknowledge"),
          finding(FindingCode.REMEDIATION_PLAN_NO_CBP_DISCLOSURE, Severity.ERROR, "partner", "/evidence/remediationPlan", "no CBP disclosure"),
          finding(FindingCode.ACTION_OVERDUE, Severity.WARNING, "case:c1", "/evidence/remediationCases/0", "action late"));

  private static List<Finding> sorted(Finding... findings) {
    List<Finding> list = new ArrayList<>(List.of(findings));
    list.sort(Finding.ORDER);
    return list;
  }

  private static RequirementResult result(Requirement r, RequirementStatus status, LocalDate from) {
    return new RequirementResult(r, status, r.name(), "source", "", from, "because");
  }

  private static final List<RequirementResult> REQUIREMENTS =
      List.of(
          result(Requirement.SOCIAL_COMPLIANCE_PROGRAM, RequirementStatus.NOT_APPLICABLE, null),
          result(Requirement.RISK_BASED_MAPPING, RequirementStatus.MET, LocalDate.of(2023, 8, 1)),
          result(Requirement.CODE_OF_CONDUCT, RequirementStatus.MET, LocalDate.of(2023, 8, 1)),
          result(Requirement.DUE_DILIGENCE_AND_TRAINING, RequirementStatus.NOT_MET, LocalDate.of(2023, 8, 1)),
          result(Requirement.REMEDIATION_PLAN, RequirementStatus.NOT_MET, LocalDate.of(2023, 8, 1)),
          result(Requirement.SHARED_BEST_PRACTICES, RequirementStatus.NOT_YET_DUE, LocalDate.of(2027, 1, 1)));

  private static final ComplianceReport FAILING =
      new ComplianceReport(
          AS_OF, "Northwind", Locale.ENGLISH, Verdict.NOT_COMPLIANT, REQUIREMENTS, FINDINGS, RISK, Map.of(), Map.of());

  private static final ComplianceReport PASSING =
      new ComplianceReport(
          AS_OF, "Northwind", Locale.ENGLISH, Verdict.COMPLIANT, REQUIREMENTS,
          FINDINGS.stream().filter(f -> !f.isError()).toList(), RISK, Map.of(), Map.of());

  @Test
  void passingAssertions_chainAndNavigateBack() {
    assertThat(FAILING)
        .isNotCompliant()
        .hasVerdict(Verdict.NOT_COMPLIANT)
        .hasFinding(Requirement.REMEDIATION_PLAN, "REMEDIATION_PLAN_NO_CBP_DISCLOSURE").withSubject("partner").and()
        .hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING)
        .hasCount(2)
        .withSubject("facility:f2")
        .withSeverity(Severity.ERROR)
        .withPath("/facilities/1")
        .withMessageContaining("f2 did not")
        .hasCount(1)
        .and()
        .hasFinding(Requirement.DUE_DILIGENCE_AND_TRAINING, FindingCode.SUPPLIER_COMMITMENT_MISSING).and()
        .hasNoFinding(FindingCode.COC_MISSING)
        .hasNoFinding("SCP_MISSING")
        .hasErrorCodesExactly(FindingCode.SUPPLIER_COMMITMENT_MISSING, FindingCode.REMEDIATION_PLAN_NO_CBP_DISCLOSURE)
        .requirement(Requirement.CODE_OF_CONDUCT).isMet().isInForceFrom(LocalDate.of(2023, 8, 1)).and()
        .requirement(Requirement.REMEDIATION_PLAN).isNotMet().and()
        .requirement(Requirement.SHARED_BEST_PRACTICES).isNotYetDue().and()
        .requirement(Requirement.SOCIAL_COMPLIANCE_PROGRAM).isNotApplicable().hasStatus(RequirementStatus.NOT_APPLICABLE).and()
        .hasProductAtLevel("p1", RiskLevel.HIGH)
        .hasProductAtLevel("p2", RiskLevel.LOW)
        .risk().hasFacility("f2").withSignal("uflpa-region");
    assertThat(PASSING).isCompliant().hasVerdict(Verdict.COMPLIANT).hasNoErrors().hasErrorCodesExactly();
  }

  @Test
  void hasFinding_returnsTheFirstMatchInReportOrder() {
    Finding first = assertThat(FAILING).hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).actual();
    assertThat(first.subject()).isEqualTo("facility:f1");
    assertThat(assertThat(FAILING).hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).findings()).hasSize(2);
  }

  @Test
  void isCompliant_notCompliant_listsTheErrorFindings() {
    assertThatThrownBy(() -> assertThat(FAILING).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to be COMPLIANT but was NOT_COMPLIANT with 3 ERROR findings:")
        .hasMessageContaining(
            "ERROR SUPPLIER_COMMITMENT_MISSING facility:f2 [DUE_DILIGENCE_AND_TRAINING, /facilities/1]: f2 did not acknowledge")
        .hasMessageContaining("ERROR REMEDIATION_PLAN_NO_CBP_DISCLOSURE partner [REMEDIATION_PLAN, /evidence/remediationPlan]")
        .hasMessageNotContaining("ACTION_OVERDUE");
  }

  @Test
  void hasNoErrors_errors_listsThem() {
    assertThatThrownBy(() -> assertThat(FAILING).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no ERROR finding but found 3 ERROR findings:")
        .hasMessageContaining("SUPPLIER_COMMITMENT_MISSING facility:f1");
  }

  @Test
  void isNotCompliant_compliant_listsTheWarningsAndRequirements() {
    assertThatThrownBy(() -> assertThat(PASSING).isNotCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to be NOT_COMPLIANT but was COMPLIANT (no ERROR finding) with 2 WARNING findings:")
        .hasMessageContaining("WARNING ACTION_OVERDUE case:c1")
        .hasMessageContaining("SHARED_BEST_PRACTICES NOT_YET_DUE");
    assertThatThrownBy(() -> assertThat(PASSING).hasVerdict(Verdict.NOT_COMPLIANT)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(FAILING).hasVerdict(Verdict.COMPLIANT)).isInstanceOf(AssertionError.class);
  }

  @Test
  void hasFinding_absent_printsTheRequirementsFindings() {
    assertThatThrownBy(() -> assertThat(PASSING).hasFinding(Requirement.REMEDIATION_PLAN, "REMEDIATION_PLAN_NO_CBP_DISCLOSURE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a REMEDIATION_PLAN_NO_CBP_DISCLOSURE finding about REMEDIATION_PLAN but there is none")
        .hasMessageContaining("REMEDIATION_PLAN is NOT_MET with findings:")
        .hasMessageContaining("WARNING ACTION_OVERDUE case:c1");
    assertThatThrownBy(() -> assertThat(PASSING).hasFinding(FindingCode.COC_MISSING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a COC_MISSING finding but there is none; CODE_OF_CONDUCT is MET with findings:\n  (none)");
    assertThatThrownBy(() -> assertThat(PASSING).hasFinding(FindingCode.BROKEN_REFERENCE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the findings are:")
        .hasMessageContaining("PRODUCT_HIGH_RISK product:p1");
  }

  @Test
  void hasFinding_unknownCode_isAMistakeInTheTestAndListsTheRequirementsCodes() {
    assertThatThrownBy(() -> assertThat(FAILING).hasFinding(Requirement.REMEDIATION_PLAN, "CBP_DISCLOSURE_MISSING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no finding code is named 'CBP_DISCLOSURE_MISSING'")
        .hasMessageContaining("REMEDIATION_PLAN_NO_CBP_DISCLOSURE")
        .hasMessageNotContaining("COC_MISSING");
    assertThatThrownBy(() -> assertThat(FAILING).hasNoFinding("NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COC_MISSING");
  }

  @Test
  void hasFinding_codeOfAnotherRequirement_isAMistakeInTheTest() {
    assertThatThrownBy(() -> assertThat(FAILING).hasFinding(Requirement.CODE_OF_CONDUCT, FindingCode.SUPPLIER_COMMITMENT_MISSING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SUPPLIER_COMMITMENT_MISSING is raised under DUE_DILIGENCE_AND_TRAINING, never under CODE_OF_CONDUCT");
  }

  @Test
  void withSubject_noMatch_printsTheFindingsWithThatCode() {
    assertThatThrownBy(() -> assertThat(FAILING).hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).withSubject("facility:f9"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a SUPPLIER_COMMITMENT_MISSING finding about facility:f9 but the SUPPLIER_COMMITMENT_MISSING findings are:")
        .hasMessageContaining("facility:f1")
        .hasMessageContaining("facility:f2")
        .hasMessageNotContaining("REMEDIATION_PLAN_NO_CBP_DISCLOSURE");
  }

  @Test
  void withSeverity_noMatchAmongTheKeptFindings_namesBothConditions() {
    assertThatThrownBy(
            () -> assertThat(FAILING).hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).withSubject("facility:f2")
                .withSeverity(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("finding about facility:f2 with severity WARNING but the SUPPLIER_COMMITMENT_MISSING findings about facility:f2 are:")
        .hasMessageContaining("ERROR SUPPLIER_COMMITMENT_MISSING facility:f2")
        .hasMessageNotContaining("facility:f1");
  }

  @Test
  void withPathAndMessageAndCount_wrong_fail() {
    assertThatThrownBy(() -> assertThat(FAILING).hasFinding(FindingCode.ACTION_OVERDUE).withPath("/evidence/audits"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at path /evidence/audits");
    assertThatThrownBy(() -> assertThat(FAILING).hasFinding(FindingCode.ACTION_OVERDUE).withMessageContaining("early"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with a message containing \"early\"")
        .hasMessageContaining("action late");
    assertThatThrownBy(() -> assertThat(FAILING).hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).hasCount(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 1 SUPPLIER_COMMITMENT_MISSING finding but found 2");
  }

  @Test
  void hasNoFinding_present_listsThem() {
    assertThatThrownBy(() -> assertThat(FAILING).hasNoFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no SUPPLIER_COMMITMENT_MISSING finding but found 2:")
        .hasMessageContaining("facility:f1")
        .hasMessageContaining("facility:f2");
  }

  @Test
  void hasErrorCodesExactly_different_namesMissingAndUnexpected() {
    assertThatThrownBy(() -> assertThat(FAILING).hasErrorCodesExactly(FindingCode.COC_MISSING, FindingCode.SUPPLIER_COMMITMENT_MISSING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing: [COC_MISSING]")
        .hasMessageContaining("unexpected: [REMEDIATION_PLAN_NO_CBP_DISCLOSURE]");
  }

  @Test
  void requirementStatus_wrong_printsStatusReasonAndFindings() {
    assertThatThrownBy(() -> assertThat(FAILING).requirement(Requirement.DUE_DILIGENCE_AND_TRAINING).isMet())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting DUE_DILIGENCE_AND_TRAINING to be MET but was DUE_DILIGENCE_AND_TRAINING NOT_MET (in force from 2023-08-01): because")
        .hasMessageContaining("its findings:")
        .hasMessageContaining("SUPPLIER_COMMITMENT_MISSING facility:f1")
        .hasMessageNotContaining("REMEDIATION_PLAN_NO_CBP_DISCLOSURE");
    assertThatThrownBy(() -> assertThat(FAILING).requirement(Requirement.CODE_OF_CONDUCT).isNotMet())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be NOT_MET but was CODE_OF_CONDUCT MET")
        .hasMessageContaining("its findings:\n  (none)");
    assertThatThrownBy(() -> assertThat(FAILING).requirement(Requirement.CODE_OF_CONDUCT).isNotYetDue())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be NOT_YET_DUE");
    assertThatThrownBy(() -> assertThat(FAILING).requirement(Requirement.SHARED_BEST_PRACTICES).isNotApplicable())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be NOT_APPLICABLE but was SHARED_BEST_PRACTICES NOT_YET_DUE (in force from 2027-01-01)");
    assertThatThrownBy(() -> assertThat(FAILING).requirement(Requirement.SOCIAL_COMPLIANCE_PROGRAM).isInForceFrom(AS_OF))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it does not apply: because");
  }

  @Test
  void requirement_undefinedByTheCatalog_listsTheRequirements() {
    assertThatThrownBy(() -> assertThat(FAILING).requirement(Requirement.EVIDENCE_OF_IMPLEMENTATION))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a result for EVIDENCE_OF_IMPLEMENTATION but the catalog used did not define it")
        .hasMessageContaining("REMEDIATION_PLAN NOT_MET");
  }

  @Test
  void hasProductAtLevel_wrongOrMissing_printsTheProducts() {
    assertThatThrownBy(() -> assertThat(FAILING).hasProductAtLevel("p2", RiskLevel.HIGH))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting product p2 at HIGH but was:\n  p2 LOW (score 0.000) paths none")
        .hasMessageContaining("p1 HIGH (score 0.970) paths [f2, f1]");
    assertThatThrownBy(() -> assertThat(FAILING).hasProductAtLevel("p9", RiskLevel.LOW))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the report has no such product");
    assertThatThrownBy(() -> assertThat(FAILING).hasNoProductAtLeast(RiskLevel.HIGH))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unexpected: [p1]");
  }

  @Test
  void description_isKeptWhenNarrowing() {
    assertThatThrownBy(
            () -> assertThat(FAILING).as("gap %s", "NO_CBP_DISCLOSURE")
                .hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).describedAs("gap X").withSubject("facility:f1")
                .withSeverity(Severity.INFO))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[gap X]");
  }

  @Test
  void manyFindings_areCapped() {
    List<Finding> many = new ArrayList<>();
    for (int i = 10; i < 45; i++) {
      many.add(finding(FindingCode.SUPPLIER_COMMITMENT_MISSING, Severity.ERROR, "facility:f" + i, "", "m" + i));
    }
    many.sort(Finding.ORDER);
    ComplianceReport big =
        new ComplianceReport(AS_OF, "N", Locale.ENGLISH, Verdict.NOT_COMPLIANT, REQUIREMENTS, many, RISK, Map.of(), Map.of());
    assertThatThrownBy(() -> assertThat(big).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("35 ERROR findings")
        .hasMessageContaining("... and 15 more")
        .hasMessageContaining("facility:f29")
        .hasMessageNotContaining("facility:f30");
  }

  @Test
  void nullReport_failsEveryAssertion() {
    assertThatThrownBy(() -> assertThat((ComplianceReport) null).isCompliant()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasFinding(FindingCode.COC_MISSING))
        .isInstanceOf(AssertionError.class);
  }
}
