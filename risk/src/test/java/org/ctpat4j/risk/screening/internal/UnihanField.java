package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Reads one field of Unicode's {@code Unihan_Readings.txt} for the table generators of the screening resources. */
final class UnihanField {

  private UnihanField() {}

  /**
   * Calls {@code action} with each character of the CJK Unified Ideographs block (U+4E00 to U+9FFF) that has the field,
   * and the field's value, in file order.
   *
   * @param unihan the lines of the file
   * @param field the field ("kDefinition", "kCantonese")
   * @param action what to do with a character and its value
   * @throws IllegalArgumentException if a line is not {@code U+XXXX<TAB>field<TAB>value}, naming the line
   */
  static void forEach(List<String> unihan, String field, BiConsumer<Character, String> action) {
    int lineNo = 0;
    for (String line : unihan) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || !f[0].startsWith("U+")) {
        throw new IllegalArgumentException("Unihan line " + lineNo + ": expected 'U+XXXX<TAB>field<TAB>value'");
      }
      int cp = Integer.parseInt(f[0].substring(2), 16);
      if (f[1].equals(field) && cp >= 0x4E00 && cp <= 0x9FFF) {
        try {
          action.accept((char) cp, f[2]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Unihan line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * Runs a generator from the command line: reads the Unihan file named first, writes the table to the file named
   * second.
   *
   * @param args the Unihan readings file, then the output file
   * @param generate the generator, from the file's lines to the table's text
   * @throws IOException if one cannot be read or written
   */
  static void generate(String[] args, Function<List<String>, String> generate) throws IOException {
    Files.writeString(Path.of(args[1]), generate.apply(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }
}
