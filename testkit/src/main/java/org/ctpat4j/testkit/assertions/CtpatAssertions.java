package org.ctpat4j.testkit.assertions;

import org.assertj.core.api.Assertions;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;

/**
 * Entry point of the ctpat4j assertions. It extends AssertJ's {@link Assertions}, so one static import gives both:
 * {@code import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;}.
 */
public class CtpatAssertions extends Assertions {

  /** For subclassing only, as AssertJ recommends for custom entry points. */
  protected CtpatAssertions() {}

  /**
   * Starts assertions on a compliance report.
   *
   * @param actual the report
   * @return the assertion
   */
  public static ComplianceReportAssert assertThat(ComplianceReport actual) {
    return new ComplianceReportAssert(actual);
  }

  /**
   * Starts assertions on a risk result.
   *
   * @param actual the result
   * @return the assertion
   */
  public static RiskResultAssert assertThat(RiskResult actual) {
    return new RiskResultAssert(actual);
  }

  /**
   * Starts assertions on a product's exposure.
   *
   * @param actual the exposure
   * @return the assertion
   */
  public static ProductExposureAssert assertThat(ProductExposure actual) {
    return new ProductExposureAssert(actual);
  }

  /**
   * Starts assertions on a facility's risk.
   *
   * @param actual the facility's risk
   * @return the assertion
   */
  public static FacilityRiskAssert assertThat(FacilityRisk actual) {
    return new FacilityRiskAssert(actual);
  }
}
