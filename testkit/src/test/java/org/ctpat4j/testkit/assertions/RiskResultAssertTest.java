package org.ctpat4j.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;

class RiskResultAssertTest {

  private static final RiskSignal LISTED =
      new RiskSignal("uflpa-entity-list", RiskLevel.HIGH, 0.97, "name matches Camel Group Co., Ltd.", "UFLPA Entity List 2025-01-15");
  private static final RiskSignal TIP = new RiskSignal("tip-tier", RiskLevel.MEDIUM, 0.4, "China is Tier 3", "TIP 2025");

  private static final RiskResult RESULT =
      new RiskResult(
          LocalDate.of(2026, 11, 1),
          List.of(new FacilityRisk("f3", RiskLevel.HIGH, 0.97, List.of(LISTED, TIP))),
          List.of(
              new ProductExposure("p1", RiskLevel.HIGH, 0.97, List.of(List.of("f3", "f2", "f1"))),
              new ProductExposure("p2", RiskLevel.LOW, 0.0, List.of())),
          Map.of("f1", 1, "f2", 2, "f3", 3),
          0.5,
          List.of());

  @Test
  void passingAssertions_chainAndNavigateBack() {
    assertThat(RESULT)
        .hasProduct("p1").withLevel(RiskLevel.HIGH).withLevelAtLeast(RiskLevel.UNKNOWN).withPathThrough("f2")
        .withPath("f3", "f2", "f1")
        .and()
        .hasFacility("f3").withSignal("uflpa-entity-list").withoutSignal("xinjiang-region").withLevel(RiskLevel.HIGH)
        .and()
        .hasCoverage(0.5).hasCoverageAtLeast(0.25).hasTier("f3", 3).hasNoSignalFor("f1")
        .hasExactlyProductsAtLeast(RiskLevel.HIGH, "p1")
        .hasProduct("p2").withoutPaths();
    assertThat(RESULT.products().get(1)).withLevel(RiskLevel.LOW);
    assertThat(RESULT.facilities().get(0)).withSignal("tip-tier");
    assertThat("AssertJ entry points still work").startsWith("AssertJ");
  }

  @Test
  void hasProduct_missing_listsTheProducts() {
    assertThatThrownBy(() -> assertThat(RESULT).hasProduct("p9"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("p9")
        .hasMessageContaining("p1 HIGH (score 0.970) paths [f3, f2, f1]")
        .hasMessageContaining("p2 LOW");
  }

  @Test
  void withLevel_wrong_printsTheProductAndItsPaths() {
    assertThatThrownBy(() -> assertThat(RESULT).hasProduct("p2").withLevel(RiskLevel.HIGH))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting product p2 at HIGH but was:")
        .hasMessageContaining("p2 LOW (score 0.000) paths none");
  }

  @Test
  void withPathThrough_absent_printsThePaths() {
    assertThatThrownBy(() -> assertThat(RESULT).hasProduct("p1").withPathThrough("f7"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("through f7")
        .hasMessageContaining("[f3, f2, f1]");
  }

  @Test
  void hasFacility_withoutSignal_listsTheFacilitiesWithSignals() {
    assertThatThrownBy(() -> assertThat(RESULT).hasFacility("f1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting facility f1 to have a risk signal")
        .hasMessageContaining("f3 HIGH");
  }

  @Test
  void withSignal_absent_printsTheSignalsWithReasons() {
    assertThatThrownBy(() -> assertThat(RESULT).hasFacility("f3").withSignal("xinjiang-region"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("xinjiang-region")
        .hasMessageContaining("uflpa-entity-list HIGH (0.970): name matches Camel Group Co., Ltd. [UFLPA Entity List 2025-01-15]")
        .hasMessageContaining("tip-tier MEDIUM");
  }

  @Test
  void hasCoverage_wrong_printsActualCoverage() {
    assertThatThrownBy(() -> assertThat(RESULT).hasCoverage(1.0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting mapping coverage 1.0 but was 0.5");
    assertThatThrownBy(() -> assertThat(RESULT).hasCoverageAtLeast(0.9))
        .isInstanceOf(AssertionError.class).hasMessageContaining("at least 0.9");
  }

  @Test
  void hasExactlyProductsAtLeast_mismatch_namesMissingAndUnexpected() {
    assertThatThrownBy(() -> assertThat(RESULT).hasExactlyProductsAtLeast(RiskLevel.HIGH, "p2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing: [p2]")
        .hasMessageContaining("unexpected: [p1]");
    assertThatThrownBy(() -> assertThat(RESULT).hasNoProductAtLeast(RiskLevel.MEDIUM))
        .isInstanceOf(AssertionError.class).hasMessageContaining("unexpected: [p1]");
  }

  @Test
  void hasNoSignalFor_facilityWithSignal_printsIt() {
    assertThatThrownBy(() -> assertThat(RESULT).hasNoSignalFor("f3"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("f3 HIGH");
    assertThatThrownBy(() -> assertThat(RESULT).hasNoFacilityAtLeast(RiskLevel.MEDIUM))
        .isInstanceOf(AssertionError.class).hasMessageContaining("found 1");
  }

  @Test
  void hasTier_wrongOrUnknown_saysWhich() {
    assertThatThrownBy(() -> assertThat(RESULT).hasTier("f3", 2))
        .isInstanceOf(AssertionError.class).hasMessageContaining("it is at tier 3");
    assertThatThrownBy(() -> assertThat(RESULT).hasTier("f9", 1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("reaches no product");
  }

  @Test
  void nullActual_failsAndDetachedAndThrows() {
    assertThatThrownBy(() -> assertThat((RiskResult) null).hasCoverage(1.0)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(RESULT.products().get(0)).and()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void describedAs_userDescription_prefixesTheMessage() {
    assertThatThrownBy(() -> assertThat(RESULT).as("seed 42").hasCoverage(0.0))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[seed 42]");
  }
}
