package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entity of the UFLPA Entity List (DHS / Forced Labor Enforcement Task Force, https://www.dhs.gov/uflpa-entity-list,
 * under section 2(d)(2)(B) of Pub. L. 117-78).
 *
 * @param name the listed name; never blank
 * @param aliases the aliases and former names the list gives; never null
 * @param section the UFLPA clause, for example {@code 2(d)(2)(B)(i)}, or empty when the source did not state it
 * @param effectiveDate the day the listing took effect, or {@code null} when the source did not state it (such a row
 *     is treated as in force)
 * @param location the location the source gave, possibly empty
 * @param sector the sector the source gave, possibly empty
 * @param source the source of the row; never null
 * @param row the 1-based line of the row in its CSV file
 * @param removedDate the day the entity was removed from the list, or {@code null} while it is listed
 */
public record UflpaEntity(
    String name,
    List<String> aliases,
    String section,
    LocalDate effectiveDate,
    String location,
    String sector,
    String source,
    int row,
    LocalDate removedDate) {

  /**
   * Checks and copies the arguments.
   *
   * @param name see {@link #name()}
   * @param aliases see {@link #aliases()}
   * @param section see {@link #section()}
   * @param effectiveDate see {@link #effectiveDate()}
   * @param location see {@link #location()}
   * @param sector see {@link #sector()}
   * @param source see {@link #source()}
   * @param row see {@link #row()}
   * @param removedDate see {@link #removedDate()}
   */
  public UflpaEntity {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    aliases = List.copyOf(aliases);
    section = Objects.requireNonNullElse(section, "");
    location = Objects.requireNonNullElse(location, "");
    sector = Objects.requireNonNullElse(sector, "");
    Objects.requireNonNull(source, "source");
    if (effectiveDate != null && removedDate != null && removedDate.isBefore(effectiveDate)) {
      throw new IllegalArgumentException("removed " + removedDate + " before it was listed " + effectiveDate);
    }
  }

  /**
   * Creates a row that has not been removed from the list.
   *
   * @param name the listed name; never blank
   * @param aliases the aliases and former names the list gives; never null
   * @param section the UFLPA clause, or empty
   * @param effectiveDate the day the listing took effect, or {@code null} when the source did not state it
   * @param location the location the source gave, possibly empty
   * @param sector the sector the source gave, possibly empty
   * @param source the source of the row; never null
   * @param row the 1-based line of the row in its CSV file
   */
  public UflpaEntity(String name, List<String> aliases, String section, LocalDate effectiveDate, String location,
      String sector, String source, int row) {
    this(name, aliases, section, effectiveDate, location, sector, source, row, null);
  }

  /**
   * Returns the day the entity was removed from the list, if it was.
   *
   * @return the removal day; never null
   */
  public Optional<LocalDate> removed() {
    return Optional.ofNullable(removedDate);
  }

  /**
   * Returns the effective date.
   *
   * @return the day the listing took effect, or empty when not stated
   */
  public Optional<LocalDate> effective() {
    return Optional.ofNullable(effectiveDate);
  }

  /**
   * Returns whether the listing is in force on a day: its effective date is on or before that day, or not stated,
   * and it was not removed on or before that day.
   *
   * @param asOf the day; never null
   * @return {@code true} when in force
   */
  public boolean inForceOn(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return (effectiveDate == null || !effectiveDate.isAfter(asOf))
        && (removedDate == null || removedDate.isAfter(asOf));
  }
}
