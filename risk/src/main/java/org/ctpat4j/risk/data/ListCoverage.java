package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much of an official list one reference list holds, and how current it is: what a compliance officer asks first
 * of any screening tool ("how current are your lists, and what is missing?").
 *
 * @param list which list; never null
 * @param version its name, edition, completeness, publisher, source and note; never null
 * @param rows the rows it holds
 * @param officialSize the number of entries of the official list where it is known (the UFLPA Entity List had 187
 *     entities after the Federal Register notice of 2026-08-03), or empty
 * @param newestEntry the date of its newest entry (listing, order or change; for TIP, the end of the newest report
 *     year), or empty when its rows carry no date
 * @param sha256 the SHA-256 of its bytes; never null
 */
public record ListCoverage(
    ReferenceList list,
    ReferenceDataVersion version,
    int rows,
    OptionalInt officialSize,
    Optional<LocalDate> newestEntry,
    String sha256) {

  /**
   * Checks the components.
   *
   * @param list see {@link #list()}
   * @param version its version; never null
   * @param rows the rows it holds, 0 or more
   * @param officialSize the size of the official list, or empty; never null
   * @param newestEntry the date of its newest entry, or empty; never null
   * @param sha256 see {@link #sha256()}
   */
  public ListCoverage {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(officialSize, "officialSize");
    Objects.requireNonNull(newestEntry, "newestEntry");
    Objects.requireNonNull(sha256, "sha256");
    if (rows < 0) {
      throw new IllegalArgumentException("rows is negative: " + rows);
    }
  }

  /**
   * Returns the edition without the SHA-256 prefix every version ends with, for example "2022 edition".
   *
   * @return the edition; never null
   */
  public String edition() {
    String v = version.version();
    int i = v.lastIndexOf(" (sha256 ");
    return i >= 0 && v.endsWith(")") ? v.substring(0, i) : v;
  }

  /**
   * Returns whether the list is partial: its source does not state it complete for its edition.
   *
   * @return {@code true} when partial
   */
  public boolean partial() {
    return !version.complete();
  }

  /**
   * Says in plain words what is missing from the list: "96 of the 187 entries of the official list are not in this
   * copy" where the official size is known, otherwise that the size is not known and the list's note (which says what
   * the copy lacks), or "nothing for its edition" for a complete list.
   *
   * @return the statement; never null
   */
  public String missing() {
    if (officialSize.isPresent()) {
      int of = officialSize.getAsInt();
      int lacking = of - rows;
      String state = lacking > 0
          ? lacking + " of the " + of + " entries of the official list are not in this copy"
          : "none of the " + of + " entries of the official list is known to be missing";
      return partial() ? state + "; an entity that matches nothing is not thereby shown to be unlisted" : state;
    }
    if (partial()) {
      return "the size of the official list is not known"
          + (version.note().isEmpty() ? "" : "; " + version.note());
    }
    return "nothing for its edition";
  }

  /**
   * Says in plain words what the list holds of the official one, for example "91 of 187 entries (49 %)".
   *
   * @return the statement; never null
   */
  public String coverage() {
    if (officialSize.isPresent() && officialSize.getAsInt() > 0) {
      int of = officialSize.getAsInt();
      return rows + " of " + of + " entries (" + Math.round(100.0 * Math.min(rows, of) / of) + " %)";
    }
    return rows + " rows" + (version.complete() ? ", complete for its edition" : ", official size not known");
  }
}
