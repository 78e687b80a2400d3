package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.signal.RiskLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded generated dossiers: random subsets of the element mutations, random facility risk levels, random days and
 * random severity overrides. Each case prints its seed in the assertion description so it can be replayed.
 */
class ComplianceCheckerProperties {

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void check_generatedDossier_verdictNotCompliantExactlyWhenAnErrorExists(long seed) {
    Random rnd = new Random(seed);
    LocalDate anchor = LocalDate.of(2022, 6, 1).plusDays(rnd.nextInt(5 * 365));
    Fixture f = Fixture.compliantAt(anchor);
    List<Mutations> all = Mutations.all();
    int n = rnd.nextInt(5);
    StringBuilder applied = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Mutations m = all.get(rnd.nextInt(all.size()));
      try {
        m.change().accept(f);
        applied.append(m.name()).append("; ");
      } catch (RuntimeException e) {
        // a mutation whose target an earlier one removed: skip it
      }
    }
    for (String id : List.of("f1", "f2", "f3", "f4")) {
      if (rnd.nextInt(4) == 0) {
        f.levels.put(id, RiskLevel.values()[rnd.nextInt(RiskLevel.values().length)]);
      }
    }
    LocalDate asOf = anchor.plusDays(rnd.nextInt(800) - 400);
    CompliancePolicy.Builder policy = CompliancePolicy.newBuilder();
    if (rnd.nextBoolean()) {
      FindingCode code = FindingCode.values()[rnd.nextInt(FindingCode.values().length)];
      policy.severity(code, Severity.values()[rnd.nextInt(Severity.values().length)]);
    }
    ComplianceChecker checker = ComplianceChecker.newBuilder().policy(policy.build()).build();
    String why = "seed " + seed + " asOf " + asOf + " mutations " + applied;

    ComplianceReport r = checker.check(f.dossier(), f.risk(asOf), asOf);

    boolean anyError = r.findings().stream().anyMatch(Finding::isError);
    assertThat(r.verdict()).as(why).isEqualTo(anyError ? Verdict.NOT_COMPLIANT : Verdict.COMPLIANT);
    for (RequirementResult q : r.requirements()) {
      boolean failing = r.findings(q.requirement()).stream().anyMatch(Finding::isError);
      if (q.status() == RequirementStatus.NOT_APPLICABLE || q.status() == RequirementStatus.NOT_YET_DUE) {
        assertThat(failing).as(why + " " + q.requirement() + " not in force has an error").isFalse();
      } else {
        assertThat(q.status()).as(why + " " + q.requirement())
            .isEqualTo(failing ? RequirementStatus.NOT_MET : RequirementStatus.MET);
      }
    }
    assertThat(r.verdict() == Verdict.NOT_COMPLIANT)
        .as(why)
        .isEqualTo(r.requirements().stream().anyMatch(q -> q.status() == RequirementStatus.NOT_MET));
    assertThat(r.findings()).as(why).isSortedAccordingTo(Finding.ORDER).doesNotHaveDuplicates();
    assertThat(checker.check(f.dossier(), f.risk(asOf), asOf)).as(why + " deterministic").isEqualTo(r);
    assertThat(ReportReader.read(ReportRenderer.json().render(r))).as(why + " JSON round trip").isEqualTo(r);
  }
}
