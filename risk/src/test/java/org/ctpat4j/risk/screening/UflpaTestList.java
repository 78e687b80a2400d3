package org.ctpat4j.risk.screening;

import java.util.List;
import org.ctpat4j.risk.ScreeningEntityMatcher;
import org.ctpat4j.risk.data.ReferenceData;

/** The bundled UFLPA Entity List as screening entries, through the same adapter the risk engine uses. */
final class UflpaTestList {

  private static final List<ScreeningEntry> ENTRIES =
      ScreeningEntityMatcher.entries(ReferenceData.bundled().uflpaEntities(), true);
  private static final List<ScreeningEntry> ENTRIES_WITHOUT_CHINESE =
      ScreeningEntityMatcher.entries(ReferenceData.bundled().uflpaEntities(), false);

  private UflpaTestList() {}

  /** The list with the Chinese names of {@link KnownChineseNames} added as aliases. */
  static List<ScreeningEntry> entries() {
    return ENTRIES;
  }

  /** The list as published (English names only). */
  static List<ScreeningEntry> entriesAsPublished() {
    return ENTRIES_WITHOUT_CHINESE;
  }

  /**
   * Screens Chinese names of entities that are not on the UFLPA Entity List against the bundled list, prints the
   * figure and every hit (each a false alarm) under {@code tag}, and checks that at most 3% of the names raise one.
   *
   * @param tag the prefix of the printed lines
   * @param names each name's label (a line or a code) and the name, in order
   */
  static void assertFewFalseAlarms(String tag, List<java.util.Map.Entry<String, String>> names) {
    EntityScreener uflpa = EntityScreener.newBuilder().entries(entries()).build();
    List<String> alarms = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, String> n : names) {
      List<ScreeningHit> hits = uflpa.screen(ScreeningQuery.of(n.getValue()));
      if (!hits.isEmpty()) {
        ScreeningHit h = hits.get(0);
        alarms.add(String.format(java.util.Locale.ROOT, "%s: %s -> %s %s %.2f", n.getKey(), n.getValue(),
            h.matchedName(), h.level(), h.score()));
      }
    }
    String figures = String.format(java.util.Locale.ROOT, "false positives against the UFLPA Entity List: %d of %d",
        alarms.size(), names.size());
    System.out.println(tag + " " + figures);
    alarms.forEach(a -> System.out.println(tag + "   UFLPA false alarm " + a));
    org.assertj.core.api.Assertions.assertThat(alarms.size() / (double) names.size()).as(figures)
        .isLessThanOrEqualTo(0.03);
  }
}
