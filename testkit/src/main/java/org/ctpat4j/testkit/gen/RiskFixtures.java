package org.ctpat4j.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.TipTier;
import org.ctpat4j.risk.data.UflpaEntity;

/**
 * The real reference data the generator plants as risk, and the countries it draws the benign part of a chain from:
 * rows of {@link ReferenceData#bundled()}, chosen by name (provenance in the {@code PROVENANCE.md} next to the bundled
 * files of {@code ctpat4j-risk}). The choice and its order are fixed, since generated chains index into these lists:
 * changing either changes every generated chain.
 *
 * <p>Loading the class checks the choice against the bundled data and fails with an {@link IllegalStateException}
 * naming the row when a chosen entity or good is not listed (or not as described here).
 */
public final class RiskFixtures {

  /** The day by which every chosen entity of the UFLPA Entity List is in effect. */
  private static final LocalDate ENTITIES_IN_EFFECT_BY = LocalDate.of(2023, 9, 26);

  /** The TIP Report edition whose Tier 1 the low-risk countries are in. */
  private static final int TIP_REPORT_YEAR = 2023;

  /**
   * A good the ILAB List of Goods flags for forced labor in a country, as the generator plants it: the listed row, the
   * country's ISO code and an HS code under which the bundled material-to-good mapping finds that good.
   *
   * @param listing the ILAB row; never null
   * @param country the ISO 3166-1 alpha-2 code of the row's country; never null
   * @param hsCode the HS code the generator gives the good (chosen here: ILAB names goods, not codes); never null
   */
  public record PlantedGood(IlabGood listing, String country, String hsCode) {
    /**
     * Checks the arguments.
     *
     * @param listing see the record component
     * @param country see the record component
     * @param hsCode see the record component
     */
    public PlantedGood {
      Objects.requireNonNull(listing, "listing");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(hsCode, "hsCode");
    }

    /**
     * Returns the good as ILAB names it.
     *
     * @return {@code listing().good()}
     */
    public String good() {
      return listing.good();
    }
  }

  /** Entities of the UFLPA Entity List, every one in effect by 2023-09-26. */
  public static final List<UflpaEntity> LISTED_ENTITIES =
      entities(
          "Hetian Haolin Hair Accessories Co. Ltd.",
          "Baoding LYSZD Trade and Business Co., Ltd.",
          "Xinjiang East Hope Nonferrous Metals Co., Ltd.",
          "Ninestar Corporation",
          "Xinjiang Zhongtai Chemical Co. Ltd.",
          "Camel Group Co., Ltd.",
          "Chenguang Biotech Group Co., Ltd.",
          "Xinjiang Tianmian Foundation Textile Co., Ltd.");

  /** Goods the ILAB List flags for forced labor, with the country and the HS code the generator uses. */
  public static final List<PlantedGood> ILAB_FORCED_LABOR_GOODS =
      List.of(
          good("Polysilicon", "CN", "2804.61"),
          good("Cotton", "CN", "5201.00"),
          good("Tomato Products", "CN", "2002.90"),
          good("Gloves", "CN", "6116.10"),
          good("Hair Products", "CN", "6704.20"),
          good("Garments", "BD", "6109.10"));

  /**
   * Countries the benign part of generated chains is drawn from: TIP Report Tier 1 (2023) and no good on the ILAB
   * List for any of them.
   */
  public static final List<String> LOW_RISK_COUNTRIES =
      lowRisk("US", "CA", "DE", "FR", "NL", "SE", "FI", "DK", "AT", "BE", "ES", "GB", "AU");

  private RiskFixtures() {}

  private static List<UflpaEntity> entities(String... names) {
    List<UflpaEntity> rows = new ArrayList<>(names.length);
    for (String name : names) {
      UflpaEntity row = ReferenceData.bundled().uflpaEntities().stream()
          .filter(e -> e.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("not on the bundled UFLPA Entity List: " + name));
      if (!row.inForceOn(ENTITIES_IN_EFFECT_BY)) {
        throw new IllegalStateException(
            "not in effect on " + ENTITIES_IN_EFFECT_BY + " (uflpa_entity_list.csv line " + row.row() + "): " + name);
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  private static PlantedGood good(String good, String country, String hsCode) {
    ReferenceData data = ReferenceData.bundled();
    IlabGood row = data.ilabGoods().stream()
        .filter(g -> g.good().equals(good) && country.equals(data.ilabCountryCodes().get(g.country())))
        .filter(IlabGood::anyForcedLabor)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "not on the bundled ILAB List of Goods for forced labor in " + country + ": " + good));
    return new PlantedGood(row, country, hsCode);
  }

  private static List<String> lowRisk(String... countries) {
    ReferenceData data = ReferenceData.bundled();
    for (String country : countries) {
      boolean tier1 = data.tipRankings().stream().anyMatch(r -> r.isoAlpha2().equals(country)
          && r.reportYear() == TIP_REPORT_YEAR && r.tier() == TipTier.TIER_1);
      if (!tier1) {
        throw new IllegalStateException("not Tier 1 in the bundled TIP Report " + TIP_REPORT_YEAR + ": " + country);
      }
      data.ilabGoods().stream()
          .filter(g -> country.equals(data.ilabCountryCodes().get(g.country())))
          .findFirst()
          .ifPresent(g -> {
            throw new IllegalStateException("has a good on the bundled ILAB List (ilab_list_of_goods.csv line "
                + g.row() + ", " + g.good() + "): " + country);
          });
    }
    return List.of(countries);
  }
}
