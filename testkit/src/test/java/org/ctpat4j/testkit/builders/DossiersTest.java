package org.ctpat4j.testkit.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossier;
import static org.ctpat4j.testkit.builders.Dossiers.dossier;
import static org.ctpat4j.testkit.builders.Dossiers.facility;
import static org.ctpat4j.testkit.builders.Dossiers.link;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.testkit.gen.RiskFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DossiersTest {

  private static final DossierWriter WRITER = DossierWriter.standard();
  private static final DossierReader READER = DossierReader.strict();
  private static final LocalDate TC_ANNOUNCED = LocalDate.of(2022, 8, 1);

  @Test
  void compliantDossier_build_roundTripsThroughJsonUnchanged() {
    Dossier d = compliantDossier().build();
    assertThat(READER.read(WRITER.write(d))).isEqualTo(d);
  }

  @Test
  void compliantDossier_build_hasNoBrokenReference() {
    assertThat(ReferenceCheck.problems(compliantDossier().build())).isEmpty();
  }

  @Test
  void compliantDossier_supplyChain_carriesNoRiskSignal() {
    Dossier d = compliantDossier().build();
    Set<String> listed = RiskFixtures.LISTED_ENTITIES.stream().map(e -> e.name()).collect(Collectors.toSet());
    assertThat(d.facilities()).allSatisfy(f -> {
      // Mexico is TIP Tier 2 (2023); its ILAB goods (tomatoes, coffee, garments, ...) are not in this chain
      assertThat(f.country()).as("country of %s", f.id()).isIn("US", "CA", "DE", "MX");
      assertThat(f.region()).doesNotStartWith("CN");
      assertThat(listed).doesNotContain(f.name());
      assertThat(ValidIdentifiers.isValidLei(f.identifiers().lei())).isTrue();
      assertThat(ValidIdentifiers.isValidGln(f.identifiers().gln())).isTrue();
      assertThat(f.address()).isNotBlank();
      assertThat(f.redacted()).isFalse();
    });
    assertThat(d.unmappedInputs()).isEmpty();
    assertThat(d.links()).allSatisfy(l -> assertThat(l.documents()).isNotEmpty());
    Set<String> ilabGoods =
        RiskFixtures.ILAB_FORCED_LABOR_GOODS.stream().map(g -> g.good()).collect(Collectors.toSet());
    assertThat(d.materials()).allSatisfy(m -> assertThat(ilabGoods).doesNotContain(m.name()));
  }

  @Test
  void compliantDossier_partner_isTradeComplianceMemberBeforeTheRequirements() {
    Dossier d = compliantDossier().build();
    assertThat(d.partner().entityType().isImporter()).isTrue();
    assertThat(d.partner().firstJoined(Program.SECURITY)).get().matches(day -> day.isBefore(TC_ANNOUNCED));
    assertThat(d.partner().firstJoined(Program.TRADE_COMPLIANCE)).get().matches(day -> day.isBefore(TC_ANNOUNCED));
    assertThat(d.partner().membershipOn(Program.TRADE_COMPLIANCE, d.asOf())).isPresent();
    assertThat(d.partner().membershipOn(Program.SECURITY, d.asOf())).isPresent();
  }

  @Test
  void compliantDossier_evidence_isCompleteAndWithinTwelveMonths() {
    Dossier d = compliantDossier().build();
    LocalDate asOf = d.asOf();
    LocalDate yearAgo = asOf.minusMonths(12);
    Evidence e = d.evidence();
    assertThat(e.socialComplianceProgram().addressesForcedLabor()).isTrue();
    assertThat(e.socialComplianceProgram().lastReviewed()).isAfter(yearAgo).isBefore(asOf);
    assertThat(e.riskAssessment().performed()).isAfter(yearAgo).isBefore(asOf);
    assertThat(e.riskAssessment().includesForcedLabor()).isTrue();
    assertThat(e.riskAssessment().sourcesConsulted())
        .contains(RiskSource.UFLPA_ENTITY_LIST, RiskSource.WRO_FINDINGS, RiskSource.ILAB_LIST, RiskSource.TIP_REPORT);
    var code = e.codeOfConduct();
    assertThat(code.publicUrl()).startsWith("https://");
    assertThat(code.uploadedToPortal()).isBefore(asOf);
    assertThat(code.prohibitsForcedLabor()).isTrue();
    assertThat(code.commitsToMapping()).isTrue();
    assertThat(code.policies()).isNotEmpty();
    assertThat(e.trainings())
        .anySatisfy(t -> {
          assertThat(t.audience()).isEqualTo(TrainingAudience.EMPLOYEES);
          assertThat(t.topics()).contains(TrainingTopic.FORCED_LABOR_INDICATORS);
          assertThat(t.date()).isAfter(yearAgo);
        });
    Set<String> producers = d.products().stream().map(Product::producedBy).collect(Collectors.toSet());
    assertThat(producers).isNotEmpty();
    for (String producer : producers) {
      assertThat(e.supplierCommitments())
          .anySatisfy(c -> {
            assertThat(c.facility()).isEqualTo(producer);
            assertThat(c.codeOfConductVersion()).isEqualTo(code.version());
            assertThat(c.excludesForcedLaborPartners()).isTrue();
          });
    }
    assertThat(e.remediationPlan().includesCbpDisclosure()).isTrue();
    assertThat(e.engagements()).extracting(g -> g.kind())
        .contains(EngagementKind.BEST_PRACTICE_SHARED, EngagementKind.IMPROVEMENT_PLAN);
    assertThat(e.engagements()).allSatisfy(g -> assertThat(g.date()).isAfter(yearAgo));
    assertThat(e.documents()).allSatisfy(doc -> {
      assertThat(doc.redacted()).isFalse();
      assertThat(doc.sha256()).matches("[0-9a-f]{64}");
    });
  }

  @Test
  void compliantDossier_otherAsOf_movesRelativeDatesAlong() {
    LocalDate later = LocalDate.of(2030, 3, 15);
    Dossier d = compliantDossier(later).build();
    assertThat(d.asOf()).isEqualTo(later);
    assertThat(d.evidence().riskAssessment().performed()).isEqualTo(later.minusMonths(3));
    assertThat(d.evidence().socialComplianceProgram().lastReviewed()).isEqualTo(later.minusMonths(2));
  }

  @Test
  void compliantDossier_asOfBeforeMembership_isRejected() {
    assertThatThrownBy(() -> compliantDossier(LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021-06-01");
  }

  @Test
  void withoutCodeOfConduct_build_removesOnlyTheCode() {
    Dossier base = compliantDossier().build();
    Dossier d = compliantDossier().withoutCodeOfConduct().build();
    assertThat(d.evidence().codeOfConduct()).isNull();
    assertThat(d.evidence().socialComplianceProgram()).isEqualTo(base.evidence().socialComplianceProgram());
    assertThat(d.facilities()).isEqualTo(base.facilities());
  }

  @Test
  void codeOfConductVersion_changed_commitmentsFollowIt() {
    Dossier d = compliantDossier().codeOfConduct(c -> c.version("4.0")).build();
    assertThat(d.evidence().supplierCommitments()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.codeOfConductVersion()).isEqualTo("4.0"));
  }

  @Test
  void facilityEdit_inXinjiang_changesThatFacilityOnly() {
    Dossier d = compliantDossier().facility("f5", FacilityBuilder::inXinjiang).build();
    assertThat(d.facility("f5")).get().satisfies(f -> {
      assertThat(f.country()).isEqualTo("CN");
      assertThat(f.region()).isEqualTo("CN-XJ");
      assertThat(ValidIdentifiers.isValidUscc(f.identifiers().uscc())).isTrue();
      assertThat(f.identifiers().uscc()).startsWith("9165");
    });
    assertThat(d.facility("f1")).get().extracting(Facility::country).isEqualTo("MX");
  }

  @Test
  void facilityEdit_unknownId_namesTheKnownOnes() {
    assertThatThrownBy(() -> compliantDossier().facility("nope", f -> f.name("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("f1");
  }

  @Test
  void withoutFacility_build_removesEverythingThatReferredToIt() {
    Dossier d = compliantDossier().withoutFacility("f1").build();
    assertThat(d.facility("f1")).isEmpty();
    assertThat(d.links()).noneMatch(l -> l.from().equals("f1") || l.to().equals("f1"));
    assertThat(d.products()).extracting(Product::id).containsExactly("p2");
    assertThat(d.evidence().supplierCommitments()).noneMatch(c -> c.facility().equals("f1"));
    assertThat(d.evidence().audits()).noneMatch(a -> a.facility().equals("f1"));
    assertThat(d.evidence().trainings()).noneMatch(t -> "f1".equals(t.facility()));
    assertThat(ReferenceCheck.problems(d)).isEmpty();
  }

  @Test
  void from_builtDossier_rebuildsAnEqualDossier() {
    Dossier d = compliantDossier().withGap(EvidenceGap.NO_AUDITS).build();
    assertThat(DossierBuilder.from(d).build()).isEqualTo(d);
  }

  @Test
  void from_dossierWithoutAsOf_keepsItAbsent() {
    Dossier d = dossier().withoutAsOf().link("a", "b", "m").build();
    assertThat(d.asOf()).isNull();
    assertThat(DossierBuilder.from(d).build()).isEqualTo(d);
  }

  @Test
  void link_undeclaredParts_areRegisteredWithDefaults() {
    Dossier d = dossier().link(link("f2", "f1", "m1").share(0.4).document("po-1")).product("p1", "f1").build();
    assertThat(d.facilities()).extracting(Facility::id).containsExactly("f2", "f1");
    assertThat(d.facilities()).allSatisfy(f -> assertThat(f.country()).isEqualTo("US"));
    assertThat(d.materials()).extracting(m -> m.id()).containsExactly("m1");
    assertThat(d.evidence().documents()).extracting(Document::id).containsExactly("po-1");
    assertThat(ReferenceCheck.problems(d)).isEmpty();
  }

  @Test
  void keepBrokenReferences_build_leavesReferencesBroken() {
    Dossier d = dossier().keepBrokenReferences().link("f2", "f1", "m1").build();
    assertThat(d.facilities()).isEmpty();
    assertThat(ReferenceCheck.problems(d)).contains("unknown facility f1", "unknown facility f2", "unknown material m1");
  }

  @Test
  void withoutDocument_referencedDocument_staysMissing() {
    Dossier d = compliantDossier().withoutDocument("doc-risk-assessment").build();
    assertThat(d.evidence().document("doc-risk-assessment")).isEmpty();
    assertThat(ReferenceCheck.problems(d)).containsExactly("unknown document doc-risk-assessment");
  }

  @Test
  void facility_sameIdTwice_replacesInPlace() {
    Dossier d = dossier().facility(facility("f1").name("A")).facility(facility("f2")).facility(facility("f1").name("B")).build();
    assertThat(d.facilities()).extracting(Facility::name).containsExactly("B", "Facility f2");
  }

  @Test
  void dossier_empty_isValidAndJudgedAtTheDefaultDay() {
    Dossier d = dossier().build();
    assertThat(d.asOf()).isEqualTo(Dossiers.DEFAULT_AS_OF);
    assertThat(d.facilities()).isEmpty();
    assertThat(d.evidence()).isEqualTo(Evidence.NONE);
    assertThat(READER.read(WRITER.write(d))).isEqualTo(d);
  }

  @Test
  void auditBefore_relativeDate_resolvedAgainstAsOf() {
    LocalDate asOf = LocalDate.of(2027, 1, 31);
    Dossier d = dossier().asOf(asOf).audit(Dossiers.audit("a1", "f1").before(Period.ofMonths(13))).build();
    assertThat(d.evidence().audits().get(0).date()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @ParameterizedTest
  @EnumSource(EvidenceGap.class)
  void withGap_eachGap_changesTheCompliantEvidence(EvidenceGap gap) {
    Evidence complete = compliantDossier().build().evidence();
    Evidence gapped = compliantDossier().withGap(gap).build().evidence();
    assertThat(gapped).isNotEqualTo(complete);
    assertThat(gap.applyTo(gapped, Dossiers.DEFAULT_AS_OF)).as("applying twice changes nothing").isEqualTo(gapped);
  }

  @Test
  void withGap_staleRiskAssessment_isEighteenMonthsOld() {
    Dossier d = compliantDossier().withGap(EvidenceGap.STALE_RISK_ASSESSMENT).build();
    assertThat(d.evidence().riskAssessment().performed()).isEqualTo(d.asOf().minusMonths(18));
  }

  @Test
  void withGap_missingDocuments_breaksEveryDocumentReference() {
    Dossier d = compliantDossier().withGap(EvidenceGap.MISSING_DOCUMENTS).build();
    assertThat(d.evidence().documents()).isEmpty();
    assertThat(ReferenceCheck.problems(d)).isNotEmpty().allMatch(p -> p.startsWith("unknown document"));
  }

  @Test
  void withGap_outdatedCommitments_acknowledgeTheSupersededVersion() {
    Dossier d = compliantDossier().withGap(EvidenceGap.OUTDATED_SUPPLIER_COMMITMENTS).build();
    assertThat(d.evidence().supplierCommitments()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.codeOfConductVersion()).isEqualTo(EvidenceGap.SUPERSEDED_VERSION));
  }

  @Test
  void withGap_noEmployeeTraining_keepsSupplierTrainings() {
    Dossier d = compliantDossier().withGap(EvidenceGap.NO_EMPLOYEE_TRAINING).build();
    assertThat(d.evidence().trainings()).isNotEmpty()
        .allSatisfy(t -> assertThat(t.audience()).isEqualTo(TrainingAudience.SUPPLIER));
  }

  @Test
  void partnerEdit_withoutTradeCompliance_keepsSecurity() {
    Dossier d = compliantDossier().partner(p -> p.withoutMembership(Program.TRADE_COMPLIANCE)).build();
    assertThat(d.partner().memberships()).extracting(m -> m.program()).containsExactly(Program.SECURITY);
  }

  @Test
  void builders_blankId_areRejectedNamingTheField() {
    assertThatThrownBy(() -> facility(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> link("a", "b", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("material");
    assertThatThrownBy(() -> Dossiers.supplierTraining("t", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("facility");
  }

  @Test
  void build_twice_givesEqualIndependentDossiers() {
    DossierBuilder b = compliantDossier();
    Dossier first = b.build();
    Dossier second = b.build();
    assertThat(second).isEqualTo(first).isNotSameAs(first);
    List<Facility> facilities = first.facilities();
    assertThatThrownBy(() -> facilities.add(facility("x").build())).isInstanceOf(UnsupportedOperationException.class);
  }
}
