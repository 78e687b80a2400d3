package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.internal.Copies;

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
 */
public record Audit(
    @NotBlank String id,
    @NotBlank String facility,
    @NotNull LocalDate date,
    String scheme,
    boolean independent,
    boolean announced,
    boolean redacted,
    @NotBlank String document,
    @NotNull List<@NotNull @Valid AuditFinding> findings) {

  /**
   * Copies the findings; null reads as empty.
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
   */
  public Audit {
    findings = Copies.list(findings);
  }
}
