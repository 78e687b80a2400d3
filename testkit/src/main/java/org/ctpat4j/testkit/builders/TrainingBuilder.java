package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds a {@link Training} on top of core's {@link org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder}, adding a
 * date relative to the dossier's day. Defaults: five months before the dossier's day, topic
 * {@link TrainingTopic#FORCED_LABOR_INDICATORS}, 25 participants, document {@code doc-training-<id>}. Not thread-safe.
 */
public final class TrainingBuilder {

  private final String id;
  private final TrainingAudience audience;
  private final String facility;
  private final org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder core;
  private When date;

  TrainingBuilder(String id, TrainingAudience audience, String facility) {
    this(
        FacilityBuilder.requireNonBlank(id, "id"),
        Objects.requireNonNull(audience, "audience"),
        audience == TrainingAudience.SUPPLIER ? FacilityBuilder.requireNonBlank(facility, "facility") : facility,
        org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder.newBuilder(id)
            .audience(audience)
            .facility(facility)
            .topic(TrainingTopic.FORCED_LABOR_INDICATORS)
            .participants(25)
            .document("doc-training-" + id),
        When.before(Period.ofMonths(5)));
  }

  private TrainingBuilder(
      String id,
      TrainingAudience audience,
      String facility,
      org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder core,
      When date) {
    this.id = id;
    this.audience = audience;
    this.facility = facility;
    this.core = core;
    this.date = date;
  }

  /**
   * Returns a builder holding the values of a training.
   *
   * @param training the training; never null
   * @return a new builder
   */
  public static TrainingBuilder from(Training training) {
    Objects.requireNonNull(training, "training");
    return new TrainingBuilder(
        training.id(),
        training.audience(),
        training.facility(),
        org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder.from(training),
        When.fixed(training.date()));
  }

  /**
   * Returns the training id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the trained facility's id.
   *
   * @return the id, or {@code null} for an employee or management training
   */
  public String facility() {
    return facility;
  }

  /**
   * Returns who was trained.
   *
   * @return the audience
   */
  public TrainingAudience audience() {
    return audience;
  }

  /**
   * Sets the day of the training.
   *
   * @param date the day; never null
   * @return this builder
   */
  public TrainingBuilder date(LocalDate date) {
    this.date = When.fixed(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Dates the training some time before the dossier's day.
   *
   * @param period how long before; never null
   * @return this builder
   */
  public TrainingBuilder before(Period period) {
    this.date = When.before(period);
    return this;
  }

  /**
   * Replaces the topics.
   *
   * @param topics the topics; never null (a null topic is a problem of {@link #build()})
   * @return this builder
   */
  public TrainingBuilder topics(TrainingTopic... topics) {
    List<TrainingTopic> list = Arrays.asList(Objects.requireNonNull(topics, "topics"));
    core.topics(list);
    return this;
  }

  /**
   * Sets how many people took part.
   *
   * @param participants at least 1, or {@code null} when not recorded
   * @return this builder
   */
  public TrainingBuilder participants(Integer participants) {
    core.participants(participants);
    return this;
  }

  /**
   * Sets the attendance record's document id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public TrainingBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Builds the training with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's
   * builder.
   *
   * @return the training; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public Training build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the training with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the training; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public Training build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the training with relative dates resolved against the given day, with no check beyond the record's own
   * null rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the training; never null
   */
  public Training buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.TrainingBuilder dated(LocalDate asOf) {
    return core.date(date.resolve(Objects.requireNonNull(asOf, "asOf")));
  }
}
