package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text table bundled with the risk module (the pinyin, simplified-form, gloss and legal-form tables): UTF-8,
 * one entry a line, blank lines and lines that start with {@code #} skipped.
 */
final class BundledLines {

  private BundledLines() {}

  /**
   * One entry of a table.
   *
   * @param number its line number in the file, from 1, for messages
   * @param text the line
   */
  record Line(int number, String text) {}

  /**
   * Reads the entries of a bundled table.
   *
   * @param resource the resource's absolute path
   * @return its entries, in file order
   * @throws IllegalStateException if the resource is missing (a broken build)
   * @throws UncheckedIOException if it cannot be read
   */
  static List<Line> read(String resource) {
    try (InputStream in = BundledLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the risk module");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Line> out = new ArrayList<>(lines.length);
      for (int n = 0; n < lines.length; n++) {
        if (!lines[n].isEmpty() && !lines[n].startsWith("#")) {
          out.add(new Line(n + 1, lines[n]));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
