package org.ctpat4j.risk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled list is judged by date: a listing counts from its effective date to its end (removal, modification,
 * revocation, vacatur), so a report as of a day uses what was in force that day. Cases from real rows of the shared
 * reference data, and a check that every bundled list equals its source row for row.
 */
class ReferenceDataByDateTest {

  private static final RiskEngine ENGINE = RiskEngine.newBuilder().build();

  /** One facility that produces one imported product made of one material. */
  private static RiskResult assess(String name, String country, String material, String hs, LocalDate asOf) {
    Facility f = new Facility("f", name, List.of(), country, null, null, Identifiers.NONE, false);
    Dossier d = new Dossier("ctpat4j-dossier/1", asOf,
        new Partner("Importer Inc.", "US", BusinessEntityType.US_IMPORTER, List.of()), List.of(f),
        List.of(new Material("m", material, hs)), List.of(), List.of(), List.of(new Product("p", material, hs, "f")),
        Evidence.NONE);
    return ENGINE.assess(d, asOf);
  }

  private static List<RiskSignal> signals(RiskResult r, String rule) {
    return r.facility("f").map(FacilityRisk::signals).orElse(List.of()).stream()
        .filter(s -> s.rule().equals(rule)).toList();
  }

  @Test
  void thaiShrimp_carriesTheIlabSignalIn2023_andNotAfterThe2024Edition() {
    RiskResult before = assess("Gulf of Thailand Seafood Co., Ltd.", "TH", "Frozen shrimp", "0306.17",
        LocalDate.of(2023, 6, 1));
    RiskResult after = assess("Gulf of Thailand Seafood Co., Ltd.", "TH", "Frozen shrimp", "0306.17",
        LocalDate.of(2026, 11, 1));

    assertThat(signals(before, "ilab-goods")).singleElement()
        .satisfies(s -> assertThat(s.level().name()).isEqualTo("HIGH"));
    assertThat(signals(after, "ilab-goods")).singleElement().satisfies(s -> {
      assertThat(s.level().name()).isEqualTo("LOW");
      assertThat(s.reason()).contains("no longer applies from 2024-09-01")
          .contains("ilab_list_changes_2024.csv line 4").contains("removed in the 2024 edition");
    });
  }

  @Test
  void jujubesFromChina_areListedFromThe2024Edition() {
    assertThat(signals(assess("Cangzhou Golden Date Co., Ltd.", "CN", "Dried jujubes (red dates)", null,
        LocalDate.of(2024, 6, 1)), "ilab-goods")).isEmpty();
    assertThat(signals(assess("Cangzhou Golden Date Co., Ltd.", "CN", "Dried jujubes (red dates)", null,
        LocalDate.of(2024, 10, 1)), "ilab-goods")).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("2024").contains("Jujubes"));
  }

  @Test
  void fgvPalmOil_isDetainedIn2025_andNotAfterTheOrderWasModifiedIn2026() {
    RiskResult detained = assess("FGV Holdings Berhad", "MY", "Crude palm oil", "1511.10", LocalDate.of(2025, 6, 1));
    RiskResult lifted = assess("FGV Holdings Berhad", "MY", "Crude palm oil", "1511.10", LocalDate.of(2026, 6, 1));

    assertThat(detained.product("p").orElseThrow().admissibility()).as("%s", detained.facilities())
        .isEqualTo(Admissibility.WRO_DETAINED);
    assertThat(lifted.product("p").orElseThrow().admissibility()).isEqualTo(Admissibility.CLEAR);
    assertThat(signals(lifted, "wro-findings")).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("no longer detains goods from 2026-01-15")
            .contains("MODIFIED"));
  }

  @Test
  void hoshineAndDaqo_ofTheFirstList_arePresumedAsOf2023() {
    for (String name : List.of("Hoshine Silicon Industry (Shanshan) Co., Ltd", "Xinjiang Daqo New Energy Co., Ltd.")) {
      RiskResult r = assess(name, "CN", "Polysilicon", "2804.61", LocalDate.of(2023, 1, 1));
      assertThat(r.product("p").orElseThrow().admissibility()).as(name)
          .isEqualTo(Admissibility.PRESUMED_FORCED_LABOR);
      assertThat(signals(r, "uflpa-entity-list")).as(name).anySatisfy(s -> assertThat(s.raisesPresumption()).isTrue());
    }
  }

  static Stream<String> sharedLists() {
    return Stream.of("uflpa_entity_list.csv", "uflpa_entity_list_updates.csv", "ilab_list_of_goods.csv",
        "ilab_list_changes_2024.csv", "tip_tiers.csv", "cbp_wro_findings.csv", "cbp_wro_findings_dated.csv",
        "xinjiang_places.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sharedLists")
  void bundledList_equalsItsSourceByteForByte(String file) throws IOException {
    Path source = repositoryRoot().resolve("../shared/data").resolve(file).normalize();
    assumeTrue(Files.isRegularFile(source), "the shared reference data is not beside the repository: " + source);
    byte[] bundled;
    try (var in = ReferenceData.class.getResourceAsStream(file)) {
      assertThat(in).as("bundled %s", file).isNotNull();
      bundled = in.readAllBytes();
    }
    assertThat(new String(bundled, java.nio.charset.StandardCharsets.UTF_8)).as(file)
        .isEqualTo(Files.readString(source, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("risk")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    return Path.of("").toAbsolutePath();
  }
}
