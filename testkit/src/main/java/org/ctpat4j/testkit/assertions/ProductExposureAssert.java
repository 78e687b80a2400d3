package org.ctpat4j.testkit.assertions;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.signal.RiskLevel;

/** Assertions on a {@link ProductExposure}; failure messages print the product's level, score and paths. */
public final class ProductExposureAssert extends AbstractAssert<ProductExposureAssert, ProductExposure> {

  private final RiskResultAssert parent;

  /**
   * Creates the assertion; use {@link CtpatAssertions#assertThat(ProductExposure)} or
   * {@link RiskResultAssert#hasProduct(String)}.
   *
   * @param actual the exposure, or {@code null} (which fails every assertion)
   */
  public ProductExposureAssert(ProductExposure actual) {
    this(actual, null);
  }

  ProductExposureAssert(ProductExposure actual, RiskResultAssert parent) {
    super(actual, ProductExposureAssert.class);
    this.parent = parent;
  }

  /**
   * Checks the level.
   *
   * @param level the expected level; never null
   * @return this assertion
   */
  public ProductExposureAssert withLevel(RiskLevel level) {
    Objects.requireNonNull(level, "level");
    isNotNull();
    if (actual.level() != level) {
      failWithMessage("%s", "Expecting product " + actual.product() + " at " + level + " but was:\n  " + Describe.product(actual));
    }
    return this;
  }

  /**
   * Checks that the level is at least a level.
   *
   * @param level the minimum level; never null
   * @return this assertion
   */
  public ProductExposureAssert withLevelAtLeast(RiskLevel level) {
    Objects.requireNonNull(level, "level");
    isNotNull();
    if (!actual.level().isAtLeast(level)) {
      failWithMessage(
          "%s", "Expecting product " + actual.product() + " at " + level + " or above but was:\n  " + Describe.product(actual));
    }
    return this;
  }

  /**
   * Checks that some explaining path passes through a facility.
   *
   * @param facilityId the facility id; never null
   * @return this assertion
   */
  public ProductExposureAssert withPathThrough(String facilityId) {
    Objects.requireNonNull(facilityId, "facilityId");
    isNotNull();
    if (actual.paths().stream().noneMatch(p -> p.contains(facilityId))) {
      failWithMessage(
          "%s", "Expecting a path of product " + actual.product() + " through " + facilityId + " but was:\n  " + Describe.product(actual));
    }
    return this;
  }

  /**
   * Checks that one of the explaining paths is exactly the given one.
   *
   * @param facilityIds the path, from the risky facility to the product's producer; never null
   * @return this assertion
   */
  public ProductExposureAssert withPath(String... facilityIds) {
    List<String> expected = Arrays.asList(Objects.requireNonNull(facilityIds, "facilityIds"));
    isNotNull();
    if (!actual.paths().contains(expected)) {
      failWithMessage(
          "%s", "Expecting product " + actual.product() + " to have path " + expected + " but was:\n  " + Describe.product(actual));
    }
    return this;
  }

  /**
   * Checks that there is no explaining path.
   *
   * @return this assertion
   */
  public ProductExposureAssert withoutPaths() {
    isNotNull();
    if (!actual.paths().isEmpty()) {
      failWithMessage("%s", "Expecting product " + actual.product() + " to have no path but was:\n  " + Describe.product(actual));
    }
    return this;
  }

  /**
   * Returns to the risk result this product came from.
   *
   * @return the result's assertion
   * @throws IllegalStateException if this assertion was not reached from a risk result
   */
  public RiskResultAssert and() {
    if (parent == null) {
      throw new IllegalStateException("this assertion was not reached from a RiskResult");
    }
    return parent;
  }
}
