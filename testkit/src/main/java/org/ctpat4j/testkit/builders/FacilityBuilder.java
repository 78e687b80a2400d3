package org.ctpat4j.testkit.builders;

import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;

/**
 * Builds a {@link Facility} with test defaults, on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder}, which holds the values and checks them. Defaults:
 * name {@code "Facility <id>"}, country {@code US}, no region, address, aliases or identifiers, not redacted. Setters
 * take what core's take; {@link #build()} refuses what core's {@code build()} refuses, naming the field. Not
 * thread-safe; build once per test.
 */
public final class FacilityBuilder {

  private final String id;
  private final org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder core;
  // the testkit's own: identifiers derived from the id, country and region when built
  private String country;
  private String region;
  private boolean validIdentifiers;

  FacilityBuilder(String id) {
    this(
        requireNonBlank(id, "id"),
        org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder.newBuilder(id).name("Facility " + id).country("US"),
        "US",
        null);
  }

  private FacilityBuilder(
      String id, org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder core, String country, String region) {
    this.id = id;
    this.core = core;
    this.country = country;
    this.region = region;
  }

  /**
   * Returns a builder holding the values of a facility.
   *
   * @param facility the facility; never null
   * @return a new builder
   */
  public static FacilityBuilder from(Facility facility) {
    Objects.requireNonNull(facility, "facility");
    return new FacilityBuilder(
        facility.id(),
        org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder.from(facility),
        facility.country(),
        facility.region());
  }

  /**
   * Returns the facility id.
   *
   * @return the id; never null
   */
  public String id() {
    return id;
  }

  /**
   * Sets the name.
   *
   * @param name the legal or trading name; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public FacilityBuilder name(String name) {
    core.name(name);
    return this;
  }

  /**
   * Adds an alias.
   *
   * @param alias another name; never null (blank is a problem of {@link #build()})
   * @return this builder
   */
  public FacilityBuilder alias(String alias) {
    core.alias(alias);
    return this;
  }

  /**
   * Sets the country.
   *
   * @param country the ISO 3166-1 alpha-2 code; {@code null} or another value is a problem of {@link #build()}
   * @return this builder
   */
  public FacilityBuilder country(String country) {
    this.country = country;
    core.country(country);
    return this;
  }

  /**
   * Sets the region.
   *
   * @param region the ISO 3166-2 code in the facility's country, or {@code null} for unknown
   * @return this builder
   */
  public FacilityBuilder region(String region) {
    this.region = region;
    core.region(region);
    return this;
  }

  /**
   * Places the facility in the Xinjiang Uyghur Autonomous Region (country {@code CN}, region {@code CN-XJ}), where
   * the UFLPA rebuttable presumption applies (Pub. L. 117-78, section 3).
   *
   * @return this builder
   */
  public FacilityBuilder inXinjiang() {
    return country("CN").region("CN-XJ");
  }

  /**
   * Sets the address.
   *
   * @param address the street address, or {@code null}
   * @return this builder
   */
  public FacilityBuilder address(String address) {
    core.address(address);
    return this;
  }

  /**
   * Sets the identifiers.
   *
   * @param identifiers the identifiers; {@code null} reads as {@link Identifiers#NONE}
   * @return this builder
   */
  public FacilityBuilder identifiers(Identifiers identifiers) {
    core.identifiers(identifiers);
    this.validIdentifiers = false;
    return this;
  }

  /**
   * Gives the facility identifiers with correct check digits, derived from its id and country when it is built (see
   * {@link ValidIdentifiers#forFacility(String, String, String)}).
   *
   * @return this builder
   */
  public FacilityBuilder withValidIdentifiers() {
    this.validIdentifiers = true;
    return this;
  }

  /**
   * Marks the facility's name or address as masked.
   *
   * @param redacted whether it is redacted
   * @return this builder
   */
  public FacilityBuilder redacted(boolean redacted) {
    core.redacted(redacted);
    return this;
  }

  /**
   * Sets whether the facility is an origin of raw materials (a farm, a mine), which needs no suppliers of its own.
   *
   * @param origin the flag, or {@code null} to leave it to the HS chapters of what it supplies
   * @return this builder
   */
  public FacilityBuilder origin(Boolean origin) {
    core.origin(origin);
    return this;
  }

  /**
   * Builds the facility, checked by core's builder.
   *
   * @return the facility; never null
   * @throws DossierFormatException listing every problem with the pointer of its field ({@code /region})
   */
  public Facility build() {
    return withIdentifiers().build();
  }

  /**
   * Builds the facility with no check beyond the record's own null rules, for a test that needs an invalid one.
   *
   * @return the facility; never null
   * @throws NullPointerException if the name or country is missing, naming it
   */
  public Facility buildUnchecked() {
    return withIdentifiers().buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.FacilityBuilder withIdentifiers() {
    // without a country there is nothing to derive from; core's build() reports the missing country
    return validIdentifiers && country != null
        ? core.identifiers(ValidIdentifiers.forFacility(id, country, region))
        : core;
  }

  static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
