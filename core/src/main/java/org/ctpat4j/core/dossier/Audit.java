package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * A social compliance audit of one facility.
 *
 * @param id unique among the dossier's audits; never blank
 * @param facility the audited facility's id; never blank
 * @param date the last day of the audit; never null
 * @param scheme the audit scheme (for example SMETA, SA8000, amfori BSCI), or {@code null}
 * @param independent whether a third party performed it
 * @param announced whether the facility knew the date in advance
 * @param redacted whether the report the partner holds is redacted
 * @param document the id of the audit report; never blank
 * @param findings the audit's findings; never null
 * @param type who performed it; never null (when the dossier does not say: {@link AuditType#THIRD_PARTY} if
 *     {@code independent}, {@link AuditType#SECOND_PARTY} otherwise). When both are given, {@code type} decides:
 *     {@link #isIndependent()} reads it, and the reader rejects {@code independent: true} with another type
 */
public record Audit(
    @NotBlank String id,
    @NotBlank String facility,
    @NotNull LocalDate date,
    @NullOrNotBlank String scheme,
    boolean independent,
    boolean announced,
    boolean redacted,
    @NotBlank String document,
    @NotNull List<@NotNull @Valid AuditFinding> findings,
    AuditType type) {

  /**
   * Copies the findings; null reads as empty.
   *
   * @param id see {@link #id()}
   * @param facility see {@link #facility()}
   * @param date see {@link #date()}
   * @param scheme see {@link #scheme()}
   * @param independent see {@link #independent()}
   * @param announced see {@link #announced()}
   * @param redacted see {@link #redacted()}
   * @param document see {@link #document()}
   * @param findings see {@link #findings()}
   * @param type who performed it, or {@code null} to derive it from {@code independent}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Audit {
    Nulls.require(id, "id");
    Nulls.require(facility, "facility");
    Nulls.require(date, "date");
    Nulls.require(document, "document");
    findings = Copies.list(findings, "findings");
    type = type == null ? (independent ? AuditType.THIRD_PARTY : AuditType.SECOND_PARTY) : type;
  }

  /**
   * Creates an audit whose type follows from {@code independent}.
   *
   * @param id unique among the dossier's audits; never blank
   * @param facility the audited facility's id; never blank
   * @param date the last day of the audit; never null
   * @param scheme the audit scheme, or {@code null}
   * @param independent whether a third party performed it
   * @param announced whether the facility knew the date in advance
   * @param redacted whether the report the partner holds is redacted
   * @param document the id of the audit report; never blank
   * @param findings the audit's findings; never null
   */
  public Audit(
      String id,
      String facility,
      LocalDate date,
      String scheme,
      boolean independent,
      boolean announced,
      boolean redacted,
      String document,
      List<AuditFinding> findings) {
    this(id, facility, date, scheme, independent, announced, redacted, document, findings, null);
  }

  /**
   * Returns whether the audit counts as independent: its {@link #type()} is {@link AuditType#THIRD_PARTY}.
   *
   * @return {@code true} for a third-party audit
   */
  public boolean isIndependent() {
    return type.isIndependent();
  }
}
