package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.internal.Copies;

/**
 * Everything ctpat4j needs about one partner: who it is, its supply chain and its evidence. The aggregate of the
 * {@code ctpat4j-dossier/1} JSON format.
 *
 * <p>Immutable and thread-safe. A dossier obtained from {@code DossierReader} has passed every structural, constraint
 * and referential check; one built in code has not until it is validated.
 *
 * @param format the format identifier, {@value #FORMAT}
 * @param asOf the day the dossier is judged at, or {@code null} when the caller supplies it
 * @param partner the partner; never null
 * @param facilities the facilities (vertices of the supply chain); never null
 * @param materials the materials that move along links; never null
 * @param links the supply links ("from supplies material to"); never null
 * @param unmappedInputs inputs whose origin is not mapped; never null
 * @param products the imported products; never null
 * @param evidence the evidence; never null (possibly {@link Evidence#NONE})
 */
public record Dossier(
    @NotNull @Pattern(regexp = "ctpat4j-dossier/1") String format,
    LocalDate asOf,
    @NotNull @Valid Partner partner,
    @NotNull List<@NotNull @Valid Facility> facilities,
    @NotNull List<@NotNull @Valid Material> materials,
    @NotNull List<@NotNull @Valid Link> links,
    @NotNull List<@NotNull @Valid UnmappedInput> unmappedInputs,
    @NotNull List<@NotNull @Valid Product> products,
    @NotNull @Valid Evidence evidence) {

  /** The format identifier of this version of the dossier format. */
  public static final String FORMAT = "ctpat4j-dossier/1";

  /**
   * Copies the lists; null lists read as empty, a null evidence as {@link Evidence#NONE}.
   *
   * @param format the format identifier, {@value #FORMAT}
   * @param asOf the day the dossier is judged at, or {@code null} when the caller supplies it
   * @param partner the partner; never null
   * @param facilities the facilities (vertices of the supply chain); never null
   * @param materials the materials that move along links; never null
   * @param links the supply links ("from supplies material to"); never null
   * @param unmappedInputs inputs whose origin is not mapped; never null
   * @param products the imported products; never null
   * @param evidence the evidence; never null (possibly {@link Evidence#NONE})
   */
  public Dossier {
    facilities = Copies.list(facilities);
    materials = Copies.list(materials);
    links = Copies.list(links);
    unmappedInputs = Copies.list(unmappedInputs);
    products = Copies.list(products);
    evidence = evidence == null ? Evidence.NONE : evidence;
  }

  /**
   * Returns the day the dossier says it is judged at.
   *
   * @return the day, or empty when the caller must supply it
   */
  public Optional<LocalDate> judgedAt() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Finds a facility by id.
   *
   * @param id the facility id; never null
   * @return the facility, or empty
   */
  public Optional<Facility> facility(String id) {
    Objects.requireNonNull(id, "id");
    return facilities.stream().filter(f -> f != null && id.equals(f.id())).findFirst();
  }

  /**
   * Finds a material by id.
   *
   * @param id the material id; never null
   * @return the material, or empty
   */
  public Optional<Material> material(String id) {
    Objects.requireNonNull(id, "id");
    return materials.stream().filter(m -> m != null && id.equals(m.id())).findFirst();
  }
}
