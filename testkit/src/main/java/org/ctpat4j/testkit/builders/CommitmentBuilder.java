package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds a {@link SupplierCommitment}. Defaults: acknowledges the dossier's current code-of-conduct version (resolved
 * when the dossier is built; {@code "1.0"} when there is no code), six months before the dossier's day, excludes
 * forced-labor partners, document {@code doc-commitment-<facility>}. Not thread-safe.
 */
public final class CommitmentBuilder {

  private final String facility;
  private String version;
  private When acknowledged = When.before(Period.ofMonths(6));
  private boolean excludesForcedLaborPartners = true;
  private String document;

  CommitmentBuilder(String facility) {
    this.facility = FacilityBuilder.requireNonBlank(facility, "facility");
    this.document = "doc-commitment-" + facility;
  }

  /**
   * Returns a builder holding the values of a commitment.
   *
   * @param commitment the commitment; never null
   * @return a new builder
   */
  public static CommitmentBuilder from(SupplierCommitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    CommitmentBuilder b = new CommitmentBuilder(commitment.facility());
    b.version = commitment.codeOfConductVersion();
    b.acknowledged = When.fixed(commitment.acknowledged());
    b.excludesForcedLaborPartners = commitment.excludesForcedLaborPartners();
    b.document = commitment.document();
    return b;
  }

  /**
   * Returns the supplier facility's id.
   *
   * @return the id
   */
  public String facility() {
    return facility;
  }

  /**
   * Sets the code-of-conduct version acknowledged.
   *
   * @param version the version; never blank
   * @return this builder
   */
  public CommitmentBuilder codeOfConductVersion(String version) {
    this.version = FacilityBuilder.requireNonBlank(version, "version");
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
   * @param excludes whether it does
   * @return this builder
   */
  public CommitmentBuilder excludesForcedLaborPartners(boolean excludes) {
    this.excludesForcedLaborPartners = excludes;
    return this;
  }

  /**
   * Sets the signed acknowledgment's document id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public CommitmentBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Builds the commitment against {@link Dossiers#DEFAULT_AS_OF} and code version {@code "1.0"} unless set.
   *
   * @return the commitment; never null
   */
  public SupplierCommitment build() {
    return build(Dossiers.DEFAULT_AS_OF, "1.0");
  }

  /**
   * Builds the commitment.
   *
   * @param asOf the day the dossier is judged at; never null
   * @param currentCodeVersion the version acknowledged unless one was set; never blank
   * @return the commitment; never null
   */
  public SupplierCommitment build(LocalDate asOf, String currentCodeVersion) {
    Objects.requireNonNull(asOf, "asOf");
    String v = version != null ? version : FacilityBuilder.requireNonBlank(currentCodeVersion, "currentCodeVersion");
    return new SupplierCommitment(facility, v, acknowledged.resolve(asOf), excludesForcedLaborPartners, document);
  }
}
