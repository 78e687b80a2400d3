package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds a {@link RemediationCase} on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder}, adding dates relative to the dossier's day.
 * Defaults: opened two months before the dossier's day, no indicators or actions, not disclosed, open, no
 * verification. Not thread-safe.
 */
public final class RemediationCaseBuilder {

  private final String id;
  private final String facility;
  private final org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder core;
  private When opened;
  private When disclosed;
  private When closed;

  RemediationCaseBuilder(String id, String facility) {
    this(
        FacilityBuilder.requireNonBlank(id, "id"),
        FacilityBuilder.requireNonBlank(facility, "facility"),
        org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder.newBuilder(id).facility(facility),
        When.before(Period.ofMonths(2)),
        When.fixed(null),
        When.fixed(null));
  }

  private RemediationCaseBuilder(
      String id,
      String facility,
      org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder core,
      When opened,
      When disclosed,
      When closed) {
    this.id = id;
    this.facility = facility;
    this.core = core;
    this.opened = opened;
    this.disclosed = disclosed;
    this.closed = closed;
  }

  /**
   * Returns a builder holding the values of a remediation case.
   *
   * @param remediationCase the case; never null
   * @return a new builder
   */
  public static RemediationCaseBuilder from(RemediationCase remediationCase) {
    Objects.requireNonNull(remediationCase, "remediationCase");
    return new RemediationCaseBuilder(
        remediationCase.id(),
        remediationCase.facility(),
        org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder.from(remediationCase),
        When.fixed(remediationCase.opened()),
        When.fixed(remediationCase.disclosedToCbp()),
        When.fixed(remediationCase.closed()));
  }

  /**
   * Returns the case id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the facility concerned.
   *
   * @return the facility id
   */
  public String facility() {
    return facility;
  }

  /**
   * Sets the day the case was opened.
   *
   * @param date the day; never null
   * @return this builder
   */
  public RemediationCaseBuilder opened(LocalDate date) {
    this.opened = When.fixed(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Adds forced-labour indicators found.
   *
   * @param indicators the indicators; never null
   * @return this builder
   */
  public RemediationCaseBuilder indicators(ForcedLaborIndicator... indicators) {
    core.indicator(indicators);
    return this;
  }

  /**
   * Sets the day the case was disclosed to CBP.
   *
   * @param date the day, or {@code null} when not disclosed
   * @return this builder
   */
  public RemediationCaseBuilder disclosedToCbp(LocalDate date) {
    this.disclosed = When.fixed(date);
    return this;
  }

  /**
   * Discloses the case to CBP one month before the dossier's day.
   *
   * @return this builder
   */
  public RemediationCaseBuilder disclosedToCbp() {
    this.disclosed = When.before(Period.ofMonths(1));
    return this;
  }

  /**
   * Adds a corrective action.
   *
   * @param description what is done; never null (blank is a problem of {@link #build()})
   * @param due the day it is due, or {@code null}
   * @param status its status; never null
   * @return this builder
   */
  public RemediationCaseBuilder action(String description, LocalDate due, RemediationActionStatus status) {
    core.action(
        new RemediationAction(
            Objects.requireNonNull(description, "description"), due, Objects.requireNonNull(status, "status")));
    return this;
  }

  /**
   * Sets the day the case was closed.
   *
   * @param date the day, or {@code null} while open
   * @return this builder
   */
  public RemediationCaseBuilder closed(LocalDate date) {
    this.closed = When.fixed(date);
    return this;
  }

  /**
   * Sets the document that verifies the remediation.
   *
   * @param document the document id, or {@code null}
   * @return this builder
   */
  public RemediationCaseBuilder verification(String document) {
    core.verification(document);
    return this;
  }

  /**
   * Builds the case with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's builder.
   *
   * @return the case; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public RemediationCase build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the case with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the case; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public RemediationCase build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the case with relative dates resolved against the given day, with no check beyond the record's own null
   * rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the case; never null
   */
  public RemediationCase buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.RemediationCaseBuilder dated(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return core.opened(opened.resolve(asOf)).disclosedToCbp(disclosed.resolve(asOf)).closed(closed.resolve(asOf));
  }
}
