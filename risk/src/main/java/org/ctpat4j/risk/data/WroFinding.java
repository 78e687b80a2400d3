package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 * @param endDate the day from which the order no longer detains goods (modified, revoked or vacated), or {@code null}
 *     when the source gives no such day
 * @param list the list the row comes from ({@link ReferenceList#WRO_FINDINGS} or
 *     {@link ReferenceList#WRO_FINDINGS_DATED}); never null
 * @param sourceUrl the pages the row's facts come from, or empty
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
    int row,
    LocalDate endDate,
    ReferenceList list,
    String sourceUrl) {

  /**
   * Checks the arguments.
   *
   * @param effectiveDate see {@link #effectiveDate()}
   * @param actionType see {@link #actionType()}
   * @param entityOrScope see {@link #entityOrScope()}
   * @param country see {@link #country()}
   * @param isoAlpha2 see {@link #isoAlpha2()}
   * @param industry see {@link #industry()}
   * @param status see {@link #status()}
   * @param verification see {@link #verification()}
   * @param row see {@link #row()}
   * @param endDate the day from which the order no longer detains goods, or {@code null}
   * @param list the list the row comes from; never null
   * @param sourceUrl see {@link #sourceUrl()}
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
    Objects.requireNonNull(list, "list");
    sourceUrl = Objects.requireNonNullElse(sourceUrl, "");
  }

  /**
   * Creates a row of the undated list ({@link ReferenceList#WRO_FINDINGS}), which gives no end date.
   *
   * @param effectiveDate the day it was issued; never null
   * @param actionType {@code WRO} or {@code FINDING}; never null
   * @param entityOrScope the entity, vessel or merchandise it covers; never null
   * @param country the country name; never null
   * @param isoAlpha2 the ISO 3166-1 alpha-2 code; never null
   * @param industry the CBP industry category; never null
   * @param status the status per the source; never null
   * @param verification how the row was verified; never null
   * @param row the 1-based line of the row in its CSV file
   */
  public WroFinding(LocalDate effectiveDate, String actionType, String entityOrScope, String country,
      String isoAlpha2, String industry, String status, String verification, int row) {
    this(effectiveDate, actionType, entityOrScope, country, isoAlpha2, industry, status, verification, row, null,
        ReferenceList.WRO_FINDINGS, "");
  }

  /**
   * Returns whether the source says the order was lifted for the goods it named: {@code MODIFIED}, {@code REVOKED},
   * {@code INACTIVE} (CBP's own list marks it so) or {@code VACATED} (with any suffix). {@code PARTIALLY_MODIFIED} (lifted for named companies only) and
   * {@code EXPANDED_TO_FINDING} (superseded by a Finding) are not lifts.
   *
   * @return {@code true} when lifted
   */
  public boolean isLifted() {
    return status.equals("MODIFIED") || status.equals("REVOKED") || status.equals("INACTIVE")
        || status.startsWith("VACATED");
  }

  /**
   * Returns the day from which the order no longer detains goods, if the source gives it.
   *
   * @return the end day; never null
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(endDate);
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
