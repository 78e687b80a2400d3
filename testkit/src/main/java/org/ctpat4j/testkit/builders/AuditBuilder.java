package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditType;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds an {@link Audit}. Defaults: four months before the dossier's day, scheme {@code SMETA}, independent,
 * unannounced, unredacted, document {@code doc-audit-<id>}, no findings. Not thread-safe.
 */
public final class AuditBuilder {

  private final String id;
  private final String facility;
  private When date = When.before(Period.ofMonths(4));
  private String scheme = "SMETA";
  private boolean independent = true;
  private AuditType type;
  private boolean announced;
  private boolean redacted;
  private String document;
  private final List<AuditFinding> findings = new ArrayList<>();

  AuditBuilder(String id, String facility) {
    this.id = FacilityBuilder.requireNonBlank(id, "id");
    this.facility = FacilityBuilder.requireNonBlank(facility, "facility");
    this.document = "doc-audit-" + id;
  }

  /**
   * Returns a builder holding the values of an audit.
   *
   * @param audit the audit; never null
   * @return a new builder
   */
  public static AuditBuilder from(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    AuditBuilder b = new AuditBuilder(audit.id(), audit.facility());
    b.date = When.fixed(audit.date());
    b.scheme = audit.scheme();
    b.independent = audit.independent();
    b.type = audit.type();
    b.announced = audit.announced();
    b.redacted = audit.redacted();
    b.document = audit.document();
    b.findings.addAll(audit.findings());
    return b;
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
    this.scheme = scheme;
    return this;
  }

  /**
   * Sets whether a third party performed the audit.
   *
   * @param independent whether it is independent
   * @return this builder
   */
  public AuditBuilder independent(boolean independent) {
    this.independent = independent;
    this.type = null;
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
    this.type = Objects.requireNonNull(type, "type");
    this.independent = type.isIndependent();
    return this;
  }

  /**
   * Sets whether the facility knew the date in advance.
   *
   * @param announced whether it was announced
   * @return this builder
   */
  public AuditBuilder announced(boolean announced) {
    this.announced = announced;
    return this;
  }

  /**
   * Sets whether the report is redacted.
   *
   * @param redacted whether it is redacted
   * @return this builder
   */
  public AuditBuilder redacted(boolean redacted) {
    this.redacted = redacted;
    return this;
  }

  /**
   * Sets the audit report's document id.
   *
   * @param document the id; never blank
   * @return this builder
   */
  public AuditBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
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
    findings.add(
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
   * Builds the audit with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the audit; never null
   */
  public Audit build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the audit with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the audit; never null
   */
  public Audit build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new Audit(
        id, facility, date.resolve(asOf), scheme, independent, announced, redacted, document, findings, type);
  }
}
