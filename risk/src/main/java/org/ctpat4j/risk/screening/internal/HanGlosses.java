package org.ctpat4j.risk.screening.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * One-word English glosses of Chinese characters (湾 bay cove inlet, 雷 thunder), from the bundled
 * {@code han_glosses.txt} (Unihan {@code kDefinition}; see PROVENANCE.md), each written as the normalizer writes a
 * token of an English name. Immutable and thread-safe.
 */
public final class HanGlosses {

  private static final String RESOURCE = "/org/ctpat4j/risk/screening/han_glosses.txt";
  private static final String[] NONE = new String[0];
  private static final Map<Character, String[]> GLOSSES = load();

  private HanGlosses() {}

  private static Map<Character, String[]> load() {
    Map<Character, String[]> map = new HashMap<>();
    for (BundledLines.Line entry : BundledLines.read(RESOURCE)) {
      String line = entry.text();
      if (line.length() < 3 || line.charAt(1) != ' ') {
        throw new IllegalStateException(
            RESOURCE + " line " + entry.number() + ": expected a character, a space and glosses");
      }
      String[] glosses = line.substring(2).split(" ");
      for (int k = 0; k < glosses.length; k++) {
        glosses[k] = Normalizer.stem(glosses[k]);
      }
      map.put(line.charAt(0), glosses);
    }
    return Map.copyOf(map);
  }

  /**
   * The glosses of a character, as normalised tokens.
   *
   * @param c a simplified Chinese character
   * @return its glosses, empty when the table has none
   */
  static String[] of(char c) {
    return GLOSSES.getOrDefault(c, NONE);
  }
}
