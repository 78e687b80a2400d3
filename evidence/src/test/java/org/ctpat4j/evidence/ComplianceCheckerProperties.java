package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the checker on seeded generated dossiers: the compliant fixture with a random subset of the element
 * mutations, random facility risk levels, a random day and (where the law allows) a random severity override. The
 * {@code ComplianceReport} constructor already ties the verdict to the findings and keeps them in order; these laws are
 * about what the checker decides. Every assertion names the seed, the day and the mutations, so a failing case can be
 * replayed by its seed.
 */
class ComplianceCheckerProperties {

  /** Codes that a requirement's context check raises whatever the requirement's applicability. */
  private static final Set<FindingCode> CONTEXT =
      EnumSet.of(FindingCode.REFERENCE_DATA_PARTIAL, FindingCode.REFERENCE_DATA_NOTE);

  /** What an audit, a training or a supplier commitment would speak for: never asked of a facility CBP would detain. */
  private static final Set<FindingCode> ASKED_OF_AUDITABLE_FACILITIES =
      EnumSet.of(
          FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED,
          FindingCode.AUDIT_DEFERRED_BY_REMEDIATION,
          FindingCode.SUPPLIER_COMMITMENT_MISSING,
          FindingCode.SUPPLIER_TRAINING_MISSING,
          FindingCode.SUPPLIER_TRAINING_STALE);

  /** The first day of the UFLPA presumption (Pub. L. 117-78, section 3) and of the first UFLPA Entity List. */
  private static final LocalDate UFLPA_IN_FORCE = LocalDate.of(2022, 6, 21);

  /** A listed entity of the bundled UFLPA Entity List since its first edition (2022-06-21). */
  private static final String LISTED_ENTITY = "Xinjiang Daqo New Energy Co., Ltd.";

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  /** Generated cases whose policy may override one code's severity. */
  static Stream<Case> cases() {
    return seeds().mapToObj(seed -> generate(seed, true));
  }

  /** One generated case: the fixture, the day, the policy, and a description that replays it. */
  record Case(long seed, Fixture fixture, LocalDate asOf, CompliancePolicy policy, String why) {

    ComplianceReport check() {
      return ComplianceChecker.newBuilder().policy(policy).build().check(fixture.dossier(), fixture.risk(asOf), asOf);
    }

    @Override
    public String toString() {
      return "seed " + seed;
    }
  }

  private static Case generate(long seed, boolean overrideSeverity) {
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
    String override = "";
    if (overrideSeverity && rnd.nextBoolean()) {
      FindingCode code = FindingCode.values()[rnd.nextInt(FindingCode.values().length)];
      Severity severity = Severity.values()[rnd.nextInt(Severity.values().length)];
      policy.severity(code, severity);
      override = " policy " + code + "=" + severity;
    }
    return new Case(seed, f, asOf, policy.build(), "seed " + seed + " asOf " + asOf + override + " mutations " + applied);
  }

  private static boolean checked(RequirementStatus s) {
    return s == RequirementStatus.MET || s == RequirementStatus.NOT_MET;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_generated_statusOfEachRequirementFollowsItsOwnFindings(Case c) {
    ComplianceReport r = c.check();

    for (RequirementResult q : r.requirements()) {
      List<Finding> own = r.findings(q.requirement());
      boolean failing = own.stream().anyMatch(Finding::isError);
      String why = c.why() + " " + q.requirement() + " " + q.status();
      switch (q.status()) {
        case MET, NOT_MET ->
            assertThat(q.status()).as(why).isEqualTo(failing ? RequirementStatus.NOT_MET : RequirementStatus.MET);
        case NOT_YET_DUE -> assertThat(own).as(why + ": only notes").allMatch(x -> x.severity() == Severity.INFO);
        case NOT_APPLICABLE -> assertThat(own).as(why + ": only context")
            .allMatch(x -> x.severity() == Severity.INFO && CONTEXT.contains(x.code()));
      }
    }
    assertThat(r.verdict() == Verdict.NOT_COMPLIANT)
        .as(c.why() + ": NOT_COMPLIANT exactly when a requirement is NOT_MET")
        .isEqualTo(r.requirements().stream().anyMatch(q -> q.status() == RequirementStatus.NOT_MET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_generated_eachFindingHasTheRequirementOfItsCodeAndThePolicysSeverity(Case c) {
    ComplianceReport r = c.check();

    for (Finding x : r.findings()) {
      String why = c.why() + " " + x.code() + " " + x.subject();
      x.code().requirement().ifPresent(req -> assertThat(x.requirement()).as(why).isEqualTo(req));
      Severity expected = checked(r.status(x.requirement())) ? c.policy().severityOf(x.code()) : Severity.INFO;
      assertThat(x.severity()).as(why).isEqualTo(expected);
      assertThat(x.message()).as(why).isNotBlank().doesNotContain("{0}");
      assertThat(x.fix()).as(why).isNotBlank();
    }
    assertThat(r.findings()).as(c.why()).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_generated_isDeterministicAndSurvivesTheJsonRoundTrip(Case c) {
    ComplianceReport r = c.check();

    assertThat(c.check()).as(c.why() + " deterministic").isEqualTo(r);
    assertThat(ReportReader.read(ReportRenderer.json().render(r))).as(c.why() + " JSON round trip").isEqualTo(r);
  }

  /**
   * Evidence a requirement asks for, removed whole: the requirements it serves can only get worse. The one documented
   * exception: without a code of conduct, supplier commitments are not judged against its version (so removing the code
   * may lift {@code COMMITMENT_OUTDATED_VERSION}); it then fails {@code CODE_OF_CONDUCT} instead.
   */
  private static Map<String, Consumer<Fixture>> removals() {
    Map<String, Consumer<Fixture>> m = new LinkedHashMap<>();
    m.put("social compliance program", f -> f.scp = null);
    m.put("risk assessment", f -> f.riskAssessment = null);
    m.put("code of conduct", f -> f.coc = null);
    m.put("remediation plan", f -> f.plan = null);
    m.put("trainings", f -> f.trainings.clear());
    m.put("supplier commitments", f -> f.commitments.clear());
    m.put("engagements", f -> f.engagements.clear());
    return m;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void check_generated_removingEvidenceNeverLiftsAFailure(long seed) {
    Case before = generate(seed, false);
    ComplianceReport r = before.check();

    removals().forEach((what, removal) -> {
      Case after = generate(seed, false);
      removal.accept(after.fixture());
      ComplianceReport without = after.check();
      String why = before.why() + " without the " + what;
      for (RequirementResult q : r.requirements()) {
        boolean exception = what.equals("code of conduct") && q.requirement() == Requirement.DUE_DILIGENCE_AND_TRAINING;
        if (q.status() == RequirementStatus.NOT_MET && !exception) {
          assertThat(without.status(q.requirement())).as(why + " " + q.requirement())
              .isEqualTo(RequirementStatus.NOT_MET);
        }
      }
      if (r.verdict() == Verdict.NOT_COMPLIANT) {
        assertThat(without.verdict()).as(why).isEqualTo(Verdict.NOT_COMPLIANT);
      }
    });
  }

  /**
   * With the standard risk engine: a facility of a product's chain on the UFLPA Entity List or in the XUAR puts the
   * product under the presumption (never CLEAR), the program and the remediation plan say so, and no audit, training
   * or commitment is asked of the facility instead.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void check_generatedWithAListedOrXinjiangFacility_presumesItsProductsAndAsksForRemediation(long seed) {
    Case c = generate(seed, false);
    Random rnd = new Random(~seed);
    Fixture f = c.fixture();
    LocalDate asOf = c.asOf().isBefore(UFLPA_IN_FORCE) ? UFLPA_IN_FORCE : c.asOf();
    String id = List.of("f1", "f2", "f3", "f4").get(rnd.nextInt(4));
    int index = f.facilities.indexOf(f.facilities.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow());
    Facility old = f.facilities.get(index);
    boolean listed = rnd.nextBoolean();
    f.facilities.set(
        index,
        listed
            ? new Facility(id, LISTED_ENTITY, List.of(), "CN", null, null, old.identifiers(), false)
            : new Facility(id, old.name(), List.of(), "CN", "CN-XJ", null, old.identifiers(), false));
    f.cases.removeIf(k -> k.facility().equals(id));
    List<String> downstream = switch (id) {
      case "f3" -> List.of("p1");
      case "f4" -> List.of("p2");
      default -> List.of("p1", "p2");
    };
    String why = c.why() + " " + id + (listed ? " listed" : " in the XUAR") + " asOf " + asOf;

    ComplianceReport r = ComplianceChecker.newBuilder().build().check(f.dossier(), asOf);

    assertThat(r.risk().facility(id).orElseThrow().signals()).as(why).anyMatch(RiskSignal::raisesPresumption);
    for (String p : downstream) {
      assertThat(r.admissibility(p)).as(why + " " + p).contains(Admissibility.PRESUMED_FORCED_LABOR);
      if (checked(r.status(Requirement.SOCIAL_COMPLIANCE_PROGRAM))) {
        assertThat(r.findings()).as(why + " " + p)
            .anyMatch(x -> x.code() == FindingCode.PRODUCT_PRESUMED_FORCED_LABOR && x.subject().equals("product:" + p));
      }
      assertThat(r.findings()).as(why + " " + p + " is detained, not merely risky")
          .noneMatch(x -> x.code() == FindingCode.PRODUCT_HIGH_RISK && x.subject().equals("product:" + p));
    }
    assertThat(r.admissibility()).as(why).isEqualTo(Admissibility.PRESUMED_FORCED_LABOR);
    if (checked(r.status(Requirement.REMEDIATION_PLAN))) {
      assertThat(r.findings()).as(why)
          .anyMatch(x -> x.code() == FindingCode.PRESUMPTION_NOT_REMEDIATED && x.subject().equals("facility:" + id)
              && x.isError());
      assertThat(r.verdict()).as(why).isEqualTo(Verdict.NOT_COMPLIANT);
    }
    assertThat(r.findings()).as(why)
        .noneMatch(x -> ASKED_OF_AUDITABLE_FACILITIES.contains(x.code()) && x.subject().equals("facility:" + id));
  }

  /** Counts, per requirement, the seeds whose case it fails: the generator must reach every requirement. */
  @Test
  void generate_seeds_failEveryRequirementSomewhere() {
    Map<Requirement, Integer> failing = new EnumMap<>(Requirement.class);
    seeds().forEach(seed -> {
      ComplianceReport r = generate(seed, false).check();
      r.requirements().stream().filter(q -> q.status() == RequirementStatus.NOT_MET)
          .forEach(q -> failing.merge(q.requirement(), 1, Integer::sum));
    });
    assertThat(failing.keySet()).containsExactlyInAnyOrder(Requirement.values());
  }
}
