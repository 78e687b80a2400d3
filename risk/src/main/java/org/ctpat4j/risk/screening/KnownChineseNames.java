package org.ctpat4j.risk.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * Chinese-script names of some entities on the UFLPA Entity List, to add as aliases so that a supplier recorded in
 * Chinese script (or in its pinyin) is found.
 *
 * <p>The names are data, bundled as {@code known_chinese_names.csv} (columns {@code listed_name,chinese_name}, one row
 * per Chinese name) next to this class and read with the CSV reader of the reference lists. <b>Provenance,
 * honestly</b> (see {@code PROVENANCE.md} beside the file): these are the registered Chinese names of the parent
 * companies as they appear in the companies' own annual reports and stock-exchange listings (Shanghai, Shenzhen, Hong
 * Kong), written down by the author from knowledge of those public names; they were not checked against a Federal
 * Register notice (which gives English names only) or a registry extract. Only names the author was confident of are
 * included; entities whose Chinese name was uncertain are left out rather than guessed. Verify before relying on a hit
 * that rests on one of them: the explanation names the alias that matched.
 *
 * <p>Keys are the English names exactly as in the bundled {@code uflpa_entity_list.csv}.
 */
public final class KnownChineseNames {

  /** The bundled file, beside this class. */
  static final String FILE = "known_chinese_names.csv";

  /** Its columns. */
  static final List<String> HEADER = List.of("listed_name", "chinese_name");

  private static final Map<String, List<String>> BY_LISTED_NAME = read();

  private KnownChineseNames() {}

  private static Map<String, List<String>> read() {
    String text;
    try (InputStream in = KnownChineseNames.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("bundled screening data missing: " + FILE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + FILE, e);
    }
    return parse(FILE, text);
  }

  /**
   * Reads the file's rows: neither column may be blank, and a Chinese name is given once per listed name.
   *
   * @param source the file's name, for messages
   * @param text the file
   * @return the Chinese names of each listed name, in file order
   * @throws IllegalStateException naming the file, line and column of a bad row
   */
  static Map<String, List<String>> parse(String source, String text) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Csv.Row r : Csv.parse(source, text, HEADER, IllegalStateException::new)) {
      for (int k = 0; k < HEADER.size(); k++) {
        if (r.get(k).isBlank()) {
          throw new IllegalStateException(source + ":" + r.line() + ":" + r.column(k) + ": " + HEADER.get(k)
              + ": required value is blank");
        }
      }
      List<String> names = m.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>());
      String chinese = r.get(1).strip();
      if (names.contains(chinese)) {
        throw new IllegalStateException(source + ":" + r.line() + ":" + r.column(1) + ": chinese_name: '" + chinese
            + "' is already given for '" + r.get(0).strip() + "'");
      }
      names.add(chinese);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * The Chinese-script names known for a listed English name.
   *
   * @param listedName the English name exactly as the bundled list gives it
   * @return the Chinese names, empty when none is known
   */
  public static List<String> forListedName(String listedName) {
    Objects.requireNonNull(listedName, "listedName");
    return BY_LISTED_NAME.getOrDefault(listedName, List.of());
  }

  /**
   * Every listed English name with known Chinese names.
   *
   * @return an unmodifiable map from English name to Chinese names
   */
  public static Map<String, List<String>> all() {
    return BY_LISTED_NAME;
  }
}
