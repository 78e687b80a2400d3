package org.ctpat4j.testkit.builders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;

/**
 * Builds a {@link Facility}. Defaults: name {@code "Facility <id>"}, country {@code US}, no region, address,
 * aliases or identifiers, not redacted. Not thread-safe; build once per test.
 */
public final class FacilityBuilder {

  private final String id;
  private String name;
  private final List<String> aliases = new ArrayList<>();
  private String country = "US";
  private String region;
  private String address;
  private Identifiers identifiers = Identifiers.NONE;
  private boolean validIdentifiers;
  private boolean redacted;
  private Boolean origin;

  FacilityBuilder(String id) {
    this.id = requireNonBlank(id, "id");
    this.name = "Facility " + id;
  }

  /**
   * Returns a builder holding the values of a facility.
   *
   * @param facility the facility; never null
   * @return a new builder
   */
  public static FacilityBuilder from(Facility facility) {
    Objects.requireNonNull(facility, "facility");
    FacilityBuilder b = new FacilityBuilder(facility.id());
    b.name = facility.name();
    b.aliases.addAll(facility.aliases());
    b.country = facility.country();
    b.region = facility.region();
    b.address = facility.address();
    b.identifiers = facility.identifiers();
    b.redacted = facility.redacted();
    b.origin = facility.origin();
    return b;
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
   * @param name the legal or trading name; never blank
   * @return this builder
   */
  public FacilityBuilder name(String name) {
    this.name = requireNonBlank(name, "name");
    return this;
  }

  /**
   * Adds an alias.
   *
   * @param alias another name; never blank
   * @return this builder
   */
  public FacilityBuilder alias(String alias) {
    aliases.add(requireNonBlank(alias, "alias"));
    return this;
  }

  /**
   * Sets the country.
   *
   * @param country the ISO 3166-1 alpha-2 code; never null
   * @return this builder
   */
  public FacilityBuilder country(String country) {
    this.country = Objects.requireNonNull(country, "country");
    return this;
  }

  /**
   * Sets the region.
   *
   * @param region the ISO 3166-2 code, or {@code null} for unknown
   * @return this builder
   */
  public FacilityBuilder region(String region) {
    this.region = region;
    return this;
  }

  /**
   * Places the facility in the Xinjiang Uyghur Autonomous Region (country {@code CN}, region {@code CN-XJ}), where
   * the UFLPA rebuttable presumption applies (Pub. L. 117-78, section 3).
   *
   * @return this builder
   */
  public FacilityBuilder inXinjiang() {
    this.country = "CN";
    this.region = "CN-XJ";
    return this;
  }

  /**
   * Sets the address.
   *
   * @param address the street address, or {@code null}
   * @return this builder
   */
  public FacilityBuilder address(String address) {
    this.address = address;
    return this;
  }

  /**
   * Sets the identifiers.
   *
   * @param identifiers the identifiers; never null
   * @return this builder
   */
  public FacilityBuilder identifiers(Identifiers identifiers) {
    this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
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
    this.redacted = redacted;
    return this;
  }

  /**
   * Sets whether the facility is an origin of raw materials (a farm, a mine), which needs no suppliers of its own.
   *
   * @param origin the flag, or {@code null} to leave it to the HS chapters of what it supplies
   * @return this builder
   */
  public FacilityBuilder origin(Boolean origin) {
    this.origin = origin;
    return this;
  }

  /**
   * Builds the facility.
   *
   * @return the facility; never null
   */
  public Facility build() {
    Identifiers ids = validIdentifiers ? ValidIdentifiers.forFacility(id, country, region) : identifiers;
    return new Facility(id, name, aliases, country, region, address, ids, redacted, origin);
  }

  static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
