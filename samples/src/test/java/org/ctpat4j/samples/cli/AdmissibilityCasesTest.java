package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.testkit.builders.Dossiers.compliantDossier;
import static org.ctpat4j.testkit.builders.Dossiers.facility;
import static org.ctpat4j.testkit.builders.Dossiers.link;
import static org.ctpat4j.testkit.builders.Dossiers.remediationCase;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.testkit.builders.DossierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression tests for the admissibility issue (#11): each case in which ctpat4j used to say COMPLIANT, exit 0, for an
 * importer whose goods CBP would detain, run end to end through {@code ctpat4j assess --format json} on a dossier
 * written as a compliance officer would, asserting the admissibility of the product, the verdict and the exit code.
 *
 * <p>The base is the testkit's fully evidenced Trade Compliance importer (hard maple chairs made by {@code f1} in
 * Mexico, tables by {@code f2} in Germany), COMPLIANT and CLEAR on its own.
 */
class AdmissibilityCasesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @TempDir Path temp;

  private Assessed assess(Dossier dossier, String... options) {
    Assessed run = Assessed.assess(temp, dossier, options);
    assertThat(run.err()).as("stderr").isEmpty();
    return run;
  }

  /** The compliant importer whose Mexican chair maker also buys cotton lint (for the seat pads) from a gin. */
  private static DossierBuilder withGin(String country, String region, String address) {
    return compliantDossier()
        .facility(facility("gin").name("Tarim Oasis Cotton Ginning Co., Ltd.").country(country).region(region)
            .address(address))
        .material("m-lint", "Ginned cotton lint", "5201.00")
        .link(link("gin", "f1", "m-lint").share(0.05).document("doc-po-f5-f3"));
  }

  /** The compliant importer whose Mexican chair maker also buys beech dowels, a good on no list, from a turnery. */
  private static DossierBuilder withDowels(String address) {
    return compliantDossier()
        .facility(facility("gin").name("Golden Beech Wood Turning Co., Ltd.").country("CN").address(address))
        .material("m-dowel", "Beech wood dowels", "4421.91")
        .link(link("gin", "f1", "m-dowel").share(0.02).document("doc-po-f5-f3"));
  }

  @Test
  void baseline_compliantImporter_isCompliantAndClear() {
    Assessed run = assess(compliantDossier().build());

    assertThat(run.report().path("verdict").asText()).isEqualTo("COMPLIANT");
    assertThat(run.report().path("admissibility").asText()).isEqualTo("CLEAR");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
  }

  static Stream<Arguments> xinjiangAddresses() {
    return Stream.of(
        Arguments.of("CN", null, "No. 6 Industrial Road, Shaya County, Aksu Prefecture, Xinjiang, China"),
        Arguments.of("CN", null, "新疆维吾尔自治区阿克苏地区沙雅县工业园区6号"),
        Arguments.of("CN", null, "Korla Economic and Technological Development Zone, Bayingolin"),
        Arguments.of("CN", null, "Urumqi"),
        Arguments.of("CN", null, "Hotan Prefecture"),
        Arguments.of("CN", null, "Aksu"),
        Arguments.of("CN", null, "Shihezi, Xinjiang Uygur Autonomous Region"),
        Arguments.of("CN", "CN-65", null),
        Arguments.of("CN", "CN-XJ", "No. 6 Industrial Road, Shaya County"));
  }

  @ParameterizedTest
  @MethodSource("xinjiangAddresses")
  void ginInXinjiang_however_written_presumesTheProduct_failsTheProgram_andExitsOne(
      String country, String region, String address) {
    Assessed run = assess(withGin(country, region, address).build());

    assertThat(run.admissibility("p1")).isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(run.admissibility("p2")).isEqualTo("CLEAR");
    assertThat(run.report().path("admissibility").asText()).isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(run.report().path("verdict").asText()).isEqualTo("NOT_COMPLIANT");
    assertThat(run.codes("facility:gin")).contains("PRESUMPTION_NOT_REMEDIATED ERROR")
        .doesNotContain("HIGH_RISK_FACILITY_NOT_AUDITED ERROR", "SUPPLIER_TRAINING_MISSING ERROR",
            "SUPPLIER_COMMITMENT_MISSING ERROR");
    assertThat(run.codes("product:p1")).contains("PRODUCT_PRESUMED_FORCED_LABOR WARNING")
        .doesNotContain("PRODUCT_HIGH_RISK WARNING");
    assertThat(run.fixes("product:p1")).allSatisfy(fix -> assertThat(fix).doesNotContainIgnoringCase("audit the"));
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void auditOfPresumedFacility_doesNotCountAsEvidence() {
    Assessed run = assess(withGin("CN", "CN-XJ", "Shaya County, Aksu Prefecture")
        .audit(org.ctpat4j.testkit.builders.Dossiers.audit("a-gin", "gin")).build());

    assertThat(run.admissibility("p1")).isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(run.codes("facility:gin")).contains("PRESUMPTION_NOT_REMEDIATED ERROR");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void securityOnlyImporter_withListedKnitterOutsideXinjiang_isPresumed_andExitsOne() {
    Dossier d = compliantDossier()
        .partner(p -> p.withoutMembership(Program.TRADE_COMPLIANCE))
        .facility(facility("knit").name("Guangdong Esquel Textile Co., Ltd.").country("CN").region("CN-GD")
            .address("Gaoming District, Foshan, Guangdong"))
        .material("m-knit", "Knitted cotton fabric", "6006.22")
        .link(link("knit", "f1", "m-knit").share(0.1).document("doc-po-f5-f3"))
        .build();

    Assessed run = assess(d);

    assertThat(run.admissibility("p1")).isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(run.report().path("verdict").asText()).as("program compliance alone").isEqualTo("COMPLIANT");
    assertThat(run.codes("product:p1")).contains("PRODUCT_PRESUMED_FORCED_LABOR WARNING");
    assertThat(run.code()).as("the goods would be detained").isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void turkmenCotton_throughTurkishSpinner_isDetained_andTradeComplianceNeedsARemediationCase() {
    Dossier d = compliantDossier()
        .facility(facility("tm-gin").name("Dashoguz Cotton Ginnery").country("TM").address("Dashoguz, Turkmenistan"))
        .facility(facility("tr-spin").name("Denizli Pamuk Iplik A.S.").country("TR").region("TR-20")
            .address("Organize Sanayi Bolgesi, Denizli"))
        .material("m-lint", "Ginned cotton lint", "5201.00")
        .material("m-yarn", "Cotton yarn", "5205.12")
        .link(link("tm-gin", "tr-spin", "m-lint").share(1.0).document("doc-po-f5-f3"))
        .link(link("tr-spin", "f1", "m-yarn").share(0.05).document("doc-po-f5-f3"))
        .build();

    Assessed run = assess(d);

    assertThat(run.admissibility("p1")).isEqualTo("WRO_DETAINED");
    assertThat(run.codes("facility:tm-gin")).contains("WRO_NOT_REMEDIATED ERROR");
    assertThat(run.codes("product:p1")).contains("PRODUCT_WRO_DETAINED WARNING");
    assertThat(run.report().path("verdict").asText()).isEqualTo("NOT_COMPLIANT");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void emptyOpenRemediationCase_doesNotClearThePresumption_butOneWithADatedActionDoes() {
    DossierBuilder base = withGin("CN", "CN-XJ", "Shaya County, Aksu Prefecture");
    Assessed empty = assess(base.remediationCase(remediationCase("c-gin", "gin").opened(AS_OF.minusMonths(2))).build());
    Assessed working = assess(withGin("CN", "CN-XJ", "Shaya County, Aksu Prefecture")
        .remediationCase(remediationCase("c-gin", "gin").opened(AS_OF.minusMonths(2)).disclosedToCbp()
            .action("Re-source seat-pad lint from a mapped non-XUAR gin", AS_OF.plusMonths(1),
                RemediationActionStatus.IN_PROGRESS))
        .build());

    assertThat(empty.codes("facility:gin")).contains("PRESUMPTION_NOT_REMEDIATED ERROR");
    assertThat(empty.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(working.codes("facility:gin")).doesNotContain("PRESUMPTION_NOT_REMEDIATED ERROR");
    assertThat(working.admissibility("p1")).as("remediation does not make goods admissible")
        .isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(working.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void doneStopSourcingAction_whileTheLinkRemains_isAContradiction() {
    Assessed run = assess(withGin("CN", "CN-XJ", "Shaya County, Aksu Prefecture")
        .remediationCase(remediationCase("c-gin", "gin").opened(AS_OF.minusMonths(6)).disclosedToCbp()
            .action("Stop sourcing cotton lint from the gin", AS_OF.minusMonths(3), RemediationActionStatus.DONE))
        .build());

    assertThat(run.codes("case:c-gin")).contains("REMEDIATION_CONTRADICTED ERROR");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void ambiguousPlace_needsReview_exitsZero_butOneWithStrict() {
    Dossier d = withDowels("Yiwu").build();

    Assessed run = assess(d);
    Assessed strict = assess(d, "--strict");

    assertThat(run.admissibility("p1")).isEqualTo("NEEDS_REVIEW");
    assertThat(run.codes("facility:gin")).contains("LOCATION_NEEDS_REVIEW WARNING");
    assertThat(run.report().path("verdict").asText()).isEqualTo("COMPLIANT");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(strict.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void xinjiangOnlyAsAStreetName_needsReview() {
    Assessed run = assess(withGin("CN", null, "1200 Xinjiang Road, Jing'an District, Shanghai").build());

    assertThat(run.admissibility("p1")).isEqualTo("NEEDS_REVIEW");
    assertThat(run.codes("facility:gin")).contains("LOCATION_NEEDS_REVIEW WARNING");
  }

  @Test
  void chineseCottonGinWithoutRegionOrAddress_needsReview() {
    Assessed run = assess(withGin("CN", null, null).build());

    assertThat(run.admissibility("p1")).isEqualTo("NEEDS_REVIEW");
    assertThat(run.codes("facility:gin")).contains("LOCATION_NEEDS_REVIEW WARNING");
  }

  @Test
  void regionContradictingTheAddress_isTreatedAsInXinjiang_withAFinding() {
    Assessed run = assess(withGin("CN", "CN-JS", "Shaya County, Aksu Prefecture, Xinjiang").build());

    assertThat(run.admissibility("p1")).isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(run.codes("facility:gin")).contains("LOCATION_CONFLICT WARNING");
  }

  @Test
  void listedEntities_ofTheFirstList_arePresumedAsOf2023() {
    Dossier d = compliantDossier()
        .facility(facility("esq").name("Changji Esquel Textile Co., Ltd.").country("CN"))
        .facility(facility("daqo").name("Xinjiang Daqo New Energy Co., Ltd.").country("CN"))
        .material("m-fab", "Cotton fabric", "5208.11")
        .material("m-poly", "Polysilicon", "2804.61")
        .link(link("esq", "f1", "m-fab").share(0.05).document("doc-po-f5-f3"))
        .link(link("daqo", "f2", "m-poly").share(0.01).document("doc-po-f5-f3"))
        .build();

    Assessed run = assess(d, "--as-of", "2023-01-01");

    assertThat(run.admissibility("p1")).isEqualTo("PRESUMED_FORCED_LABOR");
    assertThat(run.admissibility("p2")).isEqualTo("PRESUMED_FORCED_LABOR");
    List<String> kinds = new ArrayList<>();
    run.report().path("risk").path("products").forEach(p -> p.path("reasons")
        .forEach(r -> kinds.add(r.path("facility").asText() + " " + r.path("kind").asText())));
    assertThat(kinds).contains("esq UFLPA_ENTITY", "daqo UFLPA_ENTITY");
  }

  @Test
  void entityListOption_addsToTheBundledList_andReplacesOnlyWhenAsked() throws IOException {
    Path csv = temp.resolve("additions.csv");
    Files.writeString(csv, "name,aliases,section,effective_date,location,sector,source_url\n"
        + "Example Listed Test Entity One Co.,,,2026-08-03,,,test fixture\n"
        + "Example Listed Test Entity Two Co.,,,2026-08-03,,,test fixture\n"
        + "\"Xinjiang Daqo New Energy Co., Ltd.\",Daqo Xinjiang,2(d)(2)(B)(v),2022-06-21,,,test fixture\n",
        StandardCharsets.UTF_8);
    Dossier d = compliantDossier()
        .facility(facility("esq").name("Changji Esquel Textile Co., Ltd.").country("CN").region("CN-GD"))
        .material("m-fab", "Cotton fabric", "5208.11")
        .link(link("esq", "f1", "m-fab").share(0.05).document("doc-po-f5-f3"))
        .build();

    Assessed added = assess(d, "--entity-list", csv.toString());
    Assessed replaced = assess(d, "--entity-list", csv.toString(), "--entity-list-replaces");

    assertThat(added.admissibility("p1")).as("the bundled Changji Esquel row is kept").isEqualTo("PRESUMED_FORCED_LABOR");
    JsonNode uflpa = null;
    for (JsonNode r : added.report().path("referenceData")) {
      if (r.path("name").asText().equals("UFLPA Entity List")) {
        uflpa = r;
      }
    }
    assertThat(uflpa).isNotNull();
    assertThat(uflpa.path("version").asText()).contains("91 of the 187").contains("additions.csv");
    assertThat(uflpa.path("note").asText()).contains("3 rows added").contains("1 of them folded");
    assertThat(replaced.admissibility("p1")).as("only the three rows are listed").isEqualTo("CLEAR");
  }

  @Test
  void possibleListedEntity_needsReview_withAWarningNamingTheListedEntity() {
    Dossier d = compliantDossier()
        .facility(facility("esq").name("Esquel").country("VN").address("Tan Uyen, Binh Duong, Vietnam"))
        .material("m-dowel", "Beech wood dowels", "4421.91")
        .link(link("esq", "f1", "m-dowel").share(0.02).document("doc-po-f5-f3"))
        .build();

    Assessed run = assess(d);
    Assessed strict = assess(d, "--strict");

    assertThat(run.admissibility("p1")).isEqualTo("NEEDS_REVIEW");
    assertThat(run.codes("facility:esq")).contains("POSSIBLE_LISTED_ENTITY WARNING");
    List<String> messages = new ArrayList<>();
    run.report().path("findings").forEach(f -> {
      if (f.path("code").asText().equals("POSSIBLE_LISTED_ENTITY")) {
        messages.add(f.path("message").asText());
      }
    });
    assertThat(messages).singleElement().asString().contains("Esquel Group").contains("possibly matches");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(strict.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }
}
