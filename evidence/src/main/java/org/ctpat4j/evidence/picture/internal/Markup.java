package org.ctpat4j.evidence.picture.internal;

/** Escaping shared by the SVG picture and the HTML report. */
public final class Markup {

  private Markup() {}

  /**
   * Escapes text for XML or HTML element content and quoted attribute values; characters XML 1.0 forbids (C0 controls
   * other than tab, line feed and carriage return) become U+FFFD.
   *
   * @param s the text
   * @return the escaped text
   */
  public static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? c : '\uFFFD');
      }
    }
    return sb.toString();
  }
}
