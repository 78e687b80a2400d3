package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctpat4j.risk.internal.csv.Csv;

/** Reads the rows of {@link ReferenceList#ILAB_GOODS} and applies those of {@link ReferenceList#ILAB_CHANGES}. */
final class IlabGoodsParser {

  /**
   * The day the ILAB List's 2024 edition took effect: September 2024, the first of the month (no source gives the
   * day).
   */
  static final LocalDate ILAB_2024 = LocalDate.of(2024, 9, 1);

  private IlabGoodsParser() {}

  /**
   * Reads the goods of one edition.
   *
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header
   * @return the goods in file order
   * @throws ReferenceDataException naming the file, line and column of a bad row
   */
  static List<IlabGood> parse(String file, List<Csv.Row> rows) {
    List<IlabGood> out = new ArrayList<>(rows.size());
    for (ListRow r : ListRow.of(file, rows)) {
      out.add(new IlabGood(r.required(0, "good").strip(), r.text(1), r.required(2, "country").strip(), r.text(3),
          r.bool(4, "child_labor"), r.bool(5, "forced_labor"), r.bool(6, "forced_child_labor"),
          r.bool(7, "downstream_good"), r.text(8), r.required(9, "list_edition").strip(), r.line()));
    }
    return List.copyOf(out);
  }

  /**
   * Applies the 2024 edition's named changes: a {@code REMOVED} row ends the bundled row of the same good and country
   * on {@link #ILAB_2024}; an {@code ADDED} row with a country starts a row then, whose labor flags the source does not
   * give. Other changes (no country, a new country, summary downstream goods) cannot be matched and are information
   * only.
   *
   * @param goods the goods of the edition the changes name
   * @param file the changes file's name, for messages and citations
   * @param changes its rows
   * @param v its version, for citations
   * @return the goods with the changes applied
   * @throws ReferenceDataException naming the file, line and column of a bad row, or a removal that names no good
   */
  static List<IlabGood> withChanges(List<IlabGood> goods, String file, List<Csv.Row> changes,
      ReferenceDataVersion v) {
    List<IlabGood> out = new ArrayList<>(goods);
    for (ListRow r : ListRow.of(file, changes)) {
      String kind = r.required(0, "change").strip();
      String good = r.text(1);
      String country = r.text(2);
      String cite = v.name() + ", " + v.version() + ", " + file + " line " + r.line() + ": "
          + kind.toLowerCase(Locale.ROOT) + " in the 2024 edition (September 2024); " + r.text(6);
      switch (kind) {
        case "REMOVED" -> {
          boolean found = false;
          for (int i = 0; i < out.size(); i++) {
            IlabGood g = out.get(i);
            if (!g.downstreamGood() && g.good().equalsIgnoreCase(good) && g.country().equalsIgnoreCase(country)) {
              out.set(i, new IlabGood(g.good(), g.sector(), g.country(), g.region(), g.childLabor(), g.forcedLabor(),
                  g.forcedChildLabor(), g.downstreamGood(), g.inputSourceCountry(), g.edition(), g.row(),
                  g.effectiveDate(), ILAB_2024, cite, g.laborFlagsStated()));
              found = true;
            }
          }
          if (!found) {
            throw r.bad("good", "no row of the bundled edition lists '" + good + "' from '" + country + "'");
          }
        }
        case "ADDED" -> {
          if (!country.isEmpty() && !good.isEmpty()) {
            out.add(new IlabGood(good, "", country, "", false, false, false, false, "", "2024", r.line(), ILAB_2024,
                null, cite, false));
          }
        }
        case "NEW_COUNTRY", "ADDED_DOWNSTREAM" -> {
          // information only: no good, or no exact good, to match
        }
        default -> throw r.bad("change",
            "expected REMOVED, ADDED, NEW_COUNTRY or ADDED_DOWNSTREAM, found '" + kind + "'");
      }
    }
    return List.copyOf(out);
  }
}
