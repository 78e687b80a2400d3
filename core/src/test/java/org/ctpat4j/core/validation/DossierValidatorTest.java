package org.ctpat4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.core.testing.DossierGenerator;
import org.junit.jupiter.api.Test;

class DossierValidatorTest {

  private static final DossierValidator VALIDATOR = DossierValidator.standard();
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final LocalDate AFTER = AS_OF.plusDays(1);
  private static final Partner PARTNER =
      new Partner(
          "Acme",
          "US",
          BusinessEntityType.US_IMPORTER,
          List.of(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2021, 1, 1), null, null)));
  private static final List<Facility> FACILITIES =
      List.of(new Facility("f1", "Plant", "CN", "CN-XJ"), new Facility("f2", "Mill", "VN", null));
  private static final List<Material> MATERIALS = List.of(new Material("m1", "Cotton", "5201"));
  private static final List<Document> DOCUMENTS = List.of(new Document("d1", "Report", null));

  private static Dossier dossier(
      List<Facility> facilities, List<Link> links, List<UnmappedInput> unmapped, List<Product> products, Evidence e) {
    return new Dossier(Dossier.FORMAT, AS_OF, PARTNER, facilities, MATERIALS, links, unmapped, products, e);
  }

  private static Evidence evidence(
      CodeOfConduct code,
      List<Audit> audits,
      List<Training> trainings,
      List<SupplierCommitment> commitments,
      List<RemediationCase> cases,
      List<Engagement> engagements) {
    return new Evidence(null, null, code, audits, trainings, commitments, null, cases, engagements, DOCUMENTS);
  }

  @Test
  void validDossier_hasNoProblem() {
    Evidence e =
        evidence(
            null,
            List.of(new Audit("a1", "f1", AS_OF, null, true, false, false, "d1", List.of())),
            List.of(new Training("t1", TrainingAudience.SUPPLIER, "f2", AS_OF, List.of(), null, "d1")),
            List.of(),
            List.of(),
            List.of());
    Dossier d =
        dossier(
            FACILITIES,
            List.of(new Link("f1", "f2", "m1", 1.0, List.of("d1"))),
            List.of(),
            List.of(new Product("p1", "Shirt", null, "f2")),
            e);
    assertThat(VALIDATOR.validate(d)).isEmpty();
    assertThat(VALIDATOR.requireValid(d, "test")).isSameAs(d);
  }

  @Test
  void brokenReferences_everyReferringFieldChecked() {
    Evidence e =
        new Evidence(
            new SocialComplianceProgram("d8", null, null, true),
            new RiskAssessment("d8", null, true, List.of()),
            new CodeOfConduct("d8", "1.0", null, null, null, true, true, List.of("d1", "d9")),
            List.of(new Audit("a1", "f9", AS_OF, null, true, false, false, "d8", List.of())),
            List.of(new Training("t1", TrainingAudience.SUPPLIER, "f9", AS_OF, List.of(), null, "d8")),
            List.of(new SupplierCommitment("f9", "1.0", AS_OF, true, "d8")),
            new RemediationPlan("d8", null, true),
            List.of(new RemediationCase("c1", "f9", AS_OF, List.of(), null, List.of(), null)),
            List.of(new Engagement(AS_OF, EngagementKind.CTPAT_EVENT, "d8")),
            DOCUMENTS);
    Dossier d =
        dossier(
            FACILITIES,
            List.of(new Link("f9", "f8", "m9", null, List.of("d9"))),
            List.of(new UnmappedInput("f9", "m9", null)),
            List.of(new Product("p1", "Shirt", null, "f9")),
            e);
    List<Problem> problems = VALIDATOR.validate(d);
    assertThat(problems).allSatisfy(p -> assertThat(p.is(ProblemCode.BROKEN_REFERENCE)).isTrue());
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "/links/0/from",
            "/links/0/to",
            "/links/0/material",
            "/links/0/documents/0",
            "/unmappedInputs/0/facility",
            "/unmappedInputs/0/material",
            "/products/0/producedBy",
            "/evidence/socialComplianceProgram/document",
            "/evidence/riskAssessment/document",
            "/evidence/codeOfConduct/document",
            "/evidence/codeOfConduct/policies/1",
            "/evidence/audits/0/facility",
            "/evidence/audits/0/document",
            "/evidence/trainings/0/facility",
            "/evidence/trainings/0/document",
            "/evidence/supplierCommitments/0/facility",
            "/evidence/supplierCommitments/0/document",
            "/evidence/remediationPlan/document",
            "/evidence/remediationCases/0/facility",
            "/evidence/engagements/0/document");
    assertThat(problems.get(0).message()).isEqualTo("no facility has the id \"f9\"");
    assertThat(problems.get(2).message()).isEqualTo("no material has the id \"m9\"");
  }

  @Test
  void duplicateIds_reportedInEveryIdentifiedArray() {
    Facility f = new Facility("f1", "Plant", "CN", null);
    Audit a = new Audit("a1", "f1", AS_OF, null, true, false, false, "d1", List.of());
    Training t = new Training("t1", TrainingAudience.EMPLOYEES, null, AS_OF, List.of(), null, "d1");
    RemediationCase c = new RemediationCase("c1", "f1", AS_OF, List.of(), null, List.of(), null);
    Document doc = new Document("d1", "Report", null);
    Evidence e =
        new Evidence(
            null, null, null, List.of(a, a), List.of(t, t), List.of(), null, List.of(c, c), List.of(),
            List.of(doc, doc));
    Product p = new Product("p1", "Shirt", null, "f1");
    Dossier d =
        new Dossier(
            Dossier.FORMAT, AS_OF, PARTNER, List.of(f, f), List.of(MATERIALS.get(0), MATERIALS.get(0)), List.of(),
            List.of(), List.of(p, p), e);
    assertThat(VALIDATOR.validate(d))
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/facilities/1/id", "DUPLICATE_ID"),
            tuple("/materials/1/id", "DUPLICATE_ID"),
            tuple("/products/1/id", "DUPLICATE_ID"),
            tuple("/evidence/audits/1/id", "DUPLICATE_ID"),
            tuple("/evidence/trainings/1/id", "DUPLICATE_ID"),
            tuple("/evidence/remediationCases/1/id", "DUPLICATE_ID"),
            tuple("/evidence/documents/1/id", "DUPLICATE_ID"));
  }

  @Test
  void datesAfterAsOf_reportedForEveryEvent_dueDatesAndMembershipsExempt() {
    Evidence e =
        new Evidence(
            new SocialComplianceProgram("d1", AFTER, AFTER, true),
            new RiskAssessment("d1", AFTER, true, List.of()),
            new CodeOfConduct("d1", "1.0", AFTER, null, AFTER, true, true, List.of()),
            List.of(new Audit("a1", "f1", AFTER, null, true, false, false, "d1", List.of())),
            List.of(new Training("t1", TrainingAudience.EMPLOYEES, null, AFTER, List.of(), null, "d1")),
            List.of(new SupplierCommitment("f1", "1.0", AFTER, true, "d1")),
            new RemediationPlan("d1", AFTER, true),
            List.of(
                new RemediationCase(
                    "c1",
                    "f1",
                    AFTER,
                    List.of(),
                    AFTER,
                    List.of(
                        new org.ctpat4j.core.dossier.RemediationAction(
                            "Fix", AS_OF.plusYears(1), org.ctpat4j.core.dossier.RemediationActionStatus.PLANNED)),
                    AFTER)),
            List.of(new Engagement(AFTER, EngagementKind.IMPROVEMENT_PLAN, "d1")),
            List.of(new Document("d1", "Report", null, null, null, false, AFTER)));
    Partner future =
        new Partner(
            "Acme", "US", BusinessEntityType.US_IMPORTER,
            List.of(new Membership(Program.SECURITY, AFTER, AFTER.plusYears(1), 1)));
    Dossier d =
        new Dossier(Dossier.FORMAT, AS_OF, future, FACILITIES, MATERIALS, List.of(), List.of(), List.of(), e);
    List<Problem> problems = VALIDATOR.validate(d);
    assertThat(problems).allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.DATE_AFTER_AS_OF));
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "/evidence/socialComplianceProgram/adopted",
            "/evidence/socialComplianceProgram/lastReviewed",
            "/evidence/riskAssessment/performed",
            "/evidence/codeOfConduct/adopted",
            "/evidence/codeOfConduct/uploadedToPortal",
            "/evidence/audits/0/date",
            "/evidence/trainings/0/date",
            "/evidence/supplierCommitments/0/acknowledged",
            "/evidence/remediationPlan/adopted",
            "/evidence/remediationCases/0/opened",
            "/evidence/remediationCases/0/disclosedToCbp",
            "/evidence/remediationCases/0/closed",
            "/evidence/engagements/0/date",
            "/evidence/documents/0/issued");
    assertThat(problems.get(0).message()).isEqualTo("date 2026-01-02 is after the dossier's asOf date 2026-01-01");
  }

  @Test
  void dateOnAsOf_isAccepted_andNoAsOfMeansNoDateCheck() {
    Evidence e = evidence(null, List.of(new Audit("a1", "f1", AS_OF, null, true, false, false, "d1", List.of())),
        List.of(), List.of(), List.of(), List.of());
    assertThat(VALIDATOR.validate(dossier(FACILITIES, List.of(), List.of(), List.of(), e))).isEmpty();
    Evidence later = evidence(null, List.of(new Audit("a1", "f1", AFTER, null, true, false, false, "d1", List.of())),
        List.of(), List.of(), List.of(), List.of());
    Dossier noAsOf =
        new Dossier(Dossier.FORMAT, null, PARTNER, FACILITIES, MATERIALS, List.of(), List.of(), List.of(), later);
    assertThat(VALIDATOR.validate(noAsOf)).isEmpty();
  }

  @Test
  void fieldChecks_blankAndMalformed() {
    // missing values cannot be built with the null-hostile records: DossierBuilderTest covers them
    Facility bad =
        new Facility(
            " ", "Plant", List.of("", "ok"), "Cn", "CN-XJ", "",
            new org.ctpat4j.core.dossier.Identifiers("", "X", "Y", "Z"), false);
    Partner partner =
        new Partner(" ", "USA", BusinessEntityType.US_IMPORTER, List.of(new Membership(Program.SECURITY, null, null, 0)));
    Dossier d =
        new Dossier(
            "ctpat4j-dossier/0", null, partner, List.of(bad), List.of(new Material("m1", "Cotton", "1")),
            List.of(new Link("f1", "f1", "m1", Double.NaN, List.of())), List.of(), List.of(), null);
    assertThat(VALIDATOR.validate(d))
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/format", "UNSUPPORTED_FORMAT"),
            tuple("/partner/name", "INVALID_VALUE"),
            tuple("/partner/country", "INVALID_VALUE"),
            tuple("/partner/memberships/0/since", "MISSING_FIELD"),
            tuple("/partner/memberships/0/tier", "INVALID_VALUE"),
            tuple("/facilities/0/id", "INVALID_VALUE"),
            tuple("/facilities/0/aliases/0", "INVALID_VALUE"),
            tuple("/facilities/0/country", "INVALID_VALUE"),
            tuple("/facilities/0/address", "INVALID_VALUE"),
            tuple("/facilities/0/identifiers/osId", "INVALID_VALUE"),
            tuple("/facilities/0/identifiers/lei", "INVALID_VALUE"),
            tuple("/facilities/0/identifiers/uscc", "INVALID_VALUE"),
            tuple("/facilities/0/identifiers/gln", "INVALID_VALUE"),
            tuple("/materials/0/hsCode", "INVALID_VALUE"),
            tuple("/links/0/from", "BROKEN_REFERENCE"),
            tuple("/links/0/to", "BROKEN_REFERENCE"),
            tuple("/links/0/share", "INVALID_VALUE"));
  }

  @Test
  void orderOfDates_closedBeforeOpenedAndMembershipEndingBeforeStart() {
    RemediationCase c =
        new RemediationCase("c1", "f1", AS_OF, List.of(), null, List.of(), AS_OF.minusDays(1));
    Evidence e = evidence(null, List.of(), List.of(), List.of(), List.of(c), List.of());
    Partner p =
        new Partner(
            "Acme", "US", BusinessEntityType.US_IMPORTER,
            List.of(new Membership(Program.SECURITY, AS_OF, AS_OF, null)));
    Dossier d = new Dossier(Dossier.FORMAT, AS_OF, p, FACILITIES, MATERIALS, List.of(), List.of(), List.of(), e);
    assertThat(VALIDATOR.validate(d))
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/partner/memberships/0/until", "INVALID_VALUE"),
            tuple("/evidence/remediationCases/0/closed", "INVALID_VALUE"));
  }

  @Test
  void requireValid_throwsWithEveryProblem() {
    Dossier d = dossier(FACILITIES, List.of(new Link("x", "y", "m1")), List.of(), List.of(), Evidence.NONE);
    assertThatThrownBy(() -> VALIDATOR.requireValid(d, "erp-export"))
        .isInstanceOf(DossierFormatException.class)
        .hasMessageStartingWith("2 problems in erp-export:")
        .hasMessageContaining("erp-export: at /links/0/from: no facility has the id \"x\" [BROKEN_REFERENCE]");
  }

  @Test
  void validate_null_isRejected() {
    assertThatThrownBy(() -> VALIDATOR.validate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void generatedDossier_withOneReferenceBroken_isCaught() {
    // a property check the other way round: break one reference of valid generated dossiers, the validator notices
    int checked = 0;
    for (long seed = 0; seed < 200; seed++) {
      Dossier d = DossierGenerator.generate(seed);
      if (d.links().isEmpty()) {
        continue;
      }
      Link l = d.links().get(0);
      List<Link> links = new java.util.ArrayList<>(d.links());
      links.set(0, new Link(l.from(), "no-such-facility", l.material(), l.share(), l.documents()));
      Dossier broken =
          new Dossier(d.format(), d.asOf(), d.partner(), d.facilities(), d.materials(), links, d.unmappedInputs(),
              d.products(), d.evidence());
      assertThat(VALIDATOR.validate(broken))
          .as("seed %d", seed)
          .extracting(Problem::path, Problem::codeName)
          .containsExactly(tuple("/links/0/to", "BROKEN_REFERENCE"));
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }
}
