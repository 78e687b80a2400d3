package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Withhold Release Order or Finding of U.S. Customs and Border Protection under 19 U.S.C. 1307 and 19 CFR
 * 12.42-12.45 (https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings).
 *
 * @param effectiveDate the day it was issued; never null
 * @param actionType {@code WRO} or {@code FINDING}; never null
 * @param entityOrScope the entity, vessel or merchandise it covers, as transcribed (aliases inline after
 *     {@code a/k/a}); never null
 * @param country the country name; never null
 * @param isoAlpha2 the ISO 3166-1 alpha-2 code; never null
 * @param industry the CBP industry category; never null
 * @param status the status per the source; never null
 * @param verification how the row was verified; never null
 * @param row the 1-based line of the row in its CSV file
 */
public record WroFinding(
    LocalDate effectiveDate,
    String actionType,
    String entityOrScope,
    String country,
    String isoAlpha2,
    String industry,
    String status,
    String verification,
    int row) {

  /**
   * Checks the arguments.
   *
   * @param effectiveDate the day it was issued; never null
   * @param actionType {@code WRO} or {@code FINDING}; never null
   * @param entityOrScope the entity, vessel or merchandise it covers, as transcribed (aliases inline after
   *     {@code a/k/a}); never null
   * @param country the country name; never null
   * @param isoAlpha2 the ISO 3166-1 alpha-2 code; never null
   * @param industry the CBP industry category; never null
   * @param status the status per the source; never null
   * @param verification how the row was verified; never null
   * @param row the 1-based line of the row in its CSV file
   */
  public WroFinding {
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(actionType, "actionType");
    Objects.requireNonNull(entityOrScope, "entityOrScope");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(isoAlpha2, "isoAlpha2");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(verification, "verification");
  }

  /**
   * Returns whether this row is a Finding (probable cause; goods may be seized) rather than a WRO.
   *
   * @return {@code true} for a Finding
   */
  public boolean isFinding() {
    return "FINDING".equals(actionType);
  }
}
