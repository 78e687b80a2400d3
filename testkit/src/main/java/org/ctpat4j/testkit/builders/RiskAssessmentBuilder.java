package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the partner's {@link RiskAssessment}. Defaults: document {@code doc-risk-assessment}, performed three
 * months before the dossier's day, includes forced labor, consulted {@link RiskSource#UFLPA_ENTITY_LIST},
 * {@link RiskSource#WRO_FINDINGS}, {@link RiskSource#ILAB_LIST} and {@link RiskSource#TIP_REPORT}. Not thread-safe.
 */
public final class RiskAssessmentBuilder {

  private String document = "doc-risk-assessment";
  private When performed = When.before(Period.ofMonths(3));
  private boolean includesForcedLabor = true;
  private final List<RiskSource> sources =
      new ArrayList<>(
          List.of(RiskSource.UFLPA_ENTITY_LIST, RiskSource.WRO_FINDINGS, RiskSource.ILAB_LIST, RiskSource.TIP_REPORT));

  RiskAssessmentBuilder() {}

  /**
   * Returns a builder holding the values of an assessment.
   *
   * @param assessment the assessment; never null
   * @return a new builder
   */
  public static RiskAssessmentBuilder from(RiskAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    RiskAssessmentBuilder b = new RiskAssessmentBuilder();
    b.document = assessment.document();
    b.performed = When.fixed(assessment.performed());
    b.includesForcedLabor = assessment.includesForcedLabor();
    b.sources.clear();
    b.sources.addAll(assessment.sourcesConsulted());
    return b;
  }

  /**
   * Sets the assessment document's id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public RiskAssessmentBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Sets the day it was performed.
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
   * Sets whether forced labor is part of the method.
   *
   * @param includes whether it is
   * @return this builder
   */
  public RiskAssessmentBuilder includesForcedLabor(boolean includes) {
    this.includesForcedLabor = includes;
    return this;
  }

  /**
   * Replaces the sources consulted.
   *
   * @param sources the sources; never null
   * @return this builder
   */
  public RiskAssessmentBuilder sources(RiskSource... sources) {
    this.sources.clear();
    this.sources.addAll(Arrays.asList(Objects.requireNonNull(sources, "sources")));
    return this;
  }

  /**
   * Builds the assessment against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the assessment; never null
   */
  public RiskAssessment build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the assessment with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the assessment; never null
   */
  public RiskAssessment build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new RiskAssessment(document, performed.resolve(asOf), includesForcedLabor, sources);
  }
}
