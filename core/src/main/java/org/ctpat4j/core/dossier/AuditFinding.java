package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotNull;
import org.ctpat4j.core.internal.Nulls;

/**
 * One finding of a social compliance audit.
 *
 * @param indicator the ILO forced-labour indicator the finding points to, or {@code null} for a finding unrelated to
 *     forced labor
 * @param severity how grave the finding is; never null
 * @param status where it stands; never null
 * @param description what the auditor found, or {@code null}
 */
public record AuditFinding(
    ForcedLaborIndicator indicator,
    @NotNull AuditFindingSeverity severity,
    @NotNull AuditFindingStatus status,
    String description) {

  /**
   * Checks the components.
   *
   * @param indicator see {@link #indicator()}
   * @param severity see {@link #severity()}
   * @param status see {@link #status()}
   * @param description see {@link #description()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public AuditFinding {
    Nulls.require(severity, "severity");
    Nulls.require(status, "status");
  }


  /**
   * Creates a finding without description.
   *
   * @param indicator the indicator, or {@code null}
   * @param severity the severity
   * @param status the status
   */
  public AuditFinding(ForcedLaborIndicator indicator, AuditFindingSeverity severity, AuditFindingStatus status) {
    this(indicator, severity, status, null);
  }
}
