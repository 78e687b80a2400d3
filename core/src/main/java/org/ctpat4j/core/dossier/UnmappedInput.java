package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import org.ctpat4j.core.internal.Nulls;

/**
 * An input of a facility whose origin the partner has not mapped: the supply chain stops here without reaching raw
 * material.
 *
 * @param facility the id of the facility that receives the input; never blank
 * @param material the id of the input material; never blank
 * @param note why it is unmapped (for example "supplier not disclosed"), or {@code null}
 */
public record UnmappedInput(@NotBlank String facility, @NotBlank String material, String note) {

  /**
   * Checks the components.
   *
   * @param facility see {@link #facility()}
   * @param material see {@link #material()}
   * @param note see {@link #note()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public UnmappedInput {
    Nulls.require(facility, "facility");
    Nulls.require(material, "material");
  }
}
