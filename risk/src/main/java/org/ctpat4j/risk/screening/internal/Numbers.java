package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in words, as ordinals or in Roman numerals become digit tokens, so that "1st", "First" and "第一"
 * are the same token and "Second" and "Third" visibly differ: English cardinal and ordinal words up to ninety-nine
 * (tens joined with a following unit word or digit, "Forty-Four", "Forty 4"), digit ordinals (14th, 2nd), Roman
 * numerals from II to XXXIX other than XI (a common pinyin syllable), and Chinese numerals after 第 (see {@link
 * Normalizer}). A token that becomes a number keeps its place in the name.
 */
final class Numbers {

  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();

  static {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] unitOrdinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth"};
    for (int i = 0; i < units.length; i++) {
      UNITS.put(units[i], i);
      UNITS.put(unitOrdinals[i], i);
    }
    UNITS.remove("zeroth");
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] tenOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
        "ninetieth"};
    for (int i = 0; i < tens.length; i++) {
      TENS.put(tens[i], 20 + 10 * i);
      TENS.put(tenOrdinals[i], 20 + 10 * i);
    }
    TENS.put("fourty", 40); // a frequent misspelling
  }

  private Numbers() {}

  /**
   * Rewrites number words in place.
   *
   * @param raw folded tokens
   * @param paren whether each token is in parentheses, kept aligned with {@code raw}
   */
  static void canonicalize(List<String> raw, List<Boolean> paren) {
    List<String> out = new ArrayList<>(raw.size());
    List<Boolean> outParen = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i);
      Integer tens = TENS.get(t);
      if (tens != null) {
        int value = tens;
        if (i + 1 < raw.size()) {
          Integer unit = unitValue(raw.get(i + 1));
          if (unit != null && unit >= 1 && unit <= 9) {
            value += unit;
            i++;
          }
        }
        out.add(Integer.toString(value));
      } else {
        Integer v = UNITS.get(t);
        if (v == null) {
          v = digitOrdinal(t);
        }
        if (v == null) {
          v = roman(t);
        }
        out.add(v == null ? t : Integer.toString(v));
      }
      outParen.add(paren.get(i));
    }
    raw.clear();
    raw.addAll(out);
    paren.clear();
    paren.addAll(outParen);
  }

  private static Integer unitValue(String t) {
    Integer v = UNITS.get(t);
    if (v != null) {
      return v;
    }
    return t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '9' ? t.charAt(0) - '0' : null;
  }

  /** "14th", "2nd", "1st", "3rd" to their numbers; anything else null. */
  static Integer digitOrdinal(String t) {
    int n = t.length();
    if (n < 3 || n > 6) {
      return null;
    }
    String suffix = t.substring(n - 2);
    if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
      return null;
    }
    for (int i = 0; i < n - 2; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(t.substring(0, n - 2));
  }

  /** Roman numerals II to XXXIX, XI excepted; anything else null. */
  static Integer roman(String t) {
    if (t.length() < 2 || t.length() > 7 || t.equals("xi")) {
      return null;
    }
    int i = 0;
    int value = 0;
    while (i < t.length() && t.charAt(i) == 'x' && value < 30) {
      value += 10;
      i++;
    }
    String rest = t.substring(i);
    int units = switch (rest) {
      case "" -> 0;
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      case "v" -> 5;
      case "vi" -> 6;
      case "vii" -> 7;
      case "viii" -> 8;
      case "ix" -> 9;
      default -> -1;
    };
    if (units < 0 || value + units < 2) {
      return null;
    }
    return value + units;
  }

  /**
   * The value of a run of Chinese numerals (一 to 九, 十, 百), or -1.
   *
   * @param s Chinese numerals
   * @return the value, or -1 when {@code s} is not a number up to 999
   */
  static int chinese(CharSequence s) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = "〇一二三四五六七八九".indexOf(c);
      if (c == '两') {
        d = 2;
      }
      if (d >= 0) {
        if (digit >= 0) {
          return -1;
        }
        digit = d;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        return -1;
      }
    }
    return s.length() == 0 ? -1 : total + Math.max(digit, 0);
  }

  /**
   * Whether a token holds a digit: a number, or a series marker such as "AR16".
   *
   * @param token a token
   * @return true when any character is an ASCII digit
   */
  static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) >= '0' && token.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }
}
