package org.ctpat4j.risk.internal.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.data.TipRanking;
import org.ctpat4j.risk.internal.PerReferenceData;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code tip-tier}: the facility's country tier in the U.S. State Department's Trafficking in Persons Report of the
 * newest report year the reference data holds, not after the year of {@code asOf}. The year is taken as a whole: a
 * country missing from it has no tier that year, and an older year's row is not used for it (a 2023 Tier 2 row does
 * not give the 2025 tier; see PROVENANCE.md). Tier 3 gives MEDIUM; Tier 2 Watch List and Special Case give LOW (an
 * informative signal). A country's tier alone never makes a facility HIGH. When the assessment year is missing from
 * the data, or the year used holds no tier that signals, the rule gives no word per facility: the result's
 * {@code referenceDataNotes} say it once ({@link org.ctpat4j.risk.data.ReferenceData#notes}).
 */
public final class TipTierRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "tip-tier";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public TipTierRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    TipRanking newest = TipIndex.of(ctx.referenceData()).newest(Rules.iso(ctx), ctx.asOf().getYear());
    if (newest == null) {
      return List.of();
    }
    RiskLevel level;
    double score;
    String text;
    switch (newest.tier()) {
      case TIER_3 -> {
        level = RiskLevel.MEDIUM;
        score = 0.4;
        text = "Tier 3 (the government does not fully meet the TVPA minimum standards and is not making significant"
            + " efforts)";
      }
      case TIER_2_WATCH_LIST -> {
        level = RiskLevel.LOW;
        score = 0.2;
        text = "Tier 2 Watch List";
      }
      case SPECIAL_CASE -> {
        level = RiskLevel.LOW;
        score = 0.2;
        text = "a Special Case (not ranked)";
      }
      default -> {
        return List.of();
      }
    }
    String reason = "Facility is in " + newest.country() + " (" + newest.isoAlpha2() + "), " + text + " in the "
        + newest.reportYear() + " Trafficking in Persons Report";
    return List.of(new RiskSignal(ID, level, score, reason,
        Rules.cite(ctx.referenceData(), ReferenceList.TIP_TIERS, newest.row()) + "; " + newest.source()));
  }

  /**
   * The TIP rankings of one {@link ReferenceData} by report year and country, so that finding a facility's newest
   * ranking does not scan the list: the newest report year on or before the day's year is the one that counts, and a
   * country missing from that year's report has no ranking (an older report does not stand in for it).
   */
  private static final class TipIndex {
    private static final PerReferenceData<TipIndex> INDEXES = new PerReferenceData<>(TipIndex::new);

    private final int[] years;
    private final Map<Integer, Map<String, TipRanking>> byYear;

    private TipIndex(ReferenceData data) {
      Map<Integer, Map<String, TipRanking>> m = new HashMap<>();
      for (TipRanking r : data.tipRankings()) {
        m.computeIfAbsent(r.reportYear(), y -> new HashMap<>()).putIfAbsent(r.isoAlpha2().toUpperCase(Locale.ROOT), r);
      }
      this.byYear = m;
      this.years = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    static TipIndex of(ReferenceData data) {
      return INDEXES.of(data);
    }

    /** The country's ranking in the newest report of a year not after {@code year}, or {@code null}. */
    TipRanking newest(String iso, int year) {
      int i = Arrays.binarySearch(years, year);
      int at = i >= 0 ? i : -i - 2;
      if (at < 0) {
        return null;
      }
      return byYear.get(years[at]).get(iso.toUpperCase(Locale.ROOT));
    }
  }
}
