package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the ILAB <i>List of Goods Produced by Child Labor or Forced Labor</i> (U.S. Department of Labor, Bureau
 * of International Labor Affairs, under the TVPRA of 2005; https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods).
 *
 * @param good the good as ILAB names it; never blank
 * @param sector Agriculture, Manufacturing, Mining or Other
 * @param country the ILAB country name (not an ISO code); never blank
 * @param region the ILAB region
 * @param childLabor listed for child labor
 * @param forcedLabor listed for forced labor
 * @param forcedChildLabor listed for forced child labor
 * @param downstreamGood the good is listed as made with an input produced with child or forced labor
 * @param inputSourceCountry for a downstream good, the ILAB name of the country of the tainted input; else empty
 * @param edition the edition year of the list
 * @param row the 1-based line of the row in its CSV file
 * @param effectiveDate the day the row was first listed, or {@code null} when it is a row of the bundled edition (used
 *     for earlier days too, since older editions are not bundled)
 * @param endDate the day a later edition removed the row, or {@code null} while it is listed
 * @param change the citation of the change that added or removed the row (list, line, source), or empty
 * @param laborFlagsStated whether the source gives the row's labor flags (a change that names only the good and the
 *     country does not)
 */
public record IlabGood(
    String good,
    String sector,
    String country,
    String region,
    boolean childLabor,
    boolean forcedLabor,
    boolean forcedChildLabor,
    boolean downstreamGood,
    String inputSourceCountry,
    String edition,
    int row,
    LocalDate effectiveDate,
    LocalDate endDate,
    String change,
    boolean laborFlagsStated) {

  /**
   * Checks the arguments.
   *
   * @param good see {@link #good()}
   * @param sector see {@link #sector()}
   * @param country see {@link #country()}
   * @param region see {@link #region()}
   * @param childLabor see {@link #childLabor()}
   * @param forcedLabor see {@link #forcedLabor()}
   * @param forcedChildLabor see {@link #forcedChildLabor()}
   * @param downstreamGood see {@link #downstreamGood()}
   * @param inputSourceCountry see {@link #inputSourceCountry()}
   * @param edition see {@link #edition()}
   * @param row see {@link #row()}
   * @param effectiveDate the day the row was first listed, or {@code null}
   * @param endDate the day a later edition removed the row, or {@code null}
   * @param change the citation of the change that added or removed the row, or empty
   * @param laborFlagsStated whether the source gives the row's labor flags
   */
  public IlabGood {
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(country, "country");
    sector = Objects.requireNonNullElse(sector, "");
    region = Objects.requireNonNullElse(region, "");
    inputSourceCountry = Objects.requireNonNullElse(inputSourceCountry, "");
    Objects.requireNonNull(edition, "edition");
    change = Objects.requireNonNullElse(change, "");
  }

  /**
   * Creates a row of the bundled edition, listed from before any bundled date and not removed.
   *
   * @param good the good as ILAB names it; never blank
   * @param sector Agriculture, Manufacturing, Mining or Other
   * @param country the ILAB country name; never blank
   * @param region the ILAB region
   * @param childLabor listed for child labor
   * @param forcedLabor listed for forced labor
   * @param forcedChildLabor listed for forced child labor
   * @param downstreamGood the good is listed as made with a tainted input
   * @param inputSourceCountry for a downstream good, the country of the tainted input; else empty
   * @param edition the edition year of the list
   * @param row the 1-based line of the row in its CSV file
   */
  public IlabGood(String good, String sector, String country, String region, boolean childLabor, boolean forcedLabor,
      boolean forcedChildLabor, boolean downstreamGood, String inputSourceCountry, String edition, int row) {
    this(good, sector, country, region, childLabor, forcedLabor, forcedChildLabor, downstreamGood, inputSourceCountry,
        edition, row, null, null, "", true);
  }

  /**
   * Returns whether the row is listed on a day: first listed on or before it (or in the bundled edition) and not
   * removed on or before it.
   *
   * @param asOf the day; never null
   * @return {@code true} when listed
   */
  public boolean inForceOn(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return (effectiveDate == null || !effectiveDate.isAfter(asOf)) && (endDate == null || endDate.isAfter(asOf));
  }

  /**
   * Returns whether the row lists forced labor (adult or child).
   *
   * @return {@code forcedLabor || forcedChildLabor}
   */
  public boolean anyForcedLabor() {
    return forcedLabor || forcedChildLabor;
  }
}
