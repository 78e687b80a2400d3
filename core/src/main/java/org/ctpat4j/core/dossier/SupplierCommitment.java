package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ctpat4j.core.internal.Nulls;

/**
 * A supplier's signed acknowledgment of the partner's code of conduct.
 *
 * @param facility the supplier facility's id; never blank
 * @param codeOfConductVersion the version of the code acknowledged; never blank
 * @param acknowledged the day it was signed; never null
 * @param excludesForcedLaborPartners whether the supplier commits not to partner with businesses that use forced labor
 * @param document the id of the signed acknowledgment; never blank
 */
public record SupplierCommitment(
    @NotBlank String facility,
    @NotBlank String codeOfConductVersion,
    @NotNull LocalDate acknowledged,
    boolean excludesForcedLaborPartners,
    @NotBlank String document) {

  /**
   * Checks the components.
   *
   * @param facility see {@link #facility()}
   * @param codeOfConductVersion see {@link #codeOfConductVersion()}
   * @param acknowledged see {@link #acknowledged()}
   * @param excludesForcedLaborPartners see {@link #excludesForcedLaborPartners()}
   * @param document see {@link #document()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public SupplierCommitment {
    Nulls.require(facility, "facility");
    Nulls.require(codeOfConductVersion, "codeOfConductVersion");
    Nulls.require(acknowledged, "acknowledged");
    Nulls.require(document, "document");
  }
}
