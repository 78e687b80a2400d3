package org.ctpat4j.testkit.properties;

import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.RequirementStatus;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.testkit.builders.GapCodes;
import org.ctpat4j.testkit.gen.InjectedRisk;
import org.ctpat4j.testkit.gen.Injection;
import org.ctpat4j.testkit.junit.Seeded;
import org.ctpat4j.testkit.junit.TestSeed;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Properties of ctpat4j-evidence's {@link ComplianceChecker} and report JSON on generated dossiers (here because
 * evidence cannot depend on the testkit). A failure prints the seed.
 */
@Seeded
class ComplianceCheckerProperties {

  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();

  @RepeatedTest(16)
  void errors_areExactlyThoseOfTheGapAndTheUnmappedInputs_andDecideVerdictAndStatuses(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, true);
    Dossier d = c.chain().dossier();
    ComplianceReport report = CHECKER.check(d, d.asOf());

    Set<FindingCode> expected = EnumSet.noneOf(FindingCode.class);
    c.gap().ifPresent(g -> expected.addAll(GapCodes.raisedBy(g, c.hasHighRisk(), c.hasPresumption(), c.hasHighRiskOutsidePresumption(), false)));
    if (c.hasUnmappedInput()) {
      expected.add(FindingCode.MAPPING_UNMAPPED_INPUT);
    }
    assertThat(report).as(c.description()).hasErrorCodesExactly(expected.toArray(FindingCode[]::new));
    assertThat(report).as(c.description()).hasVerdict(expected.isEmpty() ? Verdict.COMPLIANT : Verdict.NOT_COMPLIANT);
    for (Injection i : c.chain().injections(org.ctpat4j.testkit.gen.InjectedRisk.UNMAPPED_INPUT)) {
      assertThat(report).as(c.description())
          .hasFinding(FindingCode.MAPPING_UNMAPPED_INPUT).withSubject("facility:" + i.facility()).hasCount(1);
    }

    // PRODUCT_PRESUMED_FORCED_LABOR warns about exactly the products downstream of a planted listed entity or Xinjiang
    // facility; PRODUCT_HIGH_RISK about the other products downstream of a planted HIGH risk
    TreeSet<String> presumed = new TreeSet<>();
    c.chain().injections().stream()
        .filter(i -> i.risk() == InjectedRisk.LISTED_ENTITY || i.risk() == InjectedRisk.XINJIANG_REGION)
        .forEach(i -> presumed.addAll(i.downstreamProducts()));
    TreeSet<String> high = new TreeSet<>();
    c.chain().injections().stream()
        .filter(i -> GeneratedCase.levelOf(i.risk()) == RiskLevel.HIGH)
        .forEach(i -> high.addAll(i.downstreamProducts()));
    high.removeAll(presumed);
    assertThat(subjects(report, FindingCode.PRODUCT_PRESUMED_FORCED_LABOR))
        .as("%s: PRODUCT_PRESUMED_FORCED_LABOR subjects", c.description()).isEqualTo(presumed);
    assertThat(subjects(report, FindingCode.PRODUCT_HIGH_RISK))
        .as("%s: PRODUCT_HIGH_RISK subjects", c.description()).isEqualTo(high);

    // each status follows its requirement's ERROR findings (the verdict follows them all: the report's constructor
    // enforces that, and the expected verdict is asserted above)
    for (RequirementResult r : report.requirements()) {
      List<Finding> own = report.findings(r.requirement());
      boolean error = own.stream().anyMatch(Finding::isError);
      if (r.status() == RequirementStatus.MET || r.status() == RequirementStatus.NOT_MET) {
        assertThat(report).as("%s: %s", c.description(), r.requirement())
            .requirement(r.requirement()).hasStatus(error ? RequirementStatus.NOT_MET : RequirementStatus.MET);
      } else {
        assertThat(error).as("%s: %s is %s but has an ERROR", c.description(), r.requirement(), r.status()).isFalse();
      }
    }
  }

  @RepeatedTest(5)
  void reportJson_roundTrips(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, true);
    Dossier d = c.chain().dossier();
    ComplianceReport report = CHECKER.check(d, d.asOf());
    String json = ReportRenderer.json().render(report);
    ComplianceReport back = ReportReader.read(json);
    assertThat(ReportRenderer.json().render(back)).as("%s: written again", c.description()).isEqualTo(json);
    assertThat(back).as("%s: read back", c.description()).isEqualTo(report);
  }

  private static TreeSet<String> subjects(ComplianceReport report, FindingCode code) {
    TreeSet<String> out = new TreeSet<>();
    report.findings().stream()
        .filter(f -> f.code() == code)
        .forEach(f -> out.add(f.subject().substring("product:".length())));
    return out;
  }
}
