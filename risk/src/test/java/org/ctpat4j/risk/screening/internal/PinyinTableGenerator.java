package org.ctpat4j.risk.screening.internal;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the bundled Han-to-pinyin table ({@code han_pinyin.txt}) from ICU4J's {@code Han-Latin} transform (Hanyu
 * Pinyin from Unicode's Unihan readings, one reading per character), for every character of the CJK Unified
 * Ideographs block (U+4E00 to U+9FFF), tones and the diaeresis removed ({@code Latin-ASCII}: lü is
 * written lu, as company names romanise it). One line per reading: the reading, a space, and its characters. Run with ICU4J on the
 * class path:
 *
 * <pre>{@code
 * java -cp core/target/classes:risk/target/classes:risk/target/test-classes:$HOME/.m2/repository/com/ibm/icu/icu4j/<v>/icu4j-<v>.jar \
 *   org.ctpat4j.risk.screening.internal.PinyinTableGenerator risk/src/main/resources/org/ctpat4j/risk/screening/han_pinyin.txt
 * }</pre>
 */
public final class PinyinTableGenerator {

  private PinyinTableGenerator() {}

  /**
   * Writes the table.
   *
   * @param args the output file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), generate(), StandardCharsets.UTF_8);
  }

  /**
   * The table text.
   *
   * @return one line per reading, sorted by reading
   */
  static String generate() {
    Transliterator t = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    Map<String, StringBuilder> byReading = new TreeMap<>();
    for (int c = 0x4E00; c <= 0x9FFF; c++) {
      if (!Character.isDefined(c)) {
        continue;
      }
      String ch = new String(Character.toChars(c));
      String reading = t.transliterate(ch).strip().toLowerCase(Locale.ROOT);
      if (reading.isEmpty() || !reading.chars().allMatch(x -> x >= 'a' && x <= 'z')) {
        continue; // no reading known
      }
      byReading.computeIfAbsent(reading, k -> new StringBuilder()).append(ch);
    }
    StringBuilder out = new StringBuilder();
    out.append("# Hanyu Pinyin without tones, U+4E00-U+9FFF, from ICU4J ").append(VersionInfo.ICU_VERSION)
        .append(" Han-Latin by PinyinTableGenerator; see PROVENANCE.md\n");
    byReading.forEach((reading, chars) -> out.append(reading).append(' ').append(chars).append('\n'));
    return out.toString();
  }
}
