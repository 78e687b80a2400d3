package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.AuditType;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds an {@link Audit} on top of core's {@link org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder}, adding a
 * date relative to the dossier's day. Defaults: four months before the dossier's day, scheme {@code SMETA},
 * independent, unannounced, unredacted, document {@code doc-audit-<id>}, no findings. Not thread-safe.
 */
public final class AuditBuilder {

  private final String id;
  private final String facility;
  private final org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder core;
  private When date;

  AuditBuilder(String id, String facility) {
    this(
        FacilityBuilder.requireNonBlank(id, "id"),
        FacilityBuilder.requireNonBlank(facility, "facility"),
        org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder.newBuilder(id)
            .facility(facility)
            .scheme("SMETA")
            .independent(true)
            .document("doc-audit-" + id),
        When.before(Period.ofMonths(4)));
  }

  private AuditBuilder(
      String id, String facility, org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder core, When date) {
    this.id = id;
    this.facility = facility;
    this.core = core;
    this.date = date;
  }

  /**
   * Returns a builder holding the values of an audit.
   *
   * @param audit the audit; never null
   * @return a new builder
   */
  public static AuditBuilder from(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    return new AuditBuilder(
        audit.id(),
        audit.facility(),
        org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder.from(audit),
        When.fixed(audit.date()));
  }

  /**
   * Returns the audit id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the audited facility's id.
   *
   * @return the id
   */
  public String facility() {
    return facility;
  }

  /**
   * Sets the last day of the audit.
   *
   * @param date the day; never null
   * @return this builder
   */
  public AuditBuilder date(LocalDate date) {
    this.date = When.fixed(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Dates the audit some time before the dossier's day.
   *
   * @param period how long before; never null
   * @return this builder
   */
  public AuditBuilder before(Period period) {
    this.date = When.before(period);
    return this;
  }

  /**
   * Sets the scheme.
   *
   * @param scheme for example SMETA, SA8000, amfori BSCI; or {@code null}
   * @return this builder
   */
  public AuditBuilder scheme(String scheme) {
    core.scheme(scheme);
    return this;
  }

  /**
   * Sets whether a third party performed the audit; the type then follows from it (third or second party).
   *
   * @param independent whether it is independent
   * @return this builder
   */
  public AuditBuilder independent(boolean independent) {
    core.type(null).independent(independent);
    return this;
  }

  /**
   * Sets who performed the audit; a second-party visit or a self-assessment is not independent, so this also sets
   * {@code independent} to whether the type is {@link AuditType#THIRD_PARTY}.
   *
   * @param type the type; never null
   * @return this builder
   */
  public AuditBuilder type(AuditType type) {
    core.type(Objects.requireNonNull(type, "type"));
    return this;
  }

  /**
   * Sets whether the facility knew the date in advance.
   *
   * @param announced whether it was announced
   * @return this builder
   */
  public AuditBuilder announced(boolean announced) {
    core.announced(announced);
    return this;
  }

  /**
   * Sets whether the report is redacted.
   *
   * @param redacted whether it is redacted
   * @return this builder
   */
  public AuditBuilder redacted(boolean redacted) {
    core.redacted(redacted);
    return this;
  }

  /**
   * Sets the audit report's document id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public AuditBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Adds a finding.
   *
   * @param indicator the ILO indicator, or {@code null} for a finding unrelated to forced labor
   * @param severity the severity; never null
   * @param status the status; never null
   * @return this builder
   */
  public AuditBuilder finding(
      ForcedLaborIndicator indicator, AuditFindingSeverity severity, AuditFindingStatus status) {
    core.finding(
        new AuditFinding(
            indicator, Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(status, "status")));
    return this;
  }

  /**
   * Adds an open critical finding of a forced-labour indicator.
   *
   * @param indicator the indicator; never null
   * @return this builder
   */
  public AuditBuilder openCriticalFinding(ForcedLaborIndicator indicator) {
    return finding(
        Objects.requireNonNull(indicator, "indicator"), AuditFindingSeverity.CRITICAL, AuditFindingStatus.OPEN);
  }

  /**
   * Builds the audit with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's builder.
   *
   * @return the audit; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public Audit build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the audit with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the audit; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public Audit build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the audit with relative dates resolved against the given day, with no check beyond the record's own null
   * rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the audit; never null
   */
  public Audit buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.AuditBuilder dated(LocalDate asOf) {
    return core.date(date.resolve(Objects.requireNonNull(asOf, "asOf")));
  }
}
