package org.ctpat4j.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.MembershipStatus;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.CodeOfConductVersion;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.testkit.internal.SplitMix64;
import org.ctpat4j.testkit.junit.Seeded;
import org.ctpat4j.testkit.junit.TestSeed;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Judged as of a day, only what existed on that day counts. Two properties on generated supply chains with evidence:
 * judging a dossier as of a day D gives the same report as judging the dossier cut to D; and evidence of any kind
 * dated after D (audits, trainings, documents, reviews, a new code of conduct version, a suspension) never changes
 * the report as of D. A failure prints the seed; replay with {@code @Seed(...)} or {@code -Dctpat4j.seed=...}.
 */
@Seeded
class HistoryProperties {

  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();
  private static final ReportRenderer JSON = ReportRenderer.json();

  private static LocalDate dayBefore(SplitMix64 r, LocalDate asOf) {
    return asOf.minusDays(r.nextInt(540));
  }

  @RepeatedTest(25)
  void judgingAsOfADay_isJudgingTheDossierCutToThatDay(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, seed.value() % 2 == 0);
    Dossier d = c.chain().dossier();
    LocalDate day = dayBefore(new SplitMix64(seed.derive(3)), d.asOf());

    String judged = JSON.render(CHECKER.check(d, day));
    String cut = JSON.render(CHECKER.check(d.cutTo(day), day));

    assertThat(cut).as("%s, judged as of %s", c.description(), day).isEqualTo(judged);
    assertThat(d.cutTo(day).cutTo(day)).as("cutting twice").isEqualTo(d.cutTo(day));
  }

  @RepeatedTest(25)
  void evidenceDatedAfterTheDay_neverChangesTheReportOfTheDay(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, seed.value() % 3 == 0);
    Dossier d = c.chain().dossier();
    SplitMix64 r = new SplitMix64(seed.derive(5));
    LocalDate day = dayBefore(r, d.asOf()).minusDays(1);
    Dossier later = withLaterEvidence(d, day, r);
    assertThat(later).isNotEqualTo(d);

    String before = JSON.render(CHECKER.check(d.cutTo(day), day));
    String after = JSON.render(CHECKER.check(later, day));

    assertThat(after).as("%s, with evidence dated after %s", c.description(), day).isEqualTo(before);
  }

  /** The dossier as of {@code day} with evidence of every kind dated after it added. */
  private static Dossier withLaterEvidence(Dossier base, LocalDate day, SplitMix64 r) {
    Dossier d = base.cutTo(day);
    Evidence e = d.evidence();
    LocalDate after = day.plusDays(1 + r.nextInt(200));
    String facility = d.facilities().get(r.nextInt(d.facilities().size())).id();
    List<Document> documents = new ArrayList<>(e.documents());
    documents.add(new Document("doc-later-audit", "Audit report issued later", null, null, null, false, after));
    List<Audit> audits = new ArrayList<>(e.audits());
    audits.add(new Audit("a-later", facility, after, "SMETA", true, false, false, "doc-later-audit",
        List.of(new AuditFinding(ForcedLaborIndicator.DEBT_BONDAGE, AuditFindingSeverity.CRITICAL,
            AuditFindingStatus.OPEN))));
    List<Training> trainings = new ArrayList<>(e.trainings());
    trainings.add(new Training("t-later", TrainingAudience.EMPLOYEES, null, after,
        List.of(TrainingTopic.FORCED_LABOR_INDICATORS), 12, "doc-later-audit"));
    SocialComplianceProgram p = e.socialComplianceProgram();
    if (p != null) {
      List<LocalDate> reviews = new ArrayList<>(p.reviews());
      if (p.lastReviewed() != null) {
        reviews.add(p.lastReviewed());
      }
      reviews.add(after);
      p = new SocialComplianceProgram(p.document(), p.adopted(), after, p.addressesForcedLabor(), reviews);
    }
    CodeOfConduct coc = e.codeOfConduct();
    if (coc != null && coc.adopted() != null) {
      List<CodeOfConductVersion> versions = new ArrayList<>(coc.versions());
      versions.add(new CodeOfConductVersion(coc.version(), coc.adopted(), coc.document(), coc.prohibitsForcedLabor(),
          coc.commitsToMapping(), coc.uploadedToPortal()));
      coc = new CodeOfConduct("doc-later-audit", coc.version() + "-next", after, coc.publicUrl(), after,
          !coc.prohibitsForcedLabor(), coc.commitsToMapping(), coc.policies(), versions);
    }
    Evidence later =
        new Evidence(p, e.riskAssessment(), coc, audits, trainings, e.supplierCommitments(), e.remediationPlan(),
            e.remediationCases(), e.engagements(), documents);
    List<Membership> memberships = new ArrayList<>();
    for (Membership m : d.partner().memberships()) {
      memberships.add(m.since() == null ? m
          : new Membership(m.program(), m.since(), m.until(), m.tier(), MembershipStatus.SUSPENDED, m.applied(),
              after));
    }
    Partner partner = new Partner(d.partner().name(), d.partner().country(), d.partner().entityType(), memberships);
    return new Dossier(d.format(), base.asOf(), partner, d.facilities(), d.materials(), d.links(), d.unmappedInputs(),
        d.products(), later);
  }
}
