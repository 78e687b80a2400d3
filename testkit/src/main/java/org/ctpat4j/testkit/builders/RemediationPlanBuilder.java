package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link RemediationPlan} on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder}, adding a date relative to the dossier's day.
 * Defaults: document {@code doc-remediation-plan}, adopted a year before the dossier's day, includes disclosure to CBP.
 * Not thread-safe.
 */
public final class RemediationPlanBuilder {

  private final org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder core;
  private When adopted;

  RemediationPlanBuilder() {
    this(
        org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder.newBuilder()
            .document("doc-remediation-plan")
            .includesCbpDisclosure(true),
        When.before(Period.ofYears(1)));
  }

  private RemediationPlanBuilder(org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder core, When adopted) {
    this.core = core;
    this.adopted = adopted;
  }

  /**
   * Returns a builder holding the values of a plan.
   *
   * @param plan the plan; never null
   * @return a new builder
   */
  public static RemediationPlanBuilder from(RemediationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return new RemediationPlanBuilder(
        org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder.from(plan), When.fixed(plan.adopted()));
  }

  /**
   * Sets the plan document's id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public RemediationPlanBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Sets the day the plan was adopted.
   *
   * @param date the day, or {@code null}
   * @return this builder
   */
  public RemediationPlanBuilder adopted(LocalDate date) {
    this.adopted = When.fixed(date);
    return this;
  }

  /**
   * Sets whether the plan includes disclosure to CBP.
   *
   * @param includes the flag
   * @return this builder
   */
  public RemediationPlanBuilder includesCbpDisclosure(boolean includes) {
    core.includesCbpDisclosure(includes);
    return this;
  }

  /**
   * Builds the plan with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's builder.
   *
   * @return the plan; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public RemediationPlan build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the plan with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the plan; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public RemediationPlan build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the plan with relative dates resolved against the given day, with no check beyond the record's own null
   * rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the plan; never null
   */
  public RemediationPlan buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.RemediationPlanBuilder dated(LocalDate asOf) {
    return core.adopted(adopted.resolve(Objects.requireNonNull(asOf, "asOf")));
  }
}
