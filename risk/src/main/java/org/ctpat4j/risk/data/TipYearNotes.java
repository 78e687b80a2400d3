package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The caveats of the TIP rows for an assessment day; see {@link ReferenceData#notes(LocalDate)}. */
final class TipYearNotes {

  private TipYearNotes() {}

  /**
   * Returns the notes on the TIP report years.
   *
   * @param tipRankings the TIP rows
   * @param asOf the assessment day
   * @return the notes; empty when there is nothing to say
   */
  static List<ReferenceDataNote> of(List<TipRanking> tipRankings, LocalDate asOf) {
    List<ReferenceDataNote> out = new ArrayList<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (TipRanking r : tipRankings) {
      years.add(r.reportYear());
    }
    int wanted = asOf.getYear();
    Integer used = years.floor(wanted);
    String held = years.isEmpty() ? "no year" : years.stream().map(String::valueOf)
        .collect(Collectors.joining(", "));
    if (used == null) {
      out.add(new ReferenceDataNote(ReferenceList.TIP_TIERS, "No TIP report data for " + wanted
          + " or earlier (the list holds " + held + "): the tip-tier rule gives no signal"));
      return List.copyOf(out);
    }
    if (used < wanted) {
      out.add(new ReferenceDataNote(ReferenceList.TIP_TIERS, "TIP report data for " + wanted
          + " not in the reference data; latest year " + used + " used"));
    }
    EnumSet<TipTier> tiers = EnumSet.noneOf(TipTier.class);
    for (TipRanking r : tipRankings) {
      if (r.reportYear() == used) {
        tiers.add(r.tier());
      }
    }
    EnumSet<TipTier> signalling = EnumSet.of(TipTier.TIER_2_WATCH_LIST, TipTier.TIER_3, TipTier.SPECIAL_CASE);
    signalling.retainAll(tiers);
    if (signalling.isEmpty()) {
      out.add(new ReferenceDataNote(ReferenceList.TIP_TIERS, "The " + used + " TIP rows hold only "
          + tiers.stream().map(TipYearNotes::tierName).collect(Collectors.joining(" and "))
          + ": a country on the Tier 2 Watch List, Tier 3 or a Special Case in " + used + " gives no signal"));
    }
    return List.copyOf(out);
  }

  private static String tierName(TipTier t) {
    return switch (t) {
      case TIER_1 -> "Tier 1";
      case TIER_2 -> "Tier 2";
      case TIER_2_WATCH_LIST -> "Tier 2 Watch List";
      case TIER_3 -> "Tier 3";
      case SPECIAL_CASE -> "Special Case";
    };
  }
}
