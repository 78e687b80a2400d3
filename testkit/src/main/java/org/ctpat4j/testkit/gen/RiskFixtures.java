package org.ctpat4j.testkit.gen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The real reference data the generator plants as risk, copied here by hand (the testkit does not read another
 * module's resources). Each row is exactly as in the bundled data of {@code ctpat4j-risk}
 * ({@code org/ctpat4j/risk/data/uflpa_entity_list.csv} and {@code ilab_list_of_goods.csv}; provenance in that
 * folder's {@code PROVENANCE.md}).
 */
public final class RiskFixtures {

  /**
   * An entity of the UFLPA Entity List (DHS / FLETF, https://www.dhs.gov/uflpa-entity-list).
   *
   * @param name the name exactly as listed; never null
   * @param section the UFLPA section 2(d)(2)(B) clause, or {@code null} where the source does not state it
   * @param effective the day it took effect, or {@code null} where the source does not state it
   */
  public record ListedEntity(String name, String section, LocalDate effective) {
    /**
     * Checks the arguments.
     *
     * @param name see the record component
     * @param section see the record component
     * @param effective see the record component
     */
    public ListedEntity {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A good the ILAB List of Goods Produced by Child Labor or Forced Labor flags for forced labor in a country (U.S.
   * DOL, 2022 edition, https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods).
   *
   * @param good the good exactly as ILAB names it; never null
   * @param country the ISO 3166-1 alpha-2 country; never null
   * @param hsCode a Harmonized System heading for the good; never null
   */
  public record IlabGood(String good, String country, String hsCode) {
    /**
     * Checks the arguments.
     *
     * @param good see the record component
     * @param country see the record component
     * @param hsCode see the record component
     */
    public IlabGood {
      Objects.requireNonNull(good, "good");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(hsCode, "hsCode");
    }
  }

  /** Entities of the UFLPA Entity List, every one in effect by 2023-09-26. */
  public static final List<ListedEntity> LISTED_ENTITIES =
      List.of(
          new ListedEntity("Hetian Haolin Hair Accessories Co. Ltd.", "2(d)(2)(B)(i)", LocalDate.of(2022, 6, 21)),
          new ListedEntity("Baoding LYSZD Trade and Business Co., Ltd.", "2(d)(2)(B)(i)", LocalDate.of(2022, 6, 21)),
          new ListedEntity("Xinjiang East Hope Nonferrous Metals Co., Ltd.", null, null),
          new ListedEntity("Ninestar Corporation", "2(d)(2)(B)(ii)", LocalDate.of(2023, 6, 12)),
          new ListedEntity("Xinjiang Zhongtai Chemical Co. Ltd.", "2(d)(2)(B)(ii)", LocalDate.of(2023, 6, 12)),
          new ListedEntity("Camel Group Co., Ltd.", "2(d)(2)(B)(ii)", LocalDate.of(2023, 8, 2)),
          new ListedEntity("Chenguang Biotech Group Co., Ltd.", "2(d)(2)(B)(v)", LocalDate.of(2023, 8, 2)),
          new ListedEntity(
              "Xinjiang Tianmian Foundation Textile Co., Ltd.", "2(d)(2)(B)(ii)", LocalDate.of(2023, 9, 26)));

  /** Goods the ILAB List (2022) flags for forced labor, with the country. */
  public static final List<IlabGood> ILAB_FORCED_LABOR_GOODS =
      List.of(
          new IlabGood("Polysilicon", "CN", "2804.61"),
          new IlabGood("Cotton", "CN", "5201.00"),
          new IlabGood("Tomato Products", "CN", "2002.90"),
          new IlabGood("Gloves", "CN", "6116.10"),
          new IlabGood("Hair Products", "CN", "6704.20"),
          new IlabGood("Garments", "BD", "6109.10"));

  /**
   * Countries the benign part of generated chains is drawn from: TIP Report Tier 1 (2023) and no good on the ILAB
   * List (2022) for any of them.
   */
  public static final List<String> LOW_RISK_COUNTRIES =
      List.of("US", "CA", "DE", "FR", "NL", "SE", "FI", "DK", "AT", "BE", "ES", "GB", "AU");

  private RiskFixtures() {}
}
