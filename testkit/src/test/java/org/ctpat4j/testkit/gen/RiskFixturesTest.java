package org.ctpat4j.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Optional;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.ReferenceData;
import org.junit.jupiter.api.Test;

/** The fixtures are rows of the bundled reference data, and what the generator plants with them is what they say. */
class RiskFixturesTest {

  private static final ReferenceData BUNDLED = ReferenceData.bundled();

  @Test
  void listedEntities_areRowsOfTheBundledList() {
    assertThat(RiskFixtures.LISTED_ENTITIES).hasSize(8).allSatisfy(e -> assertThat(BUNDLED.uflpaEntities()).contains(e));
  }

  @Test
  void plantedGoods_areForcedLaborRowsOfTheBundledList_inTheirCountry() {
    assertThat(RiskFixtures.ILAB_FORCED_LABOR_GOODS).hasSize(6).allSatisfy(g -> {
      assertThat(BUNDLED.ilabGoods()).contains(g.listing());
      assertThat(g.listing().anyForcedLabor()).as(g.good()).isTrue();
      assertThat(BUNDLED.ilabCountryCodes()).containsEntry(g.listing().country(), g.country());
    });
  }

  @Test
  void plantedGoods_hsCode_mapsToTheGoodInTheBundledTable() {
    // the ILAB rule finds a material's good by the longest HS prefix of the mapping table
    for (RiskFixtures.PlantedGood g : RiskFixtures.ILAB_FORCED_LABOR_GOODS) {
      String digits = g.hsCode().replace(".", "");
      Optional<GoodMapping> longest = BUNDLED.goodMappings().stream()
          .filter(m -> !m.hsPrefix().isEmpty() && digits.startsWith(m.hsPrefix()))
          .max(Comparator.comparingInt(m -> m.hsPrefix().length()));
      assertThat(longest).as("mapping of %s %s", g.good(), g.hsCode()).get()
          .extracting(GoodMapping::ilabGood).isEqualTo(g.good());
    }
  }

  @Test
  void lowRiskCountries_haveNoGoodOnTheBundledIlabList() {
    assertThat(RiskFixtures.LOW_RISK_COUNTRIES).doesNotHaveDuplicates()
        .doesNotContainAnyElementsOf(BUNDLED.ilabGoods().stream()
            .map(g -> BUNDLED.ilabCountryCodes().get(g.country())).toList());
  }
}
