package org.ctpat4j.risk.location;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for matching, with the way back to the original: NFKC, then diacritics stripped (NFD without
 * combining marks), then lower case (root locale); apostrophes and hyphens of every kind become {@code '} and
 * {@code -}. Folding is per code point, so the folded text is linear in the original's length.
 */
final class Folded {

  private final String original;
  private final String text;
  private final int[] origin;

  private Folded(String original, String text, int[] origin) {
    this.original = original;
    this.text = text;
    this.origin = origin;
  }

  /**
   * Folds a text.
   *
   * @param s the text
   * @return the folded text
   */
  static Folded of(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int[] origin = new int[s.length() + 1];
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      String piece = cp < 0x80 ? String.valueOf(asciiLower((char) cp)) : fold(s.substring(i, i + len));
      for (int k = 0; k < piece.length(); k++) {
        if (n + 1 >= origin.length) {
          origin = Arrays.copyOf(origin, origin.length * 2 + 2);
        }
        origin[n++] = i;
        sb.append(piece.charAt(k));
      }
      i += len;
    }
    origin = Arrays.copyOf(origin, n + 1);
    origin[n] = s.length();
    return new Folded(s, sb.toString(), origin);
  }

  /**
   * Folds a name and removes what a comparison ignores: spaces, hyphens, apostrophes and other punctuation.
   *
   * @param s a name
   * @return the key, for example {@code kuerle} for {@code Ku'erle}
   */
  static String key(String s) {
    String f = of(s).text;
    StringBuilder sb = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String fold(String cp) {
    String d = Normalizer.normalize(Normalizer.normalize(cp, Normalizer.Form.NFKC), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      switch (c) {
        case '\u2018', '\u2019', '\u02BC', '\u02BB', '\u0060', '\u00B4', '\u2032' -> sb.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> sb.append('-');
        default -> sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The folded text. */
  String text() {
    return text;
  }

  /**
   * Returns the original text of a folded span.
   *
   * @param start the folded start, inclusive
   * @param end the folded end, exclusive
   * @return the original characters that folded into the span
   */
  String original(int start, int end) {
    int from = origin[start];
    int to = end >= origin.length - 1 ? original.length() : origin[end];
    if (to <= from) {
      to = Math.min(original.length(), from + Character.charCount(original.codePointAt(from)));
    }
    return original.substring(from, to);
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) && !isHan(c);
  }

  static boolean isJoiner(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\'' || c == '-';
  }
}
