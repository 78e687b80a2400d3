package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * Everything ctpat4j needs about one partner: who it is, its supply chain and its evidence. The aggregate of the
 * {@code ctpat4j-dossier/1} JSON format.
 *
 * <p>Immutable and thread-safe. A dossier obtained from {@code DossierReader} has passed every structural, constraint
 * and referential check, and so has one from {@link DossierBuilder#build()}; one built with its constructors has not
 * until it is validated.
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
   * @param format see {@link #format()}
   * @param asOf see {@link #asOf()}
   * @param partner see {@link #partner()}
   * @param facilities see {@link #facilities()}
   * @param materials see {@link #materials()}
   * @param links see {@link #links()}
   * @param unmappedInputs see {@link #unmappedInputs()}
   * @param products see {@link #products()}
   * @param evidence see {@link #evidence()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Dossier {
    Nulls.require(format, "format");
    Nulls.require(partner, "partner");
    facilities = Copies.list(facilities, "facilities");
    materials = Copies.list(materials, "materials");
    links = Copies.list(links, "links");
    unmappedInputs = Copies.list(unmappedInputs, "unmappedInputs");
    products = Copies.list(products, "products");
    evidence = evidence == null ? Evidence.NONE : evidence;
  }

  /**
   * Returns a builder for a dossier built in code, checked when it is built ({@link DossierBuilder#build()}).
   *
   * @return a new, empty builder; never null
   */
  @Incubating
  public static DossierBuilder newBuilder() {
    return new DossierBuilder();
  }

  /**
   * Returns a builder holding everything in this dossier, to build a changed copy. Building it unchanged gives an equal
   * dossier when the ids are unique, as in every checked dossier (the builder keeps one facility, product, audit,
   * training, case and document per id: of an unchecked dossier's duplicates, the last).
   *
   * @return a new builder; never null
   */
  @Incubating
  public DossierBuilder toBuilder() {
    return DossierBuilder.from(this);
  }

  /**
   * Returns this dossier as it stood on a day: what had not yet happened is left out, so the past is judged with the
   * documents of the past. Kept: everything undated (facilities, materials, links, products, and evidence whose date
   * is unknown). Left out: audits, trainings, supplier commitments and engagements dated after the day; documents
   * issued after it; a program, risk assessment or remediation plan adopted (performed) after it; remediation cases
   * opened after it. Changed: the program's last review is the last one held by then; the code of conduct is the
   * version in force then ({@link CodeOfConduct#inForceOn(LocalDate)}); a case closed, disclosed or verified after the
   * day is still open, undisclosed and unverified; a membership that began after the day is left out, or is an
   * application if the partner had applied by then; a suspension or removal after the day had not happened. A dossier
   * whose {@code asOf} is later than the day takes the day as its {@code asOf}.
   *
   * <p>References from what is kept to what is left out (an audit whose report was issued later) are kept, so that the
   * checks say the document did not exist yet rather than silently forgetting the audit. Cutting twice to the same day
   * gives the same dossier; a dossier with nothing after the day is returned as it is.
   *
   * @param day the day; never null
   * @return the dossier as it stood on {@code day}; never null
   */
  public Dossier cutTo(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return Cut.of(this, day);
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
