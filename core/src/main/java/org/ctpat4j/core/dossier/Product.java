package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import org.ctpat4j.core.constraints.HsCode;
import org.ctpat4j.core.internal.Nulls;

/**
 * A good the partner imports.
 *
 * @param id unique among the dossier's products; never blank
 * @param name the product's name; never blank
 * @param hsCode its Harmonized System classification, or {@code null}
 * @param producedBy the id of the facility that produces it (the tier-1 supplier); never blank
 */
public record Product(@NotBlank String id, @NotBlank String name, @HsCode String hsCode, @NotBlank String producedBy) {

  /**
   * Checks the components.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param hsCode see {@link #hsCode()}
   * @param producedBy see {@link #producedBy()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Product {
    Nulls.require(id, "id");
    Nulls.require(name, "name");
    Nulls.require(producedBy, "producedBy");
  }
}
