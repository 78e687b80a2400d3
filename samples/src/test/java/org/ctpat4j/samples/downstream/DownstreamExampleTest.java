package org.ctpat4j.samples.downstream;

import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;
import static org.ctpat4j.testkit.builders.Dossiers.audit;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossier;
import static org.ctpat4j.testkit.builders.Dossiers.remediationCase;

import java.time.LocalDate;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.core.validation.DossierValidator;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.testkit.builders.EvidenceGap;
import org.ctpat4j.testkit.gen.GeneratedSupplyChain;
import org.ctpat4j.testkit.gen.InjectedRisk;
import org.ctpat4j.testkit.gen.Injection;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;
import org.ctpat4j.testkit.junit.Seed;
import org.ctpat4j.testkit.junit.Seeded;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * How a downstream project (say an ERP vendor that exports its customers' supplier data as ctpat4j dossiers) tests its
 * integration with {@code ctpat4j-testkit} alone: build a dossier, change one thing, generate chains from a seed, run
 * the real checker and assert on the report. Only public API is used: {@code org.ctpat4j.testkit.*},
 * {@code org.ctpat4j.core}, {@code org.ctpat4j.risk} and {@code org.ctpat4j.evidence}, on the module path.
 */
class DownstreamExampleTest {

  /** Built once and shared: immutable and thread-safe. */
  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /**
   * The vendor's export step, reduced to its essence: the dossier goes out as JSON and comes back in through the
   * strict reader, as it would between the ERP and the compliance service.
   */
  private static Dossier throughTheExport(Dossier d) {
    return DossierReader.strict().read(DossierWriter.standard().write(d));
  }

  /**
   * The test classes are patched into {@code org.ctpat4j.samples} and ctpat4j's modules are named modules on the
   * module path. Surefire puts a test-scoped dependency that the main descriptor does not require on the class path,
   * so the testkit runs from the unnamed module here, which reads every module of the boot layer: no
   * {@code requires} is needed for tests.
   */
  @Test
  void runsOnTheModulePath() {
    Module samples = DownstreamExampleTest.class.getModule();
    Module evidence = ComplianceChecker.class.getModule();
    Module testkit = org.ctpat4j.testkit.builders.Dossiers.class.getModule();
    assertThat(samples.getName()).isEqualTo("org.ctpat4j.samples");
    assertThat(evidence.getName()).isEqualTo("org.ctpat4j.evidence");
    assertThat(Dossier.class.getModule().getName()).isEqualTo("org.ctpat4j.core");
    assertThat(samples.canRead(testkit)).as("the test module reads the testkit").isTrue();
    assertThat(testkit.canRead(evidence)).as("the testkit reads ctpat4j-evidence").isTrue();
  }

  @Test
  void compliantImporter_isCompliant() {
    Dossier d = throughTheExport(compliantDossier(AS_OF).build());

    assertThat(DossierValidator.standard().validate(d)).isEmpty();
    assertThat(CHECKER.check(d, AS_OF))
        .isCompliant()
        .requirement(Requirement.REMEDIATION_PLAN).isMet().and()
        .hasProductAtLevel("p1", RiskLevel.LOW)
        .hasNoFinding(FindingCode.PRODUCT_HIGH_RISK);
  }

  @Test
  void remediationPlanWithoutCbpDisclosure_failsRequirementFive() {
    Dossier d = throughTheExport(compliantDossier(AS_OF).withGap(EvidenceGap.NO_CBP_DISCLOSURE).build());

    assertThat(CHECKER.check(d, AS_OF))
        .isNotCompliant()
        .hasFinding(Requirement.REMEDIATION_PLAN, "REMEDIATION_PLAN_NO_CBP_DISCLOSURE").withSeverity(Severity.ERROR).and()
        .hasErrorCodesExactly(FindingCode.REMEDIATION_PLAN_NO_CBP_DISCLOSURE)
        .requirement(Requirement.REMEDIATION_PLAN).isNotMet().and()
        .requirement(Requirement.CODE_OF_CONDUCT).isMet();
  }

  @Test
  void lumberMillMovedToXinjiang_withoutAudit_isFlaggedUntilACaseIsOpened() {
    // the vendor's customer switches its lumber supplier (f3) to a mill in Xinjiang and forgets everything else
    Dossier moved =
        compliantDossier(AS_OF)
            .facility("f3", f -> f.inXinjiang().name("Korla Boyuan Timber Co., Ltd.").address("12 Jianshe Road, Korla"))
            .build();
    ComplianceReport report = CHECKER.check(throughTheExport(moved), AS_OF);

    assertThat(report)
        .isNotCompliant()
        .hasProductAtLevel("p1", RiskLevel.HIGH)
        .hasProductAtLevel("p2", RiskLevel.HIGH)
        .hasFinding(FindingCode.PRESUMPTION_NOT_REMEDIATED).withSubject("facility:f3").withSeverity(Severity.ERROR).and()
        .hasFinding(FindingCode.PRODUCT_PRESUMED_FORCED_LABOR).withSubject("product:p1").withSeverity(Severity.WARNING).and()
        .hasNoFinding(FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED)
        .risk().hasProduct("p1").withPath("f3", "f1");
    // the goods would be detained whatever the evidence says: the second answer of the report
    org.assertj.core.api.Assertions.assertThat(report.admissibility("p1"))
        .contains(org.ctpat4j.risk.signal.Admissibility.PRESUMED_FORCED_LABOR);

    // an audit finds retained passports; an open, disclosed remediation case defers the audit obligation
    Dossier managed =
        compliantDossier(AS_OF)
            .facility("f3", f -> f.inXinjiang().name("Korla Boyuan Timber Co., Ltd.").address("12 Jianshe Road, Korla"))
            .audit(audit("a3", "f3").openCriticalFinding(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS))
            .remediationCase(
                remediationCase("c1", "f3")
                    .indicators(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS)
                    .disclosedToCbp()
                    .action("Return the passports to the workers", AS_OF.plusMonths(1), RemediationActionStatus.IN_PROGRESS))
            .build();
    assertThat(CHECKER.check(throughTheExport(managed), AS_OF))
        .hasNoFinding(FindingCode.CRITICAL_FINDING_UNREMEDIATED)
        .hasNoFinding(FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED)
        .hasNoFinding(FindingCode.CASE_NOT_DISCLOSED)
        .hasNoFinding(FindingCode.CASE_NO_ACTIONS);
  }

  @Test
  void beforeTheForcedLaborRequirementsWereDue_theyAreNotYetDue() {
    LocalDate spring2023 = LocalDate.of(2023, 3, 1);
    Dossier d = compliantDossier(spring2023).withoutCodeOfConduct().build();

    assertThat(CHECKER.check(d, spring2023))
        .requirement(Requirement.CODE_OF_CONDUCT).isNotYetDue().isInForceFrom(LocalDate.of(2023, 8, 1)).and()
        .hasFinding(FindingCode.COC_MISSING).withSeverity(Severity.INFO).and()
        .isCompliant();
  }

  @RepeatedTest(3)
  void generatedChain_everyProductDownstreamOfAListedEntityIsHigh(@Seeded long seed) {
    GeneratedSupplyChain chain =
        SupplyChainGenerator.newBuilder()
            .seed(seed)
            .facilities(400)
            .tiers(4)
            .cycleRate(0.02)
            .inject(InjectedRisk.LISTED_ENTITY, 3)
            .build()
            .generate();
    ComplianceReport report = CHECKER.check(throughTheExport(chain.dossier()), AS_OF);

    // the generator opens a remediation case with a dated action for every listed entity it plants: the program is
    // compliant, and the products downstream are presumed made with forced labor all the same
    assertThat(report).isCompliant();
    for (Injection listed : chain.injections(InjectedRisk.LISTED_ENTITY)) {
      assertThat(report).risk().hasFacility(listed.facility()).withSignal("uflpa-entity-list");
      for (String product : listed.downstreamProducts()) {
        assertThat(report).hasProductAtLevel(product, RiskLevel.HIGH)
            .hasFinding(FindingCode.PRODUCT_PRESUMED_FORCED_LABOR).withSubject("product:" + product);
        assertThat(report.risk()).hasProduct(product).withPathThrough(listed.facility());
      }
    }
    for (String product : chain.cleanProducts()) {
      assertThat(report).hasProductAtLevel(product, RiskLevel.LOW);
    }
  }

  @Test
  @Seed(20261101L) // a replayed seed: how a failing random case becomes a permanent test
  void generatedChainWithAGap_reportSurvivesTheJsonRoundTrip(@Seeded long seed) {
    GeneratedSupplyChain chain =
        SupplyChainGenerator.newBuilder()
            .seed(seed)
            .facilities(300)
            .inject(InjectedRisk.UNMAPPED_INPUT, 3)
            .evidence(EvidenceGap.NO_SUPPLIER_COMMITMENTS)
            .build()
            .generate();
    ComplianceReport report = CHECKER.check(chain.dossier(), AS_OF);

    assertThat(report)
        .isNotCompliant()
        .hasErrorCodesExactly(FindingCode.MAPPING_UNMAPPED_INPUT, FindingCode.SUPPLIER_COMMITMENT_MISSING)
        .requirement(Requirement.RISK_BASED_MAPPING).isNotMet();
    assertThat(report.mappingCoverage()).isLessThan(1.0);
    ComplianceReport back = ReportReader.read(ReportRenderer.json().render(report));
    assertThat(back).isEqualTo(report);
  }
}
