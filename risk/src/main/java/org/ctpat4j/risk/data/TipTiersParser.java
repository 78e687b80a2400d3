package org.ctpat4j.risk.data;

import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.risk.internal.csv.Csv;

/** Reads the rows of {@link ReferenceList#TIP_TIERS}. */
final class TipTiersParser {

  private TipTiersParser() {}

  /**
   * Reads the rankings.
   *
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header
   * @return the rankings in file order
   * @throws ReferenceDataException naming the file, line and column of a bad row
   */
  static List<TipRanking> parse(String file, List<Csv.Row> rows) {
    List<TipRanking> out = new ArrayList<>(rows.size());
    for (ListRow r : ListRow.of(file, rows)) {
      String iso = r.required(0, "iso_alpha2").strip();
      TipTier tier;
      try {
        tier = TipTier.valueOf(r.text(2));
      } catch (IllegalArgumentException e) {
        throw r.bad("tier", "unknown tier '" + r.raw(2) + "'");
      }
      int year;
      try {
        year = Integer.parseInt(r.text(3));
      } catch (NumberFormatException e) {
        throw r.bad("report_year", "not a year: '" + r.raw(3) + "'");
      }
      out.add(new TipRanking(iso, r.text(1), tier, year, r.text(4), r.line()));
    }
    return List.copyOf(out);
  }
}
