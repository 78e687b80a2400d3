package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link RiskAssessment} on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder}, adding a date relative to the dossier's day.
 * Defaults: document {@code doc-risk-assessment}, performed three months before the dossier's day, includes forced
 * labor, consulted the UFLPA Entity List, WROs and Findings, the ILAB List and the TIP Report. Not thread-safe.
 */
public final class RiskAssessmentBuilder {

  private final org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder core;
  private When performed;

  RiskAssessmentBuilder() {
    this(
        org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder.newBuilder()
            .document("doc-risk-assessment")
            .includesForcedLabor(true)
            .sourceConsulted(
                RiskSource.UFLPA_ENTITY_LIST, RiskSource.WRO_FINDINGS, RiskSource.ILAB_LIST, RiskSource.TIP_REPORT),
        When.before(Period.ofMonths(3)));
  }

  private RiskAssessmentBuilder(org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder core, When performed) {
    this.core = core;
    this.performed = performed;
  }

  /**
   * Returns a builder holding the values of an assessment.
   *
   * @param assessment the assessment; never null
   * @return a new builder
   */
  public static RiskAssessmentBuilder from(RiskAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return new RiskAssessmentBuilder(
        org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder.from(assessment),
        When.fixed(assessment.performed()));
  }

  /**
   * Sets the assessment document's id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public RiskAssessmentBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Sets the day it was performed or last updated.
   *
   * @param date the day, or {@code null}
   * @return this builder
   */
  public RiskAssessmentBuilder performed(LocalDate date) {
    this.performed = When.fixed(date);
    return this;
  }

  /**
   * Dates the assessment some time before the dossier's day.
   *
   * @param period how long before; never null
   * @return this builder
   */
  public RiskAssessmentBuilder performedBefore(Period period) {
    this.performed = When.before(period);
    return this;
  }

  /**
   * Sets whether forced labor is part of the assessment method.
   *
   * @param includes the flag
   * @return this builder
   */
  public RiskAssessmentBuilder includesForcedLabor(boolean includes) {
    core.includesForcedLabor(includes);
    return this;
  }

  /**
   * Replaces the public risk sources consulted.
   *
   * @param sources the sources; never null
   * @return this builder
   */
  public RiskAssessmentBuilder sources(RiskSource... sources) {
    List<RiskSource> list = Arrays.asList(Objects.requireNonNull(sources, "sources"));
    core.sourcesConsulted(list);
    return this;
  }

  /**
   * Builds the assessment with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's
   * builder.
   *
   * @return the assessment; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public RiskAssessment build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the assessment with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the assessment; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public RiskAssessment build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the assessment with relative dates resolved against the given day, with no check beyond the record's own
   * null rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the assessment; never null
   */
  public RiskAssessment buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.RiskAssessmentBuilder dated(LocalDate asOf) {
    return core.performed(performed.resolve(Objects.requireNonNull(asOf, "asOf")));
  }
}
