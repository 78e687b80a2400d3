package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds an {@link Engagement}. Defaults: one month before the dossier's day, document
 * {@code doc-<kind in kebab case>}, no description. Not thread-safe.
 */
public final class EngagementBuilder {

  private final EngagementKind kind;
  private When date = When.before(Period.ofMonths(1));
  private String document;
  private String description;

  EngagementBuilder(EngagementKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.document = "doc-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns a builder holding the values of an engagement.
   *
   * @param engagement the engagement; never null
   * @return a new builder
   */
  public static EngagementBuilder from(Engagement engagement) {
    Objects.requireNonNull(engagement, "engagement");
    EngagementBuilder b = new EngagementBuilder(engagement.kind());
    b.date = When.fixed(engagement.date());
    b.document = engagement.document();
    b.description = engagement.description();
    return b;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public EngagementKind kind() {
    return kind;
  }

  /**
   * Sets the day.
   *
   * @param date the day; never null
   * @return this builder
   */
  public EngagementBuilder date(LocalDate date) {
    this.date = When.fixed(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Dates the engagement some time before the dossier's day.
   *
   * @param period how long before; never null
   * @return this builder
   */
  public EngagementBuilder before(Period period) {
    this.date = When.before(period);
    return this;
  }

  /**
   * Sets the proving document's id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public EngagementBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description a short description, or {@code null}
   * @return this builder
   */
  public EngagementBuilder description(String description) {
    this.description = description;
    return this;
  }

  /**
   * Builds the engagement against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the engagement; never null
   */
  public Engagement build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the engagement with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the engagement; never null
   */
  public Engagement build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new Engagement(date.resolve(asOf), kind, document, description);
  }
}
