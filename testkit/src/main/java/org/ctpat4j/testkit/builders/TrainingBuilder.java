package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds a {@link Training}. Defaults: five months before the dossier's day, topic
 * {@link TrainingTopic#FORCED_LABOR_INDICATORS}, 25 participants, document {@code doc-training-<id>}. Not
 * thread-safe.
 */
public final class TrainingBuilder {

  private final String id;
  private final TrainingAudience audience;
  private final String facility;
  private When date = When.before(Period.ofMonths(5));
  private final List<TrainingTopic> topics = new ArrayList<>(List.of(TrainingTopic.FORCED_LABOR_INDICATORS));
  private Integer participants = 25;
  private String document;

  TrainingBuilder(String id, TrainingAudience audience, String facility) {
    this.id = FacilityBuilder.requireNonBlank(id, "id");
    this.audience = Objects.requireNonNull(audience, "audience");
    this.facility = facility;
    if (audience == TrainingAudience.SUPPLIER) {
      FacilityBuilder.requireNonBlank(facility, "facility");
    }
    this.document = "doc-training-" + id;
  }

  /**
   * Returns a builder holding the values of a training.
   *
   * @param training the training; never null
   * @return a new builder
   */
  public static TrainingBuilder from(Training training) {
    Objects.requireNonNull(training, "training");
    TrainingBuilder b = new TrainingBuilder(training.id(), training.audience(), training.facility());
    b.date = When.fixed(training.date());
    b.topics.clear();
    b.topics.addAll(training.topics());
    b.participants = training.participants();
    b.document = training.document();
    return b;
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
   * Returns the trained supplier's facility id.
   *
   * @return the id, or {@code null} for internal trainings
   */
  public String facility() {
    return facility;
  }

  /**
   * Returns the audience.
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
   * @param topics the topics; never null
   * @return this builder
   */
  public TrainingBuilder topics(TrainingTopic... topics) {
    this.topics.clear();
    this.topics.addAll(Arrays.asList(Objects.requireNonNull(topics, "topics")));
    return this;
  }

  /**
   * Sets the number of participants.
   *
   * @param participants at least 1, or {@code null}
   * @return this builder
   */
  public TrainingBuilder participants(Integer participants) {
    this.participants = participants;
    return this;
  }

  /**
   * Sets the attendance record's document id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public TrainingBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Builds the training with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the training; never null
   */
  public Training build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the training with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the training; never null
   */
  public Training build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new Training(id, audience, facility, date.resolve(asOf), topics, participants, document);
  }
}
