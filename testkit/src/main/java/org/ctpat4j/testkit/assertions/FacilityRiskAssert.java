package org.ctpat4j.testkit.assertions;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.signal.RiskLevel;

/** Assertions on a {@link FacilityRisk}; failure messages print the facility's level and signals. */
public final class FacilityRiskAssert extends AbstractAssert<FacilityRiskAssert, FacilityRisk> {

  private final RiskResultAssert parent;

  /**
   * Creates the assertion; use {@link CtpatAssertions#assertThat(FacilityRisk)} or
   * {@link RiskResultAssert#hasFacility(String)}.
   *
   * @param actual the facility's risk, or {@code null} (which fails every assertion)
   */
  public FacilityRiskAssert(FacilityRisk actual) {
    this(actual, null);
  }

  FacilityRiskAssert(FacilityRisk actual, RiskResultAssert parent) {
    super(actual, FacilityRiskAssert.class);
    this.parent = parent;
  }

  /**
   * Checks that a rule raised a signal.
   *
   * @param rule the rule id (for example {@code uflpa-entity-list}); never null
   * @return this assertion
   */
  public FacilityRiskAssert withSignal(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    if (actual.signals().stream().noneMatch(s -> s.rule().equals(rule))) {
      failWithMessage(
          "%s", "Expecting facility " + actual.facility() + " to have a " + rule + " signal but was:\n  " + Describe.facility(actual));
    }
    return this;
  }

  /**
   * Checks that a rule raised no signal.
   *
   * @param rule the rule id; never null
   * @return this assertion
   */
  public FacilityRiskAssert withoutSignal(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    if (actual.signals().stream().anyMatch(s -> s.rule().equals(rule))) {
      failWithMessage(
          "%s", "Expecting facility " + actual.facility() + " to have no " + rule + " signal but was:\n  " + Describe.facility(actual));
    }
    return this;
  }

  /**
   * Checks the level.
   *
   * @param level the expected level; never null
   * @return this assertion
   */
  public FacilityRiskAssert withLevel(RiskLevel level) {
    Objects.requireNonNull(level, "level");
    isNotNull();
    if (actual.level() != level) {
      failWithMessage("%s", "Expecting facility " + actual.facility() + " at " + level + " but was:\n  " + Describe.facility(actual));
    }
    return this;
  }

  /**
   * Returns to the risk result this facility came from.
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
