package org.ctpat4j.samples.cli;

/**
 * The one escaping function for text the command line prints to a terminal or writes as plain text: every character
 * that could move the cursor, start a terminal control sequence, reorder the line or start a new one is written as a
 * visible escape, so input can neither forge an extra line nor hide or rewrite what ctpat4j printed. JSON and HTML
 * output have escaping of their own and do not go through here.
 *
 * <p>Escaped: the C0 controls U+0000..U+001F (line feed as {@code \n}, carriage return as {@code \r}, tab as
 * {@code \t}, the others as {@code \}{@code u001b} and so on), DEL U+007F, the C1 controls U+0080..U+009F (U+009B is a
 * one-character control sequence introducer), the bidirectional formatting characters (U+061C, U+200E, U+200F,
 * U+202A..U+202E, U+2066..U+2069; see Unicode Technical Report 36, "Bidirectional Text Spoofing"), the line and
 * paragraph separators U+2028 and U+2029, and unpaired surrogates. Everything else, backslashes included, is kept as
 * is, so names in any script stay readable.
 */
final class TerminalText {

  private TerminalText() {}

  /**
   * Escapes a text for one line of terminal or plain-text output.
   *
   * @param text any text; never null
   * @return the text with every control, bidirectional and line-breaking character shown as an escape; never null
   */
  static String escape(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && !needsEscape(text, i)) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
            .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
      }
    }
    return out.toString();
  }

  /**
   * Escapes a message for one line: surrounding white space is dropped, the rest is {@linkplain #escape escaped}.
   *
   * @param message any text; never null
   * @return the message on one line; never null
   */
  static String line(String message) {
    return escape(message.strip());
  }

  private static boolean needsEscape(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (c < 0x61C) {
      return false;
    }
    if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
