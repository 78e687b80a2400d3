package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import org.ctpat4j.core.constraints.HsCode;
import org.ctpat4j.core.internal.Nulls;

/**
 * A material or good that moves along a link of the supply chain.
 *
 * @param id unique among the dossier's materials; never blank
 * @param name the material's common name (for example "Polysilicon"); never blank
 * @param hsCode the Harmonized System code ({@code NNNN}, {@code NNNN.NN} or longer national form), or {@code null}
 */
public record Material(@NotBlank String id, @NotBlank String name, @HsCode String hsCode) {

  /**
   * Checks the components.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param hsCode see {@link #hsCode()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Material {
    Nulls.require(id, "id");
    Nulls.require(name, "name");
  }
}
