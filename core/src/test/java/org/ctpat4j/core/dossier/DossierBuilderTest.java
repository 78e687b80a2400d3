package org.ctpat4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Random;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.MembershipStatus;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.core.testing.DossierGenerator;
import org.ctpat4j.core.validation.DossierValidator;
import org.junit.jupiter.api.Test;

class DossierBuilderTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /** A small valid dossier touching every part of the builder, including the fields added with issue 12. */
  private static DossierBuilder complete() {
    return Dossier.newBuilder()
        .asOf(AS_OF)
        .partner(p -> p.name("Acme Solar Inc.").country("US").entityType(BusinessEntityType.US_IMPORTER)
            .membership(Program.SECURITY, LocalDate.of(2019, 3, 1))
            .membership(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2024, 1, 1), null, null,
                MembershipStatus.SUSPENDED, LocalDate.of(2023, 6, 1), LocalDate.of(2026, 9, 1))))
        .facility("f1", f -> f.name("Sunrise Modules").country("VN").address("1 Le Loi").alias("Sunrise"))
        .facility("f2", f -> f.name("Polar Wafer").country("CN").region("CN-JS").origin(false)
            .identifiers(new Identifiers("CN2019123ABC", null, null, null)))
        .facility("f3", f -> f.name("Quartz Mine").country("NO").origin(true))
        .material("wafer", "Silicon wafer", "3818.00")
        .material("quartz", "Quartz", "2506.10")
        .link("f2", "f1", "wafer", l -> l.share(1.0).document("po-7"))
        .link("f3", "f2", "quartz")
        .unmappedInput("f1", "quartz", "glass supplier not disclosed")
        .product("module", p -> p.name("PV module").hsCode("8541.43").producedBy("f1"))
        .socialComplianceProgram(s -> s.document("scp").adopted(LocalDate.of(2024, 2, 1))
            .lastReviewed(LocalDate.of(2026, 2, 1)).review(LocalDate.of(2025, 2, 1)).addressesForcedLabor(true))
        .riskAssessment(r -> r.document("ra").performed(LocalDate.of(2026, 3, 1)).includesForcedLabor(true)
            .sourceConsulted(RiskSource.UFLPA_ENTITY_LIST, RiskSource.ILAB_LIST))
        .codeOfConduct(c -> c.document("coc").version("2.0").adopted(LocalDate.of(2025, 1, 1))
            .prohibitsForcedLabor(true).commitsToMapping(true).policy("scp")
            .earlierVersion(new CodeOfConductVersion("1.0", LocalDate.of(2022, 1, 1), "coc-1")))
        .remediationPlan(r -> r.document("plan").adopted(LocalDate.of(2024, 5, 1)).includesCbpDisclosure(true))
        .audit("a1", a -> a.facility("f1").date(LocalDate.of(2026, 6, 1)).scheme("SMETA").type(AuditType.THIRD_PARTY)
            .document("audit-1").finding(new AuditFinding(ForcedLaborIndicator.EXCESSIVE_OVERTIME,
                AuditFindingSeverity.MINOR, AuditFindingStatus.REMEDIATED)))
        .training("t1", t -> t.audience(TrainingAudience.SUPPLIER).facility("f1").date(LocalDate.of(2026, 4, 1))
            .topic(TrainingTopic.FORCED_LABOR_INDICATORS).participants(12).document("att-1"))
        .supplierCommitment(c -> c.facility("f1").codeOfConductVersion("2.0").acknowledged(LocalDate.of(2025, 3, 1))
            .excludesForcedLaborPartners(true).document("ack-1"))
        .remediationCase("rc1", c -> c.facility("f1").opened(LocalDate.of(2026, 6, 2))
            .indicator(ForcedLaborIndicator.EXCESSIVE_OVERTIME)
            .action(new RemediationAction("cap hours", LocalDate.of(2026, 8, 1), RemediationActionStatus.DONE))
            .closed(LocalDate.of(2026, 9, 1)).verification("audit-1"))
        .engagement(e -> e.date(LocalDate.of(2026, 5, 1)).kind(EngagementKind.CTPAT_EVENT).document("webinar"))
        .document("po-7", d -> d.title("Purchase order 7"))
        .document("scp", d -> d.title("Social compliance program"))
        .document("ra", d -> d.title("Risk assessment"))
        .document("coc", d -> d.title("Code of conduct 2.0").issued(LocalDate.of(2025, 1, 1)))
        .document("coc-1", d -> d.title("Code of conduct 1.0"))
        .document("plan", d -> d.title("Remediation plan"))
        .document("audit-1", d -> d.title("SMETA report").redacted(true))
        .document("att-1", d -> d.title("Attendance"))
        .document("ack-1", d -> d.title("Acknowledgment"))
        .document("webinar", d -> d.title("Webinar certificate"));
  }

  @Test
  void build_completeDossier_isValidAndReadsBackEqual() {
    Dossier d = complete().build();
    assertThat(DossierValidator.standard().validate(d)).isEmpty();
    assertThat(DossierReader.strict().read(DossierWriter.standard().write(d))).isEqualTo(d);
    assertThat(d.facility("f2").orElseThrow().statedOrigin()).contains(false);
    assertThat(d.partner().memberships()).hasSize(2);
    assertThat(d.evidence().codeOfConduct().versions()).hasSize(1);
    assertThat(d.evidence().remediationCases().get(0).verification()).isEqualTo("audit-1");
    assertThat(d.evidence().socialComplianceProgram().reviews()).containsExactly(LocalDate.of(2025, 2, 1));
    assertThat(d.evidence().audits().get(0).isIndependent()).isTrue();
  }

  @Test
  void toBuilder_ofGeneratedDossiers_buildsAnEqualDossier() {
    long base = Long.getLong("ctpat4j.seed", 15L);
    Random r = new Random(base);
    for (int i = 0; i < 200; i++) {
      long seed = r.nextLong();
      Dossier original = DossierGenerator.generate(seed);
      assertThat(original.toBuilder().build()).as("seed %d", seed).isEqualTo(original);
    }
  }

  @Test
  void toBuilder_changesACopy_notTheOriginal() {
    Dossier d = complete().build();
    Dossier moved = d.toBuilder().facility("f2", f -> f.region("CN-XJ")).build();
    assertThat(moved.facility("f2").orElseThrow().region()).isEqualTo("CN-XJ");
    assertThat(d.facility("f2").orElseThrow().region()).isEqualTo("CN-JS");
    assertThat(moved.facilities()).extracting(Facility::id).containsExactly("f1", "f2", "f3");
  }

  @Test
  void build_isIndependentOfLaterChangesToTheBuilder() {
    DossierBuilder b = complete();
    Dossier first = b.build();
    b.facility("f9", f -> f.name("Late").country("MX"));
    assertThat(first.facility("f9")).isEmpty();
    assertThat(b.build().facility("f9")).isPresent();
  }

  @Test
  void build_missingValues_areMissingFieldProblemsWithTheirPointers_notNullPointerExceptions() {
    DossierBuilder b =
        Dossier.newBuilder()
            .facility("f1", f -> f.country("VN"))
            .link("f1", null, "m1")
            .audit("a1", a -> a.facility("f1").document("d1"))
            .document("d1", d -> d.title("Report"))
            .material("m1", null, null);
    DossierFormatException e = catchThrowableOfType(DossierFormatException.class, b::build);
    assertThat(e.source()).isEqualTo(DossierBuilder.DEFAULT_SOURCE);
    assertThat(e.problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/partner", "MISSING_FIELD"),
            tuple("/facilities/0/name", "MISSING_FIELD"),
            tuple("/materials/0/name", "MISSING_FIELD"),
            tuple("/links/0/to", "MISSING_FIELD"),
            tuple("/evidence/audits/0/date", "MISSING_FIELD"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.hasLocation()).isFalse());
    // unchecked, the records still refuse what is missing: the audit's date is the first built
    assertThatNullPointerException().isThrownBy(b::buildUnchecked).withMessage("date");
  }

  @Test
  void build_regionThatIsNotAnIso3166Code_isRefused() {
    DossierBuilder b = complete().source("ERP export").facility("f2", f -> f.region("Xinjiang"));
    assertThatThrownBy(b::build)
        .isInstanceOf(DossierFormatException.class)
        .hasMessageContaining("ERP export: at /facilities/1/region: \"Xinjiang\" is not an ISO 3166-2 subdivision code");
    DossierBuilder elsewhere = complete().facility("f2", f -> f.region("VN-SG"));
    assertThat(catchThrowableOfType(DossierFormatException.class, elsewhere::build).problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(tuple("/facilities/1/region", "INVALID_VALUE"));
  }

  @Test
  void build_brokenReference_isALocatedProblem_theSameTheValidatorReports() {
    // issue 15: an unchecked dossier whose link names an unknown facility reached the risk engine and failed there
    // with "links[3].from: unknown facility"; the builder reports it where it is, as the reader does
    DossierBuilder b = complete().link("ghost", "f1", "wafer").withoutDocument("webinar");
    DossierFormatException e = catchThrowableOfType(DossierFormatException.class, b::build);
    assertThat(e.problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/links/2/from", "BROKEN_REFERENCE"),
            tuple("/evidence/engagements/0/document", "BROKEN_REFERENCE"));
    assertThat(DossierValidator.standard().validate(b.buildUnchecked())).isEqualTo(e.problems());
  }

  @Test
  void build_duplicateLinkAndSharesOverOne_areRefusedAsByTheStrictReader() {
    DossierBuilder b = complete().link("f2", "f1", "wafer", l -> l.share(0.5));
    assertThat(catchThrowableOfType(DossierFormatException.class, b::build).problems())
        .extracting(Problem::codeName)
        .contains("DUPLICATE_LINK");
  }

  @Test
  void facilityIds_addedTwice_editTheSameFacility() {
    Dossier d = complete().facility("f1", f -> f.name("Renamed")).build();
    assertThat(d.facilities()).extracting(Facility::id).containsExactly("f1", "f2", "f3");
    assertThat(d.facility("f1").orElseThrow().name()).isEqualTo("Renamed");
    assertThat(d.facility("f1").orElseThrow().country()).isEqualTo("VN");
  }

  @Test
  void withoutParts_removeThem() {
    Dossier d =
        complete()
            .withoutSocialComplianceProgram()
            .withoutRiskAssessment()
            .withoutRemediationPlan()
            .withoutCodeOfConduct()
            .buildUnchecked();
    assertThat(d.evidence().socialComplianceProgram()).isNull();
    assertThat(d.evidence().riskAssessment()).isNull();
    assertThat(d.evidence().codeOfConduct()).isNull();
    assertThat(d.evidence().remediationPlan()).isNull();
  }

  @Test
  void partnerMembershipsAndApplications_areKept() {
    Dossier d =
        complete()
            .partner(p -> p.withoutMembership(Program.SECURITY)
                .membership(Membership.applicant(Program.SECURITY, LocalDate.of(2026, 1, 5))))
            .build();
    Partner p = d.partner();
    assertThat(p.memberships()).extracting(Membership::status)
        .containsExactly(MembershipStatus.SUSPENDED, MembershipStatus.APPLICANT);
  }

  @Test
  void nullArguments_ofTheBuilderItself_areRejectedNamingThem() {
    DossierBuilder b = Dossier.newBuilder();
    assertThatNullPointerException().isThrownBy(() -> b.facility(null, f -> {})).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> b.facility("f1", null)).withMessage("edit");
    assertThatNullPointerException().isThrownBy(() -> b.source(null)).withMessage("source");
    assertThatNullPointerException().isThrownBy(() -> b.audit("a", a -> a.finding(null))).withMessage("finding");
  }

  @Test
  void records_canBeAddedAsRecords_andEvidenceReplacesAllTheEvidence() {
    Dossier d = complete().build();
    Dossier same =
        Dossier.newBuilder()
            .asOf(d.asOf())
            .partner(d.partner())
            .facility(d.facilities().get(0))
            .facility(d.facilities().get(1))
            .facility(d.facilities().get(2))
            .material(d.materials().get(0))
            .material(d.materials().get(1))
            .link(d.links().get(0))
            .link(d.links().get(1))
            .unmappedInput(d.unmappedInputs().get(0))
            .product(d.products().get(0))
            .audit("stale", a -> a.facility("f1"))
            .evidence(d.evidence())
            .build();
    assertThat(same).isEqualTo(d);
    DossierBuilder bare = d.toBuilder().evidence(Evidence.NONE);
    assertThat(bare.buildUnchecked().evidence()).isEqualTo(Evidence.NONE);
    // the documents went with the evidence: the link's purchase order is now a broken reference
    assertThat(catchThrowableOfType(DossierFormatException.class, bare::build).problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(tuple("/links/0/documents/0", "BROKEN_REFERENCE"));
  }
}
