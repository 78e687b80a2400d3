package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * An edge of the supply chain: facility {@code from} supplies {@code material} to facility {@code to}. Cycles are
 * legal.
 *
 * @param from the supplying facility's id; never blank
 * @param to the receiving facility's id; never blank
 * @param material the material's id; never blank
 * @param share the share of the receiver's need for this material that this supplier covers, in (0, 1], or
 *     {@code null} when unknown
 * @param documents ids of documents proving the link (purchase orders, invoices, bills of lading); never null
 */
public record Link(
    @NotBlank String from,
    @NotBlank String to,
    @NotBlank String material,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double share,
    @NotNull List<@NotBlank String> documents) {

  /**
   * Copies the documents; null reads as empty.
   *
   * @param from see {@link #from()}
   * @param to see {@link #to()}
   * @param material see {@link #material()}
   * @param share see {@link #share()}
   * @param documents see {@link #documents()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Link {
    Nulls.require(from, "from");
    Nulls.require(to, "to");
    Nulls.require(material, "material");
    documents = Copies.list(documents, "documents");
  }

  /**
   * Creates a link with unknown share and no documents.
   *
   * @param from the supplying facility's id
   * @param to the receiving facility's id
   * @param material the material's id
   */
  public Link(String from, String to, String material) {
    this(from, to, material, null, List.of());
  }
}
