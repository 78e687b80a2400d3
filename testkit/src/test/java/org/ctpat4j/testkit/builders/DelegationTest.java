package org.ctpat4j.testkit.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.ctpat4j.testkit.builders.Dossiers.DEFAULT_AS_OF;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.dossier.AuditType;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * The testkit's part builders are test defaults on top of core's part builders: they build what core builds, and
 * refuse what core refuses, with core's messages.
 */
class DelegationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  @Test
  void facility_equalsTheOneCoreBuilds() {
    assertThat(Dossiers.facility("f2").name("Polar Wafer").country("CN").region("CN-JS").alias("Polar")
            .address("8 Binjiang Rd").origin(false).redacted(true).build())
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder.newBuilder("f2").name("Polar Wafer")
            .country("CN").region("CN-JS").alias("Polar").address("8 Binjiang Rd").origin(false).redacted(true)
            .build());
    // the defaults are the only difference
    assertThat(Dossiers.facility("f1").build())
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder.newBuilder("f1").name("Facility f1")
            .country("US").build());
  }

  @Test
  void facility_invalidInput_getsCoresProblemsNamingTheField() {
    FacilityBuilder b = Dossiers.facility("f2").country("CN").region("Xinjiang").name(" ");
    DossierFormatException testkit = catchThrowableOfType(DossierFormatException.class, b::build);
    DossierFormatException core = catchThrowableOfType(DossierFormatException.class,
        org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder.newBuilder("f2").country("CN").region("Xinjiang")
            .name(" ")::build);
    assertThat(testkit.problems()).isEqualTo(core.problems());
    assertThat(testkit).hasMessage(core.getMessage());
    assertThat(testkit.problems()).extracting(Problem::path, Problem::codeName)
        .containsExactly(tuple("/name", "INVALID_VALUE"), tuple("/region", "INVALID_VALUE"));
    assertThat(testkit).hasMessageContaining("at /region: \"Xinjiang\" is not an ISO 3166-2 subdivision code");
    // unchecked, core's record refuses only what it cannot hold, naming the component
    assertThat(b.buildUnchecked().region()).isEqualTo("Xinjiang");
    assertThatNullPointerException().isThrownBy(() -> Dossiers.facility("f3").country(null).buildUnchecked())
        .withMessage("country");
  }

  @Test
  void validIdentifiers_passCoresCheckDigitChecks() {
    assertThat(Dossiers.facility("f7").country("CN").region("CN-XJ").withValidIdentifiers().build().identifiers()
            .uscc())
        .isNotNull();
    assertThat(Dossiers.facility("f8").country("DE").withValidIdentifiers().build().identifiers().lei()).isNotNull();
  }

  @Test
  void everyPart_equalsTheOneCoreBuilds_fromTheSameValues() {
    assertThat(Dossiers.link("f2", "f1", "m1").share(0.4).document("po-1").build())
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder.newBuilder("f2", "f1", "m1").share(0.4)
            .document("po-1").build());
    assertThat(Dossiers.product("p1", "f1").hsCode("8541.43").build())
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder.newBuilder("p1").name("Product p1")
            .hsCode("8541.43").producedBy("f1").build());
    assertThat(Dossiers.partner().build())
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder.newBuilder().name("Example Importer Inc.")
            .country("US").entityType(BusinessEntityType.US_IMPORTER).build());
    assertThat(Dossiers.audit("a1", "f1").type(AuditType.SECOND_PARTY).build(DAY))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder.newBuilder("a1").facility("f1")
            .date(DAY.minusMonths(4)).scheme("SMETA").type(AuditType.SECOND_PARTY).document("doc-audit-a1").build());
    assertThat(Dossiers.supplierTraining("t1", "f1").build(DAY))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder.newBuilder("t1")
            .audience(TrainingAudience.SUPPLIER).facility("f1").date(DAY.minusMonths(5))
            .topic(TrainingTopic.FORCED_LABOR_INDICATORS).participants(25).document("doc-training-t1").build());
    assertThat(Dossiers.commitment("f1").build(DAY, "2.0"))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder.newBuilder().facility("f1")
            .codeOfConductVersion("2.0").acknowledged(DAY.minusMonths(6)).excludesForcedLaborPartners(true)
            .document("doc-commitment-f1").build());
    assertThat(Dossiers.remediationCase("rc1", "f1").disclosedToCbp().build(DAY))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder.newBuilder("rc1").facility("f1")
            .opened(DAY.minusMonths(2)).disclosedToCbp(DAY.minusMonths(1)).build());
    assertThat(Dossiers.engagement(EngagementKind.BEST_PRACTICE_SHARED).build(DAY))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder.newBuilder().date(DAY.minusMonths(1))
            .kind(EngagementKind.BEST_PRACTICE_SHARED).document("doc-best-practice-shared").build());
    assertThat(Dossiers.riskAssessment().sources(RiskSource.ILAB_LIST).build(DAY))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder.newBuilder()
            .document("doc-risk-assessment").performed(DAY.minusMonths(3)).includesForcedLabor(true)
            .sourceConsulted(RiskSource.ILAB_LIST).build());
    assertThat(Dossiers.remediationPlan().build(DAY))
        .isEqualTo(org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder.newBuilder()
            .document("doc-remediation-plan").adopted(DAY.minusYears(1)).includesCbpDisclosure(true).build());
  }

  @Test
  void everyPart_refusesWhatCoreRefuses_namingTheField() {
    assertThat(problems(Dossiers.link("f2", "f1", "m1").share(1.5)::build)).containsExactly("/share");
    assertThat(problems(Dossiers.product("p1", "f1").hsCode("85")::build)).containsExactly("/hsCode");
    assertThat(problems(Dossiers.partner().country("USA")::build)).containsExactly("/country");
    assertThat(problems(Dossiers.audit("a1", "f1").document(" ")::build)).containsExactly("/document");
    assertThat(problems(Dossiers.employeeTraining("t1").participants(0)::build)).containsExactly("/participants");
    assertThat(problems(Dossiers.commitment("f1").codeOfConductVersion(" ")::build))
        .containsExactly("/codeOfConductVersion");
    assertThat(problems(Dossiers.remediationCase("rc1", "f1").closed(LocalDate.of(2020, 1, 1))::build))
        .containsExactly("/closed");
    assertThat(problems(Dossiers.bestPracticeShared().description(" ")::build)).containsExactly("/description");
    assertThat(problems(Dossiers.document("d1").sha256("ABC")::build)).containsExactly("/sha256");
    assertThat(problems(Dossiers.socialComplianceProgram().lastReviewed(LocalDate.of(2020, 1, 1))::build))
        .containsExactly("/lastReviewed");
    assertThat(problems(Dossiers.riskAssessment().document(null)::build)).containsExactly("/document");
    assertThat(problems(Dossiers.codeOfConduct().version(" ")::build)).containsExactly("/version");
    assertThat(problems(Dossiers.remediationPlan().document(" ")::build)).containsExactly("/document");
  }

  @Test
  void from_thenBuild_givesBackEveryPartOfTheCompliantDossier() {
    Dossier d = Dossiers.compliantDossier().build();
    assertThat(DossierValidator.standard().validate(d)).isEmpty();
    d.facilities().forEach(f -> assertThat(FacilityBuilder.from(f).build()).isEqualTo(f));
    d.links().forEach(l -> assertThat(LinkBuilder.from(l).build()).isEqualTo(l));
    d.products().forEach(p -> assertThat(ProductBuilder.from(p).build()).isEqualTo(p));
    assertThat(PartnerBuilder.from(d.partner()).build()).isEqualTo(d.partner());
    Evidence e = d.evidence();
    assertThat(ProgramBuilder.from(e.socialComplianceProgram()).build()).isEqualTo(e.socialComplianceProgram());
    assertThat(RiskAssessmentBuilder.from(e.riskAssessment()).build()).isEqualTo(e.riskAssessment());
    assertThat(CodeOfConductBuilder.from(e.codeOfConduct()).build()).isEqualTo(e.codeOfConduct());
    assertThat(RemediationPlanBuilder.from(e.remediationPlan()).build()).isEqualTo(e.remediationPlan());
    e.audits().forEach(a -> assertThat(AuditBuilder.from(a).build()).isEqualTo(a));
    e.trainings().forEach(t -> assertThat(TrainingBuilder.from(t).build()).isEqualTo(t));
    e.supplierCommitments().forEach(c -> assertThat(CommitmentBuilder.from(c).build()).isEqualTo(c));
    e.engagements().forEach(g -> assertThat(EngagementBuilder.from(g).build()).isEqualTo(g));
    e.documents().forEach(doc -> assertThat(DocumentBuilder.from(doc).build()).isEqualTo(doc));
  }

  @Test
  void relativeDates_followTheDayOfEachBuild() {
    AuditBuilder audit = Dossiers.audit("a1", "f1").before(Period.ofMonths(1));
    assertThat(audit.build(DAY).date()).isEqualTo(DAY.minusMonths(1));
    assertThat(audit.build().date()).isEqualTo(DEFAULT_AS_OF.minusMonths(1));
    assertThat(audit.build(DAY).date()).isEqualTo(DAY.minusMonths(1));
  }

  @Test
  void dossierBuilder_stillBuildsInvalidDossiersOnPurpose_forTestsOfTheChecks() {
    Dossier d = Dossiers.dossier().facility(Dossiers.facility("f1").region("Xinjiang")).link("f1", "f2", "m1")
        .build();
    assertThat(d.facility("f1").orElseThrow().region()).isEqualTo("Xinjiang");
    assertThat(DossierValidator.standard().validate(d)).extracting(Problem::path)
        .contains("/facilities/0/region");
  }

  private static List<String> problems(org.assertj.core.api.ThrowableAssert.ThrowingCallable build) {
    try {
      build.call();
      return List.of();
    } catch (DossierFormatException e) {
      return e.problems().stream().map(Problem::path).toList();
    } catch (Throwable t) {
      throw new AssertionError("expected a DossierFormatException, got " + t, t);
    }
  }
}
