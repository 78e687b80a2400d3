package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.ctpat4j.core.constraints.CountryCode;
import org.ctpat4j.core.constraints.EntityName;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.constraints.RegionCode;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * A place where goods or their inputs are mined, grown, produced, manufactured or handled: a vertex of the supply
 * chain.
 *
 * @param id unique among the dossier's facilities; never blank
 * @param name the legal or trading name; never blank
 * @param aliases other names the facility is known by; never null, possibly empty
 * @param country the ISO 3166-1 alpha-2 country code; never null
 * @param region the ISO 3166-2 subdivision code (for example {@code CN-XJ}, Xinjiang), or {@code null} when unknown.
 *     The constructor does not check it, as it checks no code: {@link DossierBuilder#build()}, {@code DossierReader}
 *     and {@code DossierValidator} refuse a region that is not such a code or not in the facility's country
 *     ({@code "Xinjiang"}), with every other problem of the dossier and its JSON Pointer
 * @param address the street address, or {@code null} when unknown
 * @param identifiers registry identifiers; never null (possibly {@link Identifiers#NONE})
 * @param redacted {@code true} when the name or address given here is masked, so the mapping is not unredacted
 * @param origin {@code true} when the facility is where its goods originate (a farm, mine, oil field or other producer
 *     of raw materials, so no inbound links are expected), {@code false} when it processes inputs that must be mapped
 *     further upstream, or {@code null} when the dossier does not say (mapping coverage then decides from the HS
 *     chapters of what the facility supplies)
 */
@RegionCode
public record Facility(
    @NotBlank String id,
    @EntityName String name,
    @NotNull List<@EntityName String> aliases,
    @NotNull @CountryCode String country,
    @RegionCode String region,
    @NullOrNotBlank String address,
    @NotNull @Valid Identifiers identifiers,
    boolean redacted,
    Boolean origin)
    implements RegionCode.Located {

  /**
   * Copies the aliases; null lists and identifiers read as empty.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param aliases see {@link #aliases()}
   * @param country see {@link #country()}
   * @param region the ISO 3166-2 subdivision code (for example {@code CN-XJ}, Xinjiang), or {@code null} when unknown
   * @param address see {@link #address()}
   * @param identifiers see {@link #identifiers()}
   * @param redacted see {@link #redacted()}
   * @param origin whether the facility is an origin of raw materials, or {@code null} when not stated
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Facility {
    Nulls.require(id, "id");
    Nulls.require(name, "name");
    Nulls.require(country, "country");
    aliases = Copies.list(aliases, "aliases");
    // one object for every facility without identifiers (most of a large supply chain): value-equal, not a million
    identifiers = identifiers == null || !identifiers.hasAny() ? Identifiers.NONE : identifiers;
  }

  /**
   * Creates a facility whose dossier does not say whether it is an origin of raw materials.
   *
   * @param id unique among the dossier's facilities; never blank
   * @param name the legal or trading name; never blank
   * @param aliases other names the facility is known by; never null, possibly empty
   * @param country the ISO 3166-1 alpha-2 country code; never null
   * @param region the ISO 3166-2 subdivision code, or {@code null} when unknown
   * @param address the street address, or {@code null} when unknown
   * @param identifiers registry identifiers; never null (possibly {@link Identifiers#NONE})
   * @param redacted {@code true} when the name or address given here is masked
   */
  public Facility(
      String id,
      String name,
      List<String> aliases,
      String country,
      String region,
      String address,
      Identifiers identifiers,
      boolean redacted) {
    this(id, name, aliases, country, region, address, identifiers, redacted, null);
  }

  /**
   * Returns whether the dossier states that this facility is an origin of raw materials.
   *
   * @return the stated flag, or empty when the dossier does not say
   */
  public Optional<Boolean> statedOrigin() {
    return Optional.ofNullable(origin);
  }

  /**
   * Creates an unredacted facility without aliases, address or identifiers.
   *
   * @param id the id
   * @param name the name
   * @param country the ISO 3166-1 alpha-2 country code; never null
   * @param region the ISO 3166-2 region code, or {@code null}
   */
  public Facility(String id, String name, String country, String region) {
    this(id, name, List.of(), country, region, null, Identifiers.NONE, false);
  }

  /**
   * Returns the region.
   *
   * @return the ISO 3166-2 region code, or empty when unknown
   */
  public Optional<String> regionCode() {
    return Optional.ofNullable(region);
  }
}
