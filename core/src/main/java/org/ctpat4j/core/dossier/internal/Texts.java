package org.ctpat4j.core.dossier.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Safe rendering of input values inside problem messages (quoted, escaped, shortened), and "did you mean". */
public final class Texts {

  private static final int MAX_QUOTED = 64;

  private Texts() {}

  /**
   * Quotes a value from the input for a message: control characters are escaped and long values shortened, so input
   * can neither forge extra message lines nor flood a log.
   *
   * @param value the value, or {@code null}
   * @return the quoted value, or {@code null} unquoted
   */
  public static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTED) + 8).append('"');
    int n = 0;
    for (int i = 0; i < s.length() && n < MAX_QUOTED; i++, n++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
    if (s.length() > MAX_QUOTED) {
      b.append("... (").append(s.length()).append(" characters)");
    }
    return b.toString();
  }

  /**
   * Lists names for a message, sorted, comma separated.
   *
   * @param names the names; never null
   * @return the list
   */
  public static String list(Collection<?> names) {
    return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Returns the known name closest to an unknown one, if it is close enough to be a likely typo (an edit distance of
   * at most a third of its length, counting a swap of two neighbours as one edit).
   *
   * @param unknown the unknown name; never null
   * @param known the known names; never null
   * @return the suggestion, or {@code null}
   */
  public static String suggest(String unknown, Collection<?> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String u = unknown.toLowerCase(Locale.ROOT);
    for (Object k : known) {
      String name = String.valueOf(k);
      int d = distance(u, name.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && name.compareTo(best) < 0)) {
        best = name;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, unknown.length() / 3) ? best : null;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), for short names only. */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
