package org.ctpat4j.risk.data;

import java.util.Objects;

/**
 * One country's tier in one edition of the TIP report (U.S. Department of State, https://www.state.gov/trafficking-in-persons-report/).
 *
 * @param isoAlpha2 the ISO 3166-1 alpha-2 code ({@code XK} for Kosovo); never null
 * @param country the country as the report names it; never null
 * @param tier the tier; never null
 * @param reportYear the year of the report
 * @param source where the row came from; never null
 * @param row the 1-based line of the row in its CSV file
 */
public record TipRanking(String isoAlpha2, String country, TipTier tier, int reportYear, String source, int row) {

  /**
   * Checks the arguments.
   *
   * @param isoAlpha2 see {@link #isoAlpha2()}
   * @param country see {@link #country()}
   * @param tier see {@link #tier()}
   * @param reportYear see {@link #reportYear()}
   * @param source see {@link #source()}
   * @param row see {@link #row()}
   */
  public TipRanking {
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(source, "source");
  }
}
