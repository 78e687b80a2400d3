package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link SocialComplianceProgram} (MSC 3.9). Defaults: document {@code doc-social-compliance-program},
 * adopted three years and last reviewed two months before the dossier's day, addresses forced labor. Not
 * thread-safe.
 */
public final class ProgramBuilder {

  private String document = "doc-social-compliance-program";
  private When adopted = When.before(Period.ofYears(3));
  private When lastReviewed = When.before(Period.ofMonths(2));
  private boolean addressesForcedLabor = true;
  private final java.util.List<LocalDate> reviews = new java.util.ArrayList<>();

  ProgramBuilder() {}

  /**
   * Returns a builder holding the values of a program.
   *
   * @param program the program; never null
   * @return a new builder
   */
  public static ProgramBuilder from(SocialComplianceProgram program) {
    Objects.requireNonNull(program, "program");
    ProgramBuilder b = new ProgramBuilder();
    b.document = program.document();
    b.adopted = When.fixed(program.adopted());
    b.lastReviewed = When.fixed(program.lastReviewed());
    b.addressesForcedLabor = program.addressesForcedLabor();
    b.reviews.addAll(program.reviews());
    return b;
  }

  /**
   * Sets the program document's id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public ProgramBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Sets the day of adoption.
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
   * Dates the last review some time before the dossier's day.
   *
   * @param period how long before; never null
   * @return this builder
   */
  public ProgramBuilder reviewedBefore(Period period) {
    this.lastReviewed = When.before(period);
    return this;
  }

  /**
   * Records a management review held on a day, besides {@code lastReviewed}.
   *
   * @param date the day; never null
   * @return this builder
   */
  public ProgramBuilder review(LocalDate date) {
    reviews.add(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Sets whether the program explicitly addresses forced labor.
   *
   * @param addresses whether it does
   * @return this builder
   */
  public ProgramBuilder addressesForcedLabor(boolean addresses) {
    this.addressesForcedLabor = addresses;
    return this;
  }

  /**
   * Builds the program against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the program; never null
   */
  public SocialComplianceProgram build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the program with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the program; never null
   */
  public SocialComplianceProgram build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new SocialComplianceProgram(
        document, adopted.resolve(asOf), lastReviewed.resolve(asOf), addressesForcedLabor, reviews);
  }
}
