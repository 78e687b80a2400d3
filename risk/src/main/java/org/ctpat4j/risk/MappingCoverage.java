package org.ctpat4j.risk;

import java.util.List;
import java.util.Objects;

/**
 * How much of a dossier's supply chain is mapped to origin, counting silent gaps as well as declared ones.
 *
 * <p>A facility's upstream is <b>mapped</b> when no facility upstream of it (itself included) has a declared unmapped
 * input or is a <b>silent gap</b>: a facility that supplies or produces a good, has no link into it, declares no
 * unmapped input and is not an origin of raw materials. A facility is an origin when the dossier says so
 * ({@code Facility.origin}); when it does not say, when every good the facility supplies or produces has the HS code of
 * a raw good (grown, raised, caught, mined or extracted: HS 2022 chapters 01, 03, 05-08, 10, 12, 14, 25, 26 and raw
 * headings such as 0901.1 green coffee, 0902 tea, 2401 tobacco leaf, 2701 coal, 2709 crude oil, 4001 natural rubber,
 * 4403 logs, 5001 cocoons, 5101 greasy wool, 5201 raw cotton, 5301-5305 raw bast fibres, 7102 and 7103 unworked
 * stones, minus their processed headings; the full table with its reasons is documented in the engine's
 * implementation). A facility supplying a good without an HS code is not an origin unless the dossier says so.
 *
 * <p>A dossier material is <b>HIGH-risk</b> when, mapped through the bundled ILAB good table (HS code first), it
 * belongs to a UFLPA high-priority sector (the FLETF strategy: cotton, apparel, silica-based products, tomatoes,
 * aluminum, PVC, seafood, steel, copper, lithium, caustic soda) or is a good the ILAB list names, for some country, as
 * produced with forced labor, or as a downstream good of such an input, in force on the assessment day. Only materials
 * carried by a link or declared as an unmapped input count. A HIGH-risk material is mapped when no facility declares it
 * unmapped and every facility supplying it has a mapped upstream.
 *
 * @param products the number of products
 * @param productsMapped the products whose producer's upstream is mapped
 * @param highRiskMaterials the number of HIGH-risk materials in the chain
 * @param highRiskMaterialsMapped the HIGH-risk materials that are mapped
 * @param unmappedHighRiskMaterials the ids of the HIGH-risk materials that are not mapped, sorted; never null
 * @param silentGaps the ids of the facilities that are silent gaps, sorted; never null
 */
public record MappingCoverage(
    int products,
    int productsMapped,
    int highRiskMaterials,
    int highRiskMaterialsMapped,
    List<String> unmappedHighRiskMaterials,
    List<String> silentGaps) {

  /**
   * Checks and copies the arguments.
   *
   * @param products the number of products, 0 or more
   * @param productsMapped the products whose producer's upstream is mapped, in [0, products]
   * @param highRiskMaterials the number of HIGH-risk materials in the chain, 0 or more
   * @param highRiskMaterialsMapped the HIGH-risk materials that are mapped, in [0, highRiskMaterials]
   * @param unmappedHighRiskMaterials see {@link #unmappedHighRiskMaterials()}
   * @param silentGaps see {@link #silentGaps()}
   * @throws IllegalArgumentException when a count is out of range
   */
  public MappingCoverage {
    unmappedHighRiskMaterials = List.copyOf(unmappedHighRiskMaterials);
    silentGaps = List.copyOf(silentGaps);
    if (products < 0 || productsMapped < 0 || productsMapped > products) {
      throw new IllegalArgumentException("productsMapped must be in [0, products]: " + productsMapped + " of "
          + products);
    }
    if (highRiskMaterials < 0 || highRiskMaterialsMapped < 0 || highRiskMaterialsMapped > highRiskMaterials) {
      throw new IllegalArgumentException("highRiskMaterialsMapped must be in [0, highRiskMaterials]: "
          + highRiskMaterialsMapped + " of " + highRiskMaterials);
    }
    if (unmappedHighRiskMaterials.size() != highRiskMaterials - highRiskMaterialsMapped) {
      throw new IllegalArgumentException("unmappedHighRiskMaterials must list the " + (highRiskMaterials
          - highRiskMaterialsMapped) + " unmapped HIGH-risk materials: " + unmappedHighRiskMaterials);
    }
  }

  /**
   * Returns the coverage of a result made without counts (read back from a report that records only the share): the
   * product counts are derived from the share and the number of products, and nothing is known of HIGH-risk materials
   * or silent gaps.
   *
   * @param share the share of products mapped, in [0, 1]
   * @param products the number of products
   * @return the coverage; never null
   */
  public static MappingCoverage ofShare(double share, int products) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must be in [0, 1]: " + share);
    }
    return new MappingCoverage(products, (int) Math.round(share * products), 0, 0, List.of(), List.of());
  }

  /**
   * Returns the share of products whose upstream is mapped.
   *
   * @return a share in [0, 1]; 1 when there are no products
   */
  public double productShare() {
    return products == 0 ? 1.0 : (double) productsMapped / products;
  }

  /**
   * Returns the share of HIGH-risk materials that are mapped.
   *
   * @return a share in [0, 1]; 1 when the chain carries no HIGH-risk material
   */
  public double highRiskMaterialShare() {
    return highRiskMaterials == 0 ? 1.0 : (double) highRiskMaterialsMapped / highRiskMaterials;
  }

  /**
   * Returns whether a facility is a silent gap.
   *
   * @param facilityId the facility id; never null
   * @return {@code true} when it is listed in {@link #silentGaps()}
   */
  public boolean isSilentGap(String facilityId) {
    Objects.requireNonNull(facilityId, "facilityId");
    return silentGaps.contains(facilityId);
  }
}
