package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds an {@link Engagement} on top of core's {@link org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder},
 * adding a date relative to the dossier's day. Defaults: one month before the dossier's day, document
 * {@code doc-<kind>} (for example {@code doc-best-practice-shared}), no description. Not thread-safe.
 */
public final class EngagementBuilder {

  private final EngagementKind kind;
  private final org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder core;
  private When date;

  EngagementBuilder(EngagementKind kind) {
    this(
        Objects.requireNonNull(kind, "kind"),
        org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder.newBuilder()
            .kind(kind)
            .document("doc-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')),
        When.before(Period.ofMonths(1)));
  }

  private EngagementBuilder(
      EngagementKind kind, org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder core, When date) {
    this.kind = kind;
    this.core = core;
    this.date = date;
  }

  /**
   * Returns a builder holding the values of an engagement.
   *
   * @param engagement the engagement; never null
   * @return a new builder
   */
  public static EngagementBuilder from(Engagement engagement) {
    Objects.requireNonNull(engagement, "engagement");
    return new EngagementBuilder(
        engagement.kind(),
        org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder.from(engagement),
        When.fixed(engagement.date()));
  }

  /**
   * Returns the kind of engagement.
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
   * Sets the document that proves it.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public EngagementBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Sets a short description.
   *
   * @param description the description, or {@code null}
   * @return this builder
   */
  public EngagementBuilder description(String description) {
    core.description(description);
    return this;
  }

  /**
   * Builds the engagement dated against {@link Dossiers#DEFAULT_AS_OF}, checked by core's builder.
   *
   * @return the engagement; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public Engagement build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the engagement dated against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the engagement; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public Engagement build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the engagement dated against the given day, with no check beyond the record's own null rules, for a test
   * that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the engagement; never null
   */
  public Engagement buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.EngagementBuilder dated(LocalDate asOf) {
    return core.date(date.resolve(Objects.requireNonNull(asOf, "asOf")));
  }
}
