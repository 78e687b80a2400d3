package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link RemediationPlan} (Trade Compliance requirement 5). Defaults: document
 * {@code doc-remediation-plan}, adopted a year before the dossier's day, includes disclosure to CBP. Not thread-safe.
 */
public final class RemediationPlanBuilder {

  private String document = "doc-remediation-plan";
  private When adopted = When.before(Period.ofYears(1));
  private boolean includesCbpDisclosure = true;

  RemediationPlanBuilder() {}

  /**
   * Returns a builder holding the values of a plan.
   *
   * @param plan the plan; never null
   * @return a new builder
   */
  public static RemediationPlanBuilder from(RemediationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    RemediationPlanBuilder b = new RemediationPlanBuilder();
    b.document = plan.document();
    b.adopted = When.fixed(plan.adopted());
    b.includesCbpDisclosure = plan.includesCbpDisclosure();
    return b;
  }

  /**
   * Sets the plan document's id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public RemediationPlanBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Sets the day of adoption.
   *
   * @param date the day, or {@code null}
   * @return this builder
   */
  public RemediationPlanBuilder adopted(LocalDate date) {
    this.adopted = When.fixed(date);
    return this;
  }

  /**
   * Sets whether the plan includes disclosing forced labor found to CBP.
   *
   * @param includes whether it does
   * @return this builder
   */
  public RemediationPlanBuilder includesCbpDisclosure(boolean includes) {
    this.includesCbpDisclosure = includes;
    return this;
  }

  /**
   * Builds the plan against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the plan; never null
   */
  public RemediationPlan build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the plan with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the plan; never null
   */
  public RemediationPlan build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new RemediationPlan(document, adopted.resolve(asOf), includesCbpDisclosure);
  }
}
