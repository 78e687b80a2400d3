package org.ctpat4j.risk.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.data.ReferenceData;

/**
 * What a {@link RiskRule} may know about one facility. Lists are sorted by id so that rules see the same context
 * whatever the order of the dossier.
 *
 * @param facility the facility (id, name, aliases, country, region, identifiers); never null
 * @param makes the materials it supplies to others, sorted by id; never null
 * @param products the imported products it produces, sorted by id; never null
 * @param receives the materials it receives, sorted by id and without duplicates; never null
 * @param inputs the links into it, sorted by material, supplier; never null
 * @param unmappedInputs the inputs the dossier declares unmapped for it, sorted by material; never null
 * @param audits its social compliance audits, sorted by id; never null
 * @param referenceData the reference lists; never null
 * @param entityMatcher how names are matched against the UFLPA Entity List; never null
 * @param asOf the day of the assessment; never null
 */
@Incubating
public record FacilityContext(
    Facility facility,
    List<Material> makes,
    List<Product> products,
    List<Material> receives,
    List<SupplyInput> inputs,
    List<UnmappedInput> unmappedInputs,
    List<Audit> audits,
    ReferenceData referenceData,
    EntityMatcher entityMatcher,
    LocalDate asOf) {

  /**
   * Checks and copies the arguments.
   *
   * @param facility see {@link #facility()}
   * @param makes see {@link #makes()}
   * @param products see {@link #products()}
   * @param receives see {@link #receives()}
   * @param inputs see {@link #inputs()}
   * @param unmappedInputs see {@link #unmappedInputs()}
   * @param audits see {@link #audits()}
   * @param referenceData see {@link #referenceData()}
   * @param entityMatcher see {@link #entityMatcher()}
   * @param asOf see {@link #asOf()}
   */
  public FacilityContext {
    Objects.requireNonNull(facility, "facility");
    makes = List.copyOf(makes);
    products = List.copyOf(products);
    receives = List.copyOf(receives);
    inputs = List.copyOf(inputs);
    unmappedInputs = List.copyOf(unmappedInputs);
    audits = List.copyOf(audits);
    Objects.requireNonNull(referenceData, "referenceData");
    Objects.requireNonNull(entityMatcher, "entityMatcher");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns every good the facility makes as a material: what it supplies plus its products (as materials whose id
   * is {@code product:<id>}), sorted by id.
   *
   * @return the goods; never null
   */
  public List<Material> goodsMade() {
    java.util.List<Material> out = new java.util.ArrayList<>(makes);
    for (Product p : products) {
      out.add(new Material("product:" + p.id(), p.name(), p.hsCode()));
    }
    out.sort(java.util.Comparator.comparing(Material::id));
    return List.copyOf(out);
  }
}
