package org.ctpat4j.risk.location;

import java.util.Objects;

/**
 * One thing {@link XuarLocator} recognised in a facility's region, address or name.
 *
 * @param text the text as written (the region code, or the words of the address or name); never null
 * @param place the place it names, in English with its level ({@code Aksu Prefecture}, {@code Zhejiang}); never null
 * @param code the GB/T 2260 code of a gazetteer unit, the ISO 3166-2 code of a province-level division
 *     ({@code CN-XJ}, {@code CN-ZJ}) or the ISO 3166-1 code of a country; empty when there is none; never null
 * @param nameZh the Chinese name of the place ({@code 阿克苏地区}), or empty; never null
 * @param kind what was recognised
 * @param ambiguous whether the form found is also used outside Xinjiang or is a common word
 * @param corroborated whether an ambiguous form is confirmed by the rest of the facility's data (the country CN for
 *     names shared only with places abroad; otherwise Xinjiang named, a parent or child unit named, a postcode 83xxxx
 *     or 84xxxx, the full Chinese name, an XPCC unit or the region code {@code CN-XJ}); {@code false} for a form that
 *     is not ambiguous
 */
public record PlaceMatch(
    String text, String place, String code, String nameZh, Kind kind, boolean ambiguous, boolean corroborated) {

  /** What a match is. */
  public enum Kind {
    /** The region field: {@code CN-XJ}, {@code CN-65} or another ISO 3166-2 code. */
    REGION_CODE,
    /** Xinjiang itself by name: Xinjiang, 新疆, XUAR, Sinkiang, Uyghur Autonomous Region and their variants. */
    PROVINCE_NAME,
    /** A prefecture-level unit of the gazetteer. */
    PREFECTURE,
    /** A county-level unit of the gazetteer (county, county-level city, district). */
    COUNTY,
    /**
     * A unit of the Xinjiang Production and Construction Corps: one of its cities in the gazetteer, or the Corps, a
     * division (第一师) or a regiment (144团) named in the address.
     */
    XPCC,
    /** A Xinjiang name found only inside a street name (Xinjiang Road) or a company name (Xinjiang Trading Co.). */
    STREET_OR_COMPANY,
    /** A Xinjiang name found only in the facility's name, with no region and no recognisable address. */
    FACILITY_NAME,
    /** A Chinese postcode in Xinjiang's range, 83xxxx or 84xxxx. */
    POSTCODE,
    /** Another province-level division of China. */
    OTHER_PROVINCE,
    /** A country other than China. */
    OTHER_COUNTRY
  }

  /**
   * Checks the fields.
   *
   * @param text the text as written
   * @param place the place named
   * @param code the code, or empty
   * @param nameZh the Chinese name, or empty
   * @param kind see {@link #kind()}
   * @param ambiguous whether the form is ambiguous
   * @param corroborated whether an ambiguous form is confirmed
   */
  public PlaceMatch {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Returns the place with its Chinese name, as the explanations write it.
   *
   * @return for example {@code Aksu Prefecture (阿克苏地区)}
   */
  public String describe() {
    return nameZh.isEmpty() || place.contains(nameZh) ? place : place + " (" + nameZh + ")";
  }
}
