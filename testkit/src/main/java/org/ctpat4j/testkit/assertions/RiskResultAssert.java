package org.ctpat4j.testkit.assertions;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * Assertions on a {@link RiskResult}. Failure messages print the part of the result that matters: the products and
 * their paths, or the facilities and their signals.
 *
 * <pre>{@code
 * assertThat(result).hasProduct("p1").withLevel(HIGH).withPathThrough("f1");
 * assertThat(result).hasFacility("f1").withSignal("uflpa-entity-list");
 * assertThat(result).hasCoverage(0.5);
 * }</pre>
 */
public final class RiskResultAssert extends AbstractAssert<RiskResultAssert, RiskResult> {

  /** The tolerance of coverage comparisons. */
  public static final double COVERAGE_TOLERANCE = 1e-9;

  /**
   * Creates the assertion; use {@link CtpatAssertions#assertThat(RiskResult)}.
   *
   * @param actual the result, or {@code null} (which fails every assertion)
   */
  public RiskResultAssert(RiskResult actual) {
    super(actual, RiskResultAssert.class);
  }

  /**
   * Checks that the result has the product and moves on to it.
   *
   * @param productId the product id; never null
   * @return assertions on the product's exposure
   */
  public ProductExposureAssert hasProduct(String productId) {
    Objects.requireNonNull(productId, "productId");
    isNotNull();
    Optional<ProductExposure> p = actual.product(productId);
    if (p.isEmpty()) {
      failWithMessage("%s", "Expecting risk result to have product " + productId + " but it has:\n" + Describe.products(actual));
    }
    return new ProductExposureAssert(p.get(), this);
  }

  /**
   * Checks that the facility has at least one signal and moves on to its risk.
   *
   * @param facilityId the facility id; never null
   * @return assertions on the facility's risk
   */
  public FacilityRiskAssert hasFacility(String facilityId) {
    Objects.requireNonNull(facilityId, "facilityId");
    isNotNull();
    Optional<FacilityRisk> f = actual.facility(facilityId);
    if (f.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting facility " + facilityId + " to have a risk signal but it has none; facilities with signals:\n"
              + Describe.facilities(actual));
    }
    return new FacilityRiskAssert(f.get(), this);
  }

  /**
   * Checks that the facility has no signal at all.
   *
   * @param facilityId the facility id; never null
   * @return this assertion
   */
  public RiskResultAssert hasNoSignalFor(String facilityId) {
    Objects.requireNonNull(facilityId, "facilityId");
    isNotNull();
    actual
        .facility(facilityId)
        .ifPresent(
            f -> failWithMessage("%s", "Expecting facility " + facilityId + " to have no risk signal but it has:\n  " + Describe.facility(f)));
    return this;
  }

  /**
   * Checks that no facility has a signal at or above a level.
   *
   * @param level the level; never null
   * @return this assertion
   */
  public RiskResultAssert hasNoFacilityAtLeast(RiskLevel level) {
    Objects.requireNonNull(level, "level");
    isNotNull();
    List<FacilityRisk> found = actual.facilities().stream().filter(f -> f.level().isAtLeast(level)).toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting no facility at " + level + " or above but found " + found.size() + ":\n  "
              + String.join("\n  ", found.stream().limit(Describe.LIMIT).map(Describe::facility).toList()));
    }
    return this;
  }

  /**
   * Checks that no product is exposed at or above a level.
   *
   * @param level the level; never null
   * @return this assertion
   */
  public RiskResultAssert hasNoProductAtLeast(RiskLevel level) {
    return hasExactlyProductsAtLeast(level);
  }

  /**
   * Checks that the products exposed at or above a level are exactly the given ones.
   *
   * @param level the level; never null
   * @param productIds the expected product ids, in any order; never null
   * @return this assertion
   */
  public RiskResultAssert hasExactlyProductsAtLeast(RiskLevel level, String... productIds) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(productIds, "productIds");
    isNotNull();
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(productIds));
    TreeSet<String> found = new TreeSet<>();
    actual.products().stream().filter(p -> p.level().isAtLeast(level)).forEach(p -> found.add(p.product()));
    if (!found.equals(expected)) {
      TreeSet<String> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      TreeSet<String> extra = new TreeSet<>(found);
      extra.removeAll(expected);
      failWithMessage(
          "%s",
          "Expecting exactly products " + expected + " at " + level + " or above but found " + found
              + "\n  missing: " + missing + "\n  unexpected: " + extra + "\nproducts:\n" + Describe.products(actual));
    }
    return this;
  }

  /**
   * Checks the mapping coverage, within {@link #COVERAGE_TOLERANCE}.
   *
   * @param expected the expected share of fully mapped products, in [0, 1]
   * @return this assertion
   */
  public RiskResultAssert hasCoverage(double expected) {
    isNotNull();
    if (Math.abs(actual.mappingCoverage() - expected) > COVERAGE_TOLERANCE) {
      failWithMessage(
          "%s",
          "Expecting mapping coverage " + expected + " but was " + actual.mappingCoverage() + "; products:\n"
              + Describe.products(actual));
    }
    return this;
  }

  /**
   * Checks that the mapping coverage is at least a value.
   *
   * @param minimum the minimum, in [0, 1]
   * @return this assertion
   */
  public RiskResultAssert hasCoverageAtLeast(double minimum) {
    isNotNull();
    if (actual.mappingCoverage() < minimum - COVERAGE_TOLERANCE) {
      failWithMessage(
          "%s", "Expecting mapping coverage of at least " + minimum + " but was " + actual.mappingCoverage());
    }
    return this;
  }

  /**
   * Checks the tier of a facility.
   *
   * @param facilityId the facility id; never null
   * @param tier the expected tier (1 = a product's producer)
   * @return this assertion
   */
  public RiskResultAssert hasTier(String facilityId, int tier) {
    Objects.requireNonNull(facilityId, "facilityId");
    isNotNull();
    Optional<Integer> t = actual.tierOf(facilityId);
    if (t.isEmpty() || t.get() != tier) {
      failWithMessage(
          "%s",
          "Expecting facility " + facilityId + " at tier " + tier + " but "
              + t.map(v -> "it is at tier " + v).orElse("it reaches no product"));
    }
    return this;
  }
}
