package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;

class RiskResultTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final RiskSignal SIGNAL = new RiskSignal("tip-tier", RiskLevel.MEDIUM, 0.4, "Tier 3", "TIP 2025");

  @Test
  void product_and_facility_randomResults_findWhatALinearSearchFinds() {
    for (long seed = 1; seed <= 200; seed++) {
      Random r = new Random(seed);
      List<FacilityRisk> facilities = new ArrayList<>();
      List<ProductExposure> products = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        String id = Integer.toString(r.nextInt(1000), 36) + "-" + i;
        ids.add(id);
        if (r.nextBoolean()) {
          facilities.add(new FacilityRisk(id, RiskLevel.MEDIUM, r.nextDouble(), List.of(SIGNAL)));
        }
        if (r.nextBoolean()) {
          products.add(new ProductExposure(id, RiskLevel.LOW, r.nextDouble(), List.of()));
        }
      }
      Collections.shuffle(facilities, r);
      Collections.shuffle(products, r);
      RiskResult result = result(facilities, products);
      ids.add("absent");
      ids.add("");
      for (String id : ids) {
        assertThat(result.facility(id)).as("seed %d, facility %s", seed, id)
            .isEqualTo(facilities.stream().filter(f -> f.facility().equals(id)).findFirst());
        assertThat(result.product(id)).as("seed %d, product %s", seed, id)
            .isEqualTo(products.stream().filter(p -> p.product().equals(id)).findFirst());
      }
    }
  }

  @Test
  void constructor_entriesInAnyOrder_sortsThemById() {
    RiskResult result = result(
        List.of(facility("f2"), facility("f10"), facility("f1")),
        List.of(product("p2"), product("p1")));
    assertThat(result.facilities()).extracting(FacilityRisk::facility).containsExactly("f1", "f10", "f2");
    assertThat(result.products()).extracting(ProductExposure::product).containsExactly("p1", "p2");
    assertThat(result).isEqualTo(result(
        List.of(facility("f1"), facility("f10"), facility("f2")), List.of(product("p1"), product("p2"))));
    assertThat(result.levelOf("f10")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(result.levelOf("f3")).isEqualTo(RiskLevel.LOW);
    assertThat(result.product("p3")).isEqualTo(Optional.empty());
  }

  @Test
  void constructor_duplicateId_throwsNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> result(List.of(facility("f1"), facility("f2"), facility("f1")), List.of()))
        .withMessage("duplicate facility id 'f1'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> result(List.of(), List.of(product("p1"), product("p1"))))
        .withMessage("duplicate product id 'p1'");
  }

  @Test
  void facilityRisk_noSignalOrScoreOutOfRange_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FacilityRisk("f1", RiskLevel.LOW, 0.0, List.of()))
        .withMessage("facility 'f1' has no signal");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FacilityRisk("f1", RiskLevel.LOW, 1.5, List.of(SIGNAL)))
        .withMessageContaining("score");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ProductExposure("p1", RiskLevel.LOW, Double.NaN, List.of()))
        .withMessageContaining("score");
  }

  private static FacilityRisk facility(String id) {
    return new FacilityRisk(id, RiskLevel.MEDIUM, 0.4, List.of(SIGNAL));
  }

  private static ProductExposure product(String id) {
    return new ProductExposure(id, RiskLevel.LOW, 0.0, List.of());
  }

  private static RiskResult result(List<FacilityRisk> facilities, List<ProductExposure> products) {
    return new RiskResult(AS_OF, facilities, products, Map.of(), 1.0, List.of());
  }
}
