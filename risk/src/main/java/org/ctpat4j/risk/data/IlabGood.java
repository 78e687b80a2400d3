package org.ctpat4j.risk.data;

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
    int row) {

  /**
   * Checks the arguments.
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
   */
  public IlabGood {
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(country, "country");
    sector = Objects.requireNonNullElse(sector, "");
    region = Objects.requireNonNullElse(region, "");
    inputSourceCountry = Objects.requireNonNullElse(inputSourceCountry, "");
    Objects.requireNonNull(edition, "edition");
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
