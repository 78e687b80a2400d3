package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;

/** The engine says which TIP year it used, and reads that year as a whole (issue 12, item 3). */
class TipYearsTest {

  @Test
  void assess_resultCarriesTheNotes() {
    RiskResult r = RiskEngine.standard().assess(
        MappingCoverageTest.homeTextilesAndSolar(List.of()), LocalDate.of(2024, 6, 30));
    assertThat(r.referenceDataNotes()).isNotEmpty()
        .isEqualTo(ReferenceData.bundled().notes(LocalDate.of(2024, 6, 30)));
  }

  @Test
  void tipTier_readsTheNewestYearAsAWhole() {
    // a user's list: China on Tier 3 in 2024, and a 2025 edition that does not rank China (a partial year)
    String csv = "iso_alpha2,country,tier,report_year,source_url\n"
        + "CN,China,TIER_3,2024,https://www.state.gov/reports/2024-trafficking-in-persons-report/china/\n"
        + "DE,Germany,TIER_1,2025,https://www.state.gov/reports/2025-trafficking-in-persons-report/germany/\n";
    ReferenceData d = ReferenceData.newBuilder().load(ReferenceList.TIP_TIERS, csv.getBytes(StandardCharsets.UTF_8),
        new ReferenceDataVersion("TIP Report", "2024-2025 extract", false, "U.S. Department of State", "test", ""))
        .build();
    RiskEngine engine = RiskEngine.newBuilder().referenceData(d).build();
    org.ctpat4j.core.dossier.Dossier one = MappingCoverageTest.homeTextilesAndSolar(List.of());
    // before: the 2024 row was used for 2025 too, mixing years the provenance says not to mix
    assertThat(engine.assess(one, LocalDate.of(2025, 11, 1)).facility("wafer-yz").orElseThrow().signals())
        .extracting(RiskSignal::rule).doesNotContain("tip-tier");
    assertThat(engine.assess(one, LocalDate.of(2024, 11, 1)).facility("wafer-yz").orElseThrow().signals())
        .filteredOn(s -> s.rule().equals("tip-tier")).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("Tier 3").contains("2024"));
  }
}
