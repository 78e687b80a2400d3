package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds a {@link SupplierCommitment} on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder}, adding a date relative to the dossier's day and a
 * code version that follows the dossier's code of conduct. Defaults: acknowledged six months before the dossier's
 * day, the dossier's current code version, excludes forced-labor partners, document {@code doc-commitment-<facility>}.
 * Not thread-safe.
 */
public final class CommitmentBuilder {

  private final String facility;
  private final org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder core;
  private String version;
  private When acknowledged;

  CommitmentBuilder(String facility) {
    this(
        FacilityBuilder.requireNonBlank(facility, "facility"),
        org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder.newBuilder()
            .facility(facility)
            .excludesForcedLaborPartners(true)
            .document("doc-commitment-" + facility),
        null,
        When.before(Period.ofMonths(6)));
  }

  private CommitmentBuilder(
      String facility,
      org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder core,
      String version,
      When acknowledged) {
    this.facility = facility;
    this.core = core;
    this.version = version;
    this.acknowledged = acknowledged;
  }

  /**
   * Returns a builder holding the values of a commitment.
   *
   * @param commitment the commitment; never null
   * @return a new builder
   */
  public static CommitmentBuilder from(SupplierCommitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    return new CommitmentBuilder(
        commitment.facility(),
        org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder.from(commitment),
        commitment.codeOfConductVersion(),
        When.fixed(commitment.acknowledged()));
  }

  /**
   * Returns the committed facility's id.
   *
   * @return the id
   */
  public String facility() {
    return facility;
  }

  /**
   * Sets the version of the code of conduct acknowledged.
   *
   * @param version the version label, or {@code null} to follow the dossier's current code of conduct
   * @return this builder
   */
  public CommitmentBuilder codeOfConductVersion(String version) {
    this.version = version;
    return this;
  }

  /**
   * Sets the day it was signed.
   *
   * @param date the day; never null
   * @return this builder
   */
  public CommitmentBuilder acknowledged(LocalDate date) {
    this.acknowledged = When.fixed(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Sets whether the supplier commits not to partner with businesses that use forced labor.
   *
   * @param excludes the flag
   * @return this builder
   */
  public CommitmentBuilder excludesForcedLaborPartners(boolean excludes) {
    core.excludesForcedLaborPartners(excludes);
    return this;
  }

  /**
   * Sets the signed acknowledgment's document id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public CommitmentBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Builds the commitment against {@link Dossiers#DEFAULT_AS_OF} and code version {@code 1.0} unless set, checked by
   * core's builder.
   *
   * @return the commitment; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public SupplierCommitment build() {
    return build(Dossiers.DEFAULT_AS_OF, "1.0");
  }

  /**
   * Builds the commitment with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @param currentCodeVersion the version of the dossier's code of conduct, used unless a version was set; never blank
   * @return the commitment; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public SupplierCommitment build(LocalDate asOf, String currentCodeVersion) {
    return resolved(asOf, currentCodeVersion).build();
  }

  /**
   * Builds the commitment as {@link #build(LocalDate, String)} does, with no check beyond the record's own null
   * rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @param currentCodeVersion the version of the dossier's code of conduct, used unless a version was set; never blank
   * @return the commitment; never null
   */
  public SupplierCommitment buildUnchecked(LocalDate asOf, String currentCodeVersion) {
    return resolved(asOf, currentCodeVersion).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.CommitmentBuilder resolved(LocalDate asOf, String current) {
    Objects.requireNonNull(asOf, "asOf");
    String v = version != null ? version : FacilityBuilder.requireNonBlank(current, "currentCodeVersion");
    return core.codeOfConductVersion(v).acknowledged(acknowledged.resolve(asOf));
  }
}
