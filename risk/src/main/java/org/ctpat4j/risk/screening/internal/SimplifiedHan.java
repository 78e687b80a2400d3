package org.ctpat4j.risk.screening.internal;

/**
 * Folds traditional Chinese characters to their simplified forms (長 to 长, 國 to 国, 證 to 证), so that a name written
 * in Hong Kong or Taiwan in traditional script meets the same lexicon of legal forms, business words and place names as
 * a mainland name. The table ({@code han_simplified.txt}, 2,800 characters) is generated from ICU4J's
 * {@code Traditional-Simplified} transform by {@code SimplifiedTableGenerator} (see PROVENANCE.md); the pinyin of a
 * character and of its simplified form are the same, so folding changes no romanization.
 */
public final class SimplifiedHan {

  private static final String RESOURCE = "/org/ctpat4j/risk/screening/han_simplified.txt";
  /** Simplified form per character of U+4E00 to U+9FFF; 0 when the character has none. */
  private static final char[] TABLE = load();
  private static final int BASE = 0x4E00;

  private SimplifiedHan() {}

  private static char[] load() {
    char[] table = new char[0x9FFF - BASE + 1];
    for (BundledLines.Line entry : BundledLines.read(RESOURCE)) {
      String line = entry.text();
      if (line.length() != 2 || !inBlock(line.charAt(0)) || !inBlock(line.charAt(1))) {
        throw new IllegalStateException(
            RESOURCE + ":" + entry.number() + ": expected two CJK characters, got '" + line + "'");
      }
      table[line.charAt(0) - BASE] = line.charAt(1);
    }
    return table;
  }

  private static boolean inBlock(char c) {
    return c >= BASE && c <= 0x9FFF;
  }

  /**
   * The simplified form of a character.
   *
   * @param c a character
   * @return its simplified form, or the character itself when it has none (or is not a CJK unified ideograph)
   */
  public static char fold(char c) {
    if (!inBlock(c)) {
      return c;
    }
    char s = TABLE[c - BASE];
    return s == 0 ? c : s;
  }

  /**
   * Folds every character of a text.
   *
   * @param text a text
   * @return the text with traditional characters replaced by their simplified forms
   */
  public static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char s = fold(c);
      if (s != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = s;
      }
    }
    return out == null ? text : new String(out);
  }
}
