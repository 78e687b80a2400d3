package org.ctpat4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.DocumentBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder;
import org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder;
import org.ctpat4j.core.testing.DossierGenerator;
import org.junit.jupiter.api.Test;

/** The part builders of {@link DossierBuilder} used on their own, outside a dossier. */
class PartBuildersTest {

  @Test
  void facility_built_equalsTheRecord() {
    Facility built =
        FacilityBuilder.newBuilder("f2").name("Polar Wafer").country("CN").region("CN-JS").alias("Polar")
            .address("8 Binjiang Rd").origin(false).build();
    assertThat(built)
        .isEqualTo(
            new Facility("f2", "Polar Wafer", List.of("Polar"), "CN", "CN-JS", "8 Binjiang Rd", Identifiers.NONE,
                false, false));
  }

  @Test
  void facility_invalidValues_areEveryProblemWithItsPointerWithinTheFacility() {
    FacilityBuilder b = FacilityBuilder.newBuilder("f2").country("CN").region("Xinjiang").address(" ");
    DossierFormatException e = catchThrowableOfType(DossierFormatException.class, b::build);
    assertThat(e.source()).isEqualTo("built facility");
    assertThat(e.problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/name", "MISSING_FIELD"), tuple("/region", "INVALID_VALUE"), tuple("/address", "INVALID_VALUE"));
    assertThat(e)
        .hasMessageContaining("built facility: at /name: required field \"name\" is missing")
        .hasMessageContaining("at /region: \"Xinjiang\" is not an ISO 3166-2 subdivision code");
    // unchecked, only the record's own null rule holds
    assertThatNullPointerException().isThrownBy(b::buildUnchecked).withMessage("name");
    assertThat(b.name("Polar Wafer").buildUnchecked().region()).isEqualTo("Xinjiang");
  }

  @Test
  void partsReferringToOthers_areNotRefusedAlone_theDossierChecksReferences() {
    Audit audit =
        AuditBuilder.newBuilder("a1").facility("nowhere").date(LocalDate.of(2026, 6, 1)).document("missing").build();
    assertThat(audit.facility()).isEqualTo("nowhere");
    Link link = LinkBuilder.newBuilder("ghost", "f1", "wafer").document("po-7").build();
    assertThat(link.documents()).containsExactly("po-7");
    // dates are not held against an asOf the part does not have
    assertThat(DocumentBuilder.newBuilder("d1").title("Later").issued(LocalDate.of(2999, 1, 1)).build().issued())
        .isEqualTo(LocalDate.of(2999, 1, 1));
  }

  @Test
  void everyPart_checksItsOwnFields() {
    assertThat(problems(LinkBuilder.newBuilder("f2", null, "m1").share(1.5)::build))
        .containsExactly(tuple("/to", "MISSING_FIELD"), tuple("/share", "INVALID_VALUE"));
    assertThat(problems(ProductBuilder.newBuilder("p1").name("Module").hsCode("85")::build))
        .containsExactly(tuple("/hsCode", "INVALID_VALUE"), tuple("/producedBy", "MISSING_FIELD"));
    assertThat(problems(PartnerBuilder.newBuilder().name("Acme").country("USA")::build))
        .containsExactly(tuple("/country", "INVALID_VALUE"), tuple("/entityType", "MISSING_FIELD"));
    assertThat(problems(AuditBuilder.newBuilder("a1").facility("f1").independent(true)
            .type(AuditType.SECOND_PARTY).independent(true)::build))
        .containsExactly(tuple("/date", "MISSING_FIELD"), tuple("/independent", "INVALID_VALUE"),
            tuple("/document", "MISSING_FIELD"));
    assertThat(problems(TrainingBuilder.newBuilder("t1").audience(TrainingAudience.SUPPLIER)
            .date(LocalDate.of(2026, 1, 1)).participants(0).document("att")::build))
        .containsExactly(tuple("/facility", "MISSING_FIELD"), tuple("/participants", "INVALID_VALUE"));
    assertThat(problems(CommitmentBuilder.newBuilder().facility("f1").document("ack")::build))
        .containsExactly(tuple("/codeOfConductVersion", "MISSING_FIELD"), tuple("/acknowledged", "MISSING_FIELD"));
    assertThat(problems(RemediationCaseBuilder.newBuilder("rc1").facility("f1").opened(LocalDate.of(2026, 5, 1))
            .closed(LocalDate.of(2026, 4, 1))::build))
        .containsExactly(tuple("/closed", "INVALID_VALUE"));
    assertThat(problems(EngagementBuilder.newBuilder().date(LocalDate.of(2026, 1, 1)).document("w")::build))
        .containsExactly(tuple("/kind", "MISSING_FIELD"));
    assertThat(problems(DocumentBuilder.newBuilder("d1").title("T").sha256("ABC")::build))
        .containsExactly(tuple("/sha256", "INVALID_VALUE"));
    assertThat(problems(ProgramBuilder.newBuilder().adopted(LocalDate.of(2025, 1, 1))
            .lastReviewed(LocalDate.of(2024, 1, 1))::build))
        .containsExactly(tuple("/document", "MISSING_FIELD"), tuple("/lastReviewed", "INVALID_VALUE"));
    assertThat(problems(RiskAssessmentBuilder.newBuilder()::build))
        .containsExactly(tuple("/document", "MISSING_FIELD"));
    assertThat(problems(CodeOfConductBuilder.newBuilder().document("coc")::build))
        .containsExactly(tuple("/version", "MISSING_FIELD"));
    assertThat(problems(RemediationPlanBuilder.newBuilder().document(" ")::build))
        .containsExactly(tuple("/document", "INVALID_VALUE"));
  }

  @Test
  void from_ofEveryRecordOfGeneratedDossiers_buildsItAgainUnchanged() {
    long base = Long.getLong("ctpat4j.seed", 15L);
    Random r = new Random(base);
    for (int i = 0; i < 50; i++) {
      long seed = r.nextLong();
      Dossier d = DossierGenerator.generate(seed);
      String at = "seed " + seed;
      assertThat(PartnerBuilder.from(d.partner()).build()).as(at).isEqualTo(d.partner());
      d.facilities().forEach(f -> assertThat(FacilityBuilder.from(f).build()).as(at).isEqualTo(f));
      d.links().forEach(l -> assertThat(LinkBuilder.from(l).build()).as(at).isEqualTo(l));
      d.products().forEach(p -> assertThat(ProductBuilder.from(p).build()).as(at).isEqualTo(p));
      Evidence e = d.evidence();
      if (e.socialComplianceProgram() != null) {
        assertThat(ProgramBuilder.from(e.socialComplianceProgram()).build()).as(at)
            .isEqualTo(e.socialComplianceProgram());
      }
      if (e.riskAssessment() != null) {
        assertThat(RiskAssessmentBuilder.from(e.riskAssessment()).build()).as(at).isEqualTo(e.riskAssessment());
      }
      if (e.codeOfConduct() != null) {
        assertThat(CodeOfConductBuilder.from(e.codeOfConduct()).build()).as(at).isEqualTo(e.codeOfConduct());
      }
      if (e.remediationPlan() != null) {
        assertThat(RemediationPlanBuilder.from(e.remediationPlan()).build()).as(at).isEqualTo(e.remediationPlan());
      }
      e.audits().forEach(a -> assertThat(AuditBuilder.from(a).build()).as(at).isEqualTo(a));
      e.trainings().forEach(t -> assertThat(TrainingBuilder.from(t).build()).as(at).isEqualTo(t));
      e.supplierCommitments().forEach(c -> assertThat(CommitmentBuilder.from(c).build()).as(at).isEqualTo(c));
      e.remediationCases().forEach(c -> assertThat(RemediationCaseBuilder.from(c).build()).as(at).isEqualTo(c));
      e.engagements().forEach(g -> assertThat(EngagementBuilder.from(g).build()).as(at).isEqualTo(g));
      e.documents().forEach(doc -> assertThat(DocumentBuilder.from(doc).build()).as(at).isEqualTo(doc));
    }
  }

  @Test
  void build_isIndependentOfLaterChanges_andPartsGoIntoADossierUnchanged() {
    PartnerBuilder partner = PartnerBuilder.newBuilder().name("Acme Solar Inc.").country("US")
        .entityType(BusinessEntityType.US_IMPORTER).membership(Program.SECURITY, LocalDate.of(2019, 3, 1));
    Partner first = partner.build();
    partner.withoutMembership(Program.SECURITY);
    assertThat(first.memberships()).hasSize(1);
    assertThat(partner.build().memberships()).isEmpty();

    Facility f = FacilityBuilder.newBuilder("f1").name("Sunrise Modules").country("VN").build();
    Dossier d = Dossier.newBuilder().partner(first).facility(f).build();
    assertThat(d.facilities()).containsExactly(f);
    assertThat(d.partner()).isEqualTo(first);
  }

  @Test
  void newBuilder_refusesANullId_namingIt() {
    assertThatNullPointerException().isThrownBy(() -> FacilityBuilder.newBuilder(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> AuditBuilder.from(null)).withMessage("audit");
  }

  private static List<Tuple> problems(ThrowingCallable build) {
    return catchThrowableOfType(DossierFormatException.class, build).problems().stream()
        .map(p -> tuple(p.path(), p.codeName()))
        .toList();
  }
}
