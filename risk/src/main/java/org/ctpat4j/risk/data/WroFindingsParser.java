package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.risk.internal.csv.Csv;

/** Reads the rows of {@link ReferenceList#WRO_FINDINGS} and {@link ReferenceList#WRO_FINDINGS_DATED}. */
final class WroFindingsParser {

  private WroFindingsParser() {}

  /**
   * Reads the undated list.
   *
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header
   * @return the orders in file order
   * @throws ReferenceDataException naming the file, line and column of a bad row
   */
  static List<WroFinding> parse(String file, List<Csv.Row> rows) {
    List<WroFinding> out = new ArrayList<>(rows.size());
    for (ListRow r : ListRow.of(file, rows)) {
      String type = actionType(r);
      LocalDate removed = r.optionalDate(8, "removed_date");
      out.add(new WroFinding(r.date(0, "effective_date"), type, r.required(2, "entity_or_scope").strip(), r.text(3),
          r.required(4, "iso_alpha2").strip(), r.text(5), r.text(6), r.text(7), r.line(), removed,
          ReferenceList.WRO_FINDINGS, ""));
    }
    return List.copyOf(out);
  }

  /**
   * Reads the dated list, which gives some dates as a year or a month only (see
   * {@link ListRow#partialDate(int, String, boolean)}).
   *
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header
   * @return the orders in file order
   * @throws ReferenceDataException naming the file, line and column of a bad row
   */
  static List<WroFinding> parseDated(String file, List<Csv.Row> rows) {
    List<WroFinding> out = new ArrayList<>(rows.size());
    for (ListRow r : ListRow.of(file, rows)) {
      String type = actionType(r);
      LocalDate effective = r.partialDate(0, "effective_date", false);
      LocalDate end = r.blank(7) ? null : r.partialDate(7, "modified_date", true);
      String status = r.required(6, "status").strip();
      out.add(new WroFinding(effective, type, r.required(2, "entity_or_scope").strip(), r.text(3),
          r.required(4, "iso_alpha2").strip(), r.text(5), status,
          "dated from a CBP release or a trade-press report of one", r.line(), end,
          ReferenceList.WRO_FINDINGS_DATED, r.text(8)));
    }
    return List.copyOf(out);
  }

  private static String actionType(ListRow r) {
    String type = r.required(1, "action_type").strip();
    if (!type.equals("WRO") && !type.equals("FINDING")) {
      throw r.bad("action_type", "expected WRO or FINDING, found '" + type + "'");
    }
    return type;
  }
}
