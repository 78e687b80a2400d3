package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the bundled table of Cantonese readings of Chinese characters ({@code han_cantonese.txt}) from the
 * {@code kCantonese} field of Unicode's Unihan database ({@code Unihan_Readings.txt}, Unicode licence): Jyutping, the
 * romanisation of the Linguistic Society of Hong Kong, which that field uses. For every character of the CJK Unified
 * Ideographs block (U+4E00 to U+9FFF) that the screener does not fold to another one, its readings without the tone
 * digit, in the order Unihan gives them; a character that the screener folds (a traditional form) lends its readings
 * to its simplified form where that has none. One line per reading, followed by its characters, as the pinyin table.
 * Run on the Unihan file (Debian's {@code unicode-data} package ships it compressed, in its {@code share/unicode}
 * folder; {@code UNIHAN_DIR} below):
 *
 * <pre>{@code
 * bzcat UNIHAN_DIR/Unihan_Readings.txt.bz2 > Unihan_Readings.txt
 * java -cp risk/target/classes:risk/target/test-classes org.ctpat4j.risk.screening.internal.CantoneseTableGenerator \
 *   Unihan_Readings.txt risk/src/main/resources/org/ctpat4j/risk/screening/han_cantonese.txt
 * }</pre>
 */
public final class CantoneseTableGenerator {

  private static final Pattern JYUTPING = Pattern.compile("[a-z]+[1-6]");

  private CantoneseTableGenerator() {}

  /**
   * Writes the table.
   *
   * @param args the Unihan readings file, then the output file
   * @throws IOException if one cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    UnihanField.generate(args, CantoneseTableGenerator::generate);
  }

  /**
   * The table text.
   *
   * @param unihan the lines of {@code Unihan_Readings.txt}
   * @return one line per toneless reading with its characters, readings in alphabetical order, characters in code
   *     point order
   * @throws IllegalArgumentException if a line is not a Unihan field or a reading is not Jyutping, naming the line
   */
  static String generate(List<String> unihan) {
    Map<Character, Set<String>> own = new TreeMap<>();
    Map<Character, Set<String>> lent = new TreeMap<>();
    UnihanField.forEach(unihan, "kCantonese", (c, value) -> {
      Set<String> readings = new LinkedHashSet<>();
      for (String r : value.split(" ")) {
        if (!JYUTPING.matcher(r).matches()) {
          throw new IllegalArgumentException("'" + r + "' is not Jyutping with a tone");
        }
        readings.add(r.substring(0, r.length() - 1));
      }
      char folded = SimplifiedHan.fold(c);
      if (folded == c) {
        own.put(c, readings);
      } else {
        lent.computeIfAbsent(folded, k -> new LinkedHashSet<>()).addAll(readings);
      }
    });
    lent.forEach(own::putIfAbsent);
    Map<String, StringBuilder> byReading = new TreeMap<>();
    own.forEach((c, readings) -> readings.forEach(r -> byReading.computeIfAbsent(r, k -> new StringBuilder())
        .append(c)));
    StringBuilder out = new StringBuilder();
    out.append("# Cantonese readings (Jyutping without tones), U+4E00-U+9FFF, from the kCantonese field of Unicode's")
        .append(" Unihan database, by CantoneseTableGenerator; see PROVENANCE.md\n");
    byReading.forEach((r, chars) -> out.append(r).append(' ').append(chars).append('\n'));
    return out.toString();
  }
}
