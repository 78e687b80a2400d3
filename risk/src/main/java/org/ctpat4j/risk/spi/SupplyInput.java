package org.ctpat4j.risk.spi;

import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Material;

/**
 * One input a facility receives through a link of the dossier.
 *
 * @param material the material; never null
 * @param supplier the supplying facility's id; never null
 * @param supplierCountry the supplying facility's ISO 3166-1 alpha-2 country; never null
 * @param share the share of the receiver's need it covers, or {@code null} when unknown
 */
@Incubating
public record SupplyInput(Material material, String supplier, String supplierCountry, Double share) {

  /**
   * Checks the arguments.
   *
   * @param material see {@link #material()}
   * @param supplier see {@link #supplier()}
   * @param supplierCountry see {@link #supplierCountry()}
   * @param share see {@link #share()}
   */
  public SupplyInput {
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(supplierCountry, "supplierCountry");
  }

  /**
   * Returns the share.
   *
   * @return the share, or empty when unknown
   */
  public Optional<Double> knownShare() {
    return Optional.ofNullable(share);
  }
}
