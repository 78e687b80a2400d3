package org.ctpat4j.risk.screening.internal;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundled traditional-to-simplified table ({@code han_simplified.txt}) from ICU4J's
 * {@code Traditional-Simplified} transform (Unicode CLDR, from Unihan's kSimplifiedVariant data), for every character
 * of the CJK Unified Ideographs block (U+4E00 to U+9FFF) that the transform maps to one other character of that
 * block. One line per character: the traditional character followed by its simplified form. Run with ICU4J on the
 * class path:
 *
 * <pre>{@code
 * java -cp core/target/classes:risk/target/classes:risk/target/test-classes:$HOME/.m2/repository/com/ibm/icu/icu4j/<v>/icu4j-<v>.jar \
 *   org.ctpat4j.risk.screening.internal.SimplifiedTableGenerator risk/src/main/resources/org/ctpat4j/risk/screening/han_simplified.txt
 * }</pre>
 */
public final class SimplifiedTableGenerator {

  private SimplifiedTableGenerator() {}

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
   * @return a comment line, then one line per traditional character, in code point order
   */
  static String generate() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder out = new StringBuilder();
    out.append("# Traditional to simplified Chinese, U+4E00-U+9FFF, from ICU4J ").append(VersionInfo.ICU_VERSION)
        .append(" Traditional-Simplified by SimplifiedTableGenerator; see PROVENANCE.md\n");
    for (int c = 0x4E00; c <= 0x9FFF; c++) {
      if (!Character.isDefined(c)) {
        continue;
      }
      String ch = new String(Character.toChars(c));
      String simplified = t.transliterate(ch);
      if (simplified.length() == 1 && !simplified.equals(ch) && simplified.charAt(0) >= 0x4E00
          && simplified.charAt(0) <= 0x9FFF) {
        out.append(ch).append(simplified).append('\n');
      }
    }
    return out.toString();
  }
}
