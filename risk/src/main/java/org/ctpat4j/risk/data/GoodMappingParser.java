package org.ctpat4j.risk.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * Reads the tables authored for ctpat4j: {@link ReferenceList#ILAB_GOOD_MAPPING} and the two-column tables
 * {@link ReferenceList#ILAB_COUNTRIES} and {@link ReferenceList#ILAB_DOWNSTREAM_INPUTS}.
 */
final class GoodMappingParser {

  private GoodMappingParser() {}

  /**
   * Reads the material-to-ILAB-good table.
   *
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header
   * @return the rows in file order
   * @throws ReferenceDataException naming the file, line and column of a bad row
   */
  static List<GoodMapping> parse(String file, List<Csv.Row> rows) {
    List<GoodMapping> out = new ArrayList<>(rows.size());
    for (ListRow r : ListRow.of(file, rows)) {
      String prefix = r.text(0);
      if (!prefix.chars().allMatch(Character::isDigit)) {
        throw r.bad("hs_prefix", "digits only, found '" + prefix + "'");
      }
      List<String> keywords = r.bars(1).stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
      if (prefix.isEmpty() && keywords.isEmpty()) {
        throw r.bad("hs_prefix", "a row needs an HS prefix or keywords");
      }
      if (r.blank(2) && r.blank(3)) {
        throw r.bad("ilab_good", "a row needs an ILAB good or a UFLPA sector");
      }
      out.add(new GoodMapping(prefix, keywords, r.text(2), r.text(3), r.text(4), r.line()));
    }
    return List.copyOf(out);
  }

  /**
   * Reads a two-column table: the first column is the key and is given once.
   *
   * @param list the list, for its column names
   * @param file the file's name, for messages
   * @param rows its rows, with the list's header
   * @return key to value, sorted by key
   * @throws ReferenceDataException naming the file, line and column of a bad row or a repeated key
   */
  static Map<String, String> parsePairs(ReferenceList list, String file, List<Csv.Row> rows) {
    Map<String, String> out = new TreeMap<>();
    for (ListRow r : ListRow.of(file, rows)) {
      String key = r.required(0, list.header().get(0)).strip();
      String value = r.required(1, list.header().get(1)).strip();
      if (out.put(key, value) != null) {
        throw r.bad(list.header().get(0), "duplicate '" + key + "'");
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
