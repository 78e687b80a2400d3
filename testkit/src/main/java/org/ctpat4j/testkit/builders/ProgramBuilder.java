package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link SocialComplianceProgram} on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder}, adding dates relative to the dossier's day. Defaults:
 * document {@code doc-social-compliance-program}, adopted three years and last reviewed two months before the
 * dossier's day, addresses forced labor, no other reviews. Not thread-safe.
 */
public final class ProgramBuilder {

  private final org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder core;
  private When adopted;
  private When lastReviewed;

  ProgramBuilder() {
    this(
        org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder.newBuilder()
            .document("doc-social-compliance-program")
            .addressesForcedLabor(true),
        When.before(Period.ofYears(3)),
        When.before(Period.ofMonths(2)));
  }

  private ProgramBuilder(
      org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder core, When adopted, When lastReviewed) {
    this.core = core;
    this.adopted = adopted;
    this.lastReviewed = lastReviewed;
  }

  /**
   * Returns a builder holding the values of a program.
   *
   * @param program the program; never null
   * @return a new builder
   */
  public static ProgramBuilder from(SocialComplianceProgram program) {
    Objects.requireNonNull(program, "program");
    return new ProgramBuilder(
        org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder.from(program),
        When.fixed(program.adopted()),
        When.fixed(program.lastReviewed()));
  }

  /**
   * Sets the program document's id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public ProgramBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Sets the day the program was adopted.
   *
   * @param date the day, or {@code null}
   * @return this builder
   */
  public ProgramBuilder adopted(LocalDate date) {
    this.adopted = When.fixed(date);
    return this;
  }

  /**
   * Sets the day of the last management review.
   *
   * @param date the day, or {@code null}
   * @return this builder
   */
  public ProgramBuilder lastReviewed(LocalDate date) {
    this.lastReviewed = When.fixed(date);
    return this;
  }

  /**
   * Dates the last management review some time before the dossier's day.
   *
   * @param period how long before; never null
   * @return this builder
   */
  public ProgramBuilder reviewedBefore(Period period) {
    this.lastReviewed = When.before(period);
    return this;
  }

  /**
   * Adds the day of an earlier management review.
   *
   * @param date the day; never null
   * @return this builder
   */
  public ProgramBuilder review(LocalDate date) {
    core.review(date);
    return this;
  }

  /**
   * Sets whether the program explicitly addresses forced labor.
   *
   * @param addresses the flag
   * @return this builder
   */
  public ProgramBuilder addressesForcedLabor(boolean addresses) {
    core.addressesForcedLabor(addresses);
    return this;
  }

  /**
   * Builds the program with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's
   * builder.
   *
   * @return the program; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public SocialComplianceProgram build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the program with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the program; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public SocialComplianceProgram build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the program with relative dates resolved against the given day, with no check beyond the record's own
   * null rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the program; never null
   */
  public SocialComplianceProgram buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.ProgramBuilder dated(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return core.adopted(adopted.resolve(asOf)).lastReviewed(lastReviewed.resolve(asOf));
  }
}
