package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ctpat4j.core.internal.Nulls;

/**
 * One corrective action of a remediation case.
 *
 * @param description what is to be done; never blank
 * @param due the day it is due, or {@code null}
 * @param status where it stands; never null
 */
public record RemediationAction(@NotBlank String description, LocalDate due, @NotNull RemediationActionStatus status) {

  /**
   * Checks the components.
   *
   * @param description see {@link #description()}
   * @param due see {@link #due()}
   * @param status see {@link #status()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public RemediationAction {
    Nulls.require(description, "description");
    Nulls.require(status, "status");
  }
}
