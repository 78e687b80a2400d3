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
}
