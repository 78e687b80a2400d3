package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.risk.internal.csv.Csv;

/** Reads the rows of {@link ReferenceList#UFLPA_ENTITY_LIST}. */
final class UflpaEntityParser {

  private UflpaEntityParser() {}

  /**
   * Reads the entities.
   *
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header and optional columns
   * @return the entities in file order
   * @throws ReferenceDataException naming the file, line and column of a bad row
   */
  static List<UflpaEntity> parse(String file, List<Csv.Row> rows) {
    List<UflpaEntity> out = new ArrayList<>(rows.size());
    for (ListRow r : ListRow.of(file, rows)) {
      String name = r.required(0, "name");
      List<String> aliases = r.bars(1);
      LocalDate effective = r.optionalDate(3, "effective_date");
      LocalDate removed = r.optionalDate(7, "removed_date");
      if (effective != null && removed != null && removed.isBefore(effective)) {
        throw r.bad("removed_date", "removed on " + removed + ", before it was listed on " + effective);
      }
      out.add(new UflpaEntity(name.strip(), aliases, r.text(2), effective, r.text(4), r.text(5), r.text(6), r.line(),
          removed));
    }
    return List.copyOf(out);
  }

  /**
   * Writes entities in the list's columns, {@code removed_date} included.
   *
   * @param entities the entities
   * @return the UTF-8 CSV file
   */
  static String format(List<UflpaEntity> entities) {
    ReferenceList list = ReferenceList.UFLPA_ENTITY_LIST;
    List<String> header = new ArrayList<>(list.header());
    header.addAll(list.optionalColumns());
    StringBuilder out = new StringBuilder(Csv.format(header));
    for (UflpaEntity e : entities) {
      out.append(Csv.format(List.of(e.name(), String.join(" | ", e.aliases()), e.section(),
          e.effective().map(Object::toString).orElse(""), e.location(), e.sector(), e.source(),
          e.removed().map(Object::toString).orElse(""))));
    }
    return out.toString();
  }
}
