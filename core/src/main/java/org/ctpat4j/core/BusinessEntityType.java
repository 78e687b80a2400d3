package org.ctpat4j.core;

/**
 * The CTPAT business entity types, each with its own eligibility requirements and Minimum Security Criteria.
 *
 * <p>Source: CBP CTPAT eligibility pages as summarized in the project's domain reference ({@code domain.md} section 3,
 * marked there as to be verified against CBP's current list).
 */
public enum BusinessEntityType {
  /** U.S. importer of record (a Trade Compliance member may also be a Canadian resident importer). */
  US_IMPORTER(true, false),
  /** U.S. exporter. */
  US_EXPORTER(false, false),
  /** U.S./Canada highway carrier. */
  US_CANADA_HIGHWAY_CARRIER(false, false),
  /** U.S./Mexico highway carrier. */
  US_MEXICO_HIGHWAY_CARRIER(false, false),
  /** Mexican long-haul highway carrier. */
  MEXICAN_LONG_HAUL_CARRIER(false, false),
  /** Rail carrier. */
  RAIL_CARRIER(false, false),
  /** Sea carrier. */
  SEA_CARRIER(false, false),
  /** Air carrier. */
  AIR_CARRIER(false, false),
  /** U.S. marine port authority or terminal operator. */
  MARINE_PORT_AUTHORITY_TERMINAL_OPERATOR(false, false),
  /** U.S. air freight consolidator. */
  AIR_FREIGHT_CONSOLIDATOR(false, false),
  /** Ocean transportation intermediary (OTI) or non-vessel operating common carrier (NVOCC). */
  OCEAN_TRANSPORTATION_INTERMEDIARY(false, false),
  /** Licensed U.S. customs broker. */
  CUSTOMS_BROKER(false, false),
  /** Third-party logistics provider (3PL). */
  THIRD_PARTY_LOGISTICS_PROVIDER(false, false),
  /** Mexican manufacturer. */
  MEXICAN_MANUFACTURER(false, true),
  /** Canadian manufacturer. */
  CANADIAN_MANUFACTURER(false, true),
  /** Foreign manufacturer invited into the program. */
  FOREIGN_MANUFACTURER(false, true);

  private final boolean importer;
  private final boolean manufacturer;

  BusinessEntityType(boolean importer, boolean manufacturer) {
    this.importer = importer;
    this.manufacturer = manufacturer;
  }

  /**
   * Returns whether this type imports goods into the United States (the only type eligible for Trade Compliance).
   *
   * @return {@code true} for {@link #US_IMPORTER}
   */
  public boolean isImporter() {
    return importer;
  }

  /**
   * Returns whether this type is a manufacturer (Mexican, Canadian or invited foreign).
   *
   * @return {@code true} for the manufacturer types
   */
  public boolean isManufacturer() {
    return manufacturer;
  }
}
