package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the bundled table of English glosses of Chinese characters ({@code han_glosses.txt}) from the
 * {@code kDefinition} field of Unicode's Unihan database ({@code Unihan_Readings.txt}, Unicode licence). For every
 * character of the CJK Unified Ideographs block (U+4E00 to U+9FFF) that the screener does not fold to another one
 * (traditional forms are looked up as their simplified ones), it keeps the glosses that are one English word of three
 * letters or more, in the order Unihan gives them, lower case, and leaves out words that say what the character is
 * rather than what it means (surname, variant, radical ...). One line per character: the character, a space, and its
 * glosses separated by spaces. Run on the Unihan file (Debian's {@code unicode-data} package ships it compressed, in
 * its {@code share/unicode} folder; {@code UNIHAN_DIR} below):
 *
 * <pre>{@code
 * bzcat UNIHAN_DIR/Unihan_Readings.txt.bz2 > Unihan_Readings.txt
 * java -cp risk/target/classes:risk/target/test-classes org.ctpat4j.risk.screening.internal.GlossTableGenerator \
 *   Unihan_Readings.txt risk/src/main/resources/org/ctpat4j/risk/screening/han_glosses.txt
 * }</pre>
 */
public final class GlossTableGenerator {

  /** Glosses that describe the character, not its meaning. */
  private static final Set<String> NOT_MEANINGS = Set.of(
      "surname", "variant", "radical", "character", "name", "used", "same", "phonetic", "transliteration", "etc",
      "also", "abbreviation", "interjection", "particle", "measure", "classifier", "unit", "final", "read");

  private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

  private GlossTableGenerator() {}

  /**
   * Writes the table.
   *
   * @param args the Unihan readings file, then the output file
   * @throws IOException if one cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    UnihanField.generate(args, GlossTableGenerator::generate);
  }

  /**
   * The table text.
   *
   * @param unihan the lines of {@code Unihan_Readings.txt}
   * @return one line per character with glosses, in code point order
   */
  static String generate(List<String> unihan) {
    StringBuilder out = new StringBuilder();
    out.append("# One-word English glosses of Chinese characters, U+4E00-U+9FFF, from the kDefinition field of")
        .append(" Unicode's Unihan database, by GlossTableGenerator; see PROVENANCE.md\n");
    UnihanField.forEach(unihan, "kDefinition", (c, definition) -> {
      if (SimplifiedHan.fold(c) != c) {
        return;
      }
      Set<String> glosses = new LinkedHashSet<>();
      for (String part : definition.split("[;,]")) {
        String g = part.strip().toLowerCase(Locale.ROOT);
        if (WORD.matcher(g).matches() && !NOT_MEANINGS.contains(g)) {
          glosses.add(g);
        }
      }
      if (!glosses.isEmpty()) {
        out.append(c).append(' ').append(String.join(" ", glosses)).append('\n');
      }
    });
    return out.toString();
  }
}
