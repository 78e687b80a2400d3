package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a Latin token into Hanyu Pinyin syllables, so that two romanized names that differ in one syllable of the same
 * initial (Baowei / Baowu, 宝威 / 宝武) count as one typo, as a one-letter slip would. The syllables are the readings of
 * the bundled pinyin table (about 400, toneless). Deterministic and stateless.
 */
public final class PinyinSyllables {

  private static final Set<String> SYLLABLES = new HashSet<>(BundledPinyin.readings().values());
  private static final int LONGEST = 6; // zhuang, shuang, chuang

  private PinyinSyllables() {}

  /**
   * The syllables of a token, fewest first.
   *
   * @param token a lower-case token
   * @return its syllables, or null when the token is not a sequence of pinyin syllables
   */
  static String[] of(String token) {
    int n = token.length();
    int[] count = new int[n + 1]; // fewest syllables for the prefix of length i; 0 = unreachable (except i = 0)
    int[] back = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      for (int len = Math.min(LONGEST, i); len >= 1; len--) {
        int from = i - len;
        if ((from == 0 || count[from] > 0) && SYLLABLES.contains(token.substring(from, i))) {
          int c = count[from] + 1;
          if (count[i] == 0 || c < count[i]) {
            count[i] = c;
            back[i] = from;
          }
        }
      }
    }
    if (count[n] == 0) {
      return null;
    }
    List<String> out = new ArrayList<>(count[n]);
    for (int i = n; i > 0; i = back[i]) {
      out.add(0, token.substring(back[i], i));
    }
    return out.toArray(new String[0]);
  }

  /**
   * The keys under which a token meets every token that differs from it in one syllable of the same initial: the
   * syllables joined by dots with one of them replaced by its initial and an asterisk.
   *
   * @param token a lower-case token
   * @return the keys, empty for a token of fewer than two syllables or that is not pinyin
   */
  static List<String> skeletons(String token) {
    String[] s = of(token);
    if (s == null || s.length < 2) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(s.length);
    for (int k = 0; k < s.length; k++) {
      StringBuilder sb = new StringBuilder(token.length() + s.length + 2);
      for (int j = 0; j < s.length; j++) {
        if (j > 0) {
          sb.append('.');
        }
        sb.append(j == k ? s[j].charAt(0) + "*" : s[j]);
      }
      keys.add(sb.toString());
    }
    return keys;
  }

  /**
   * Whether two tokens are pinyin of the same number of syllables (at least two) and differ in exactly one, whose
   * initials agree: Baowei / Baowu, not Huafu / Huawei.
   *
   * @param a a token
   * @param b another token
   * @return true for a one-syllable slip
   */
  static boolean oneSyllableApart(String a, String b) {
    if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0) || a.equals(b)) {
      return false;
    }
    String[] x = of(a);
    String[] y = of(b);
    if (x == null || y == null || x.length != y.length || x.length < 2) {
      return false;
    }
    int differ = 0;
    for (int k = 0; k < x.length; k++) {
      if (!x[k].equals(y[k])) {
        if (++differ > 1 || x[k].charAt(0) != y[k].charAt(0)) {
          return false;
        }
      }
    }
    return differ == 1;
  }
}
