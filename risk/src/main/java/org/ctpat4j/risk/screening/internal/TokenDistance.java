package org.ctpat4j.risk.screening.internal;

/**
 * When two tokens count as the same word: equal, or within a few edits (optimal string alignment distance: insert,
 * delete, substitute, swap two adjacent letters) when both are made of Latin letters only. Tokens shorter than 4
 * letters must be equal, tokens of 4 to 7 letters may differ by one edit, longer ones by two; the shorter token
 * decides; two pinyin tokens that differ in one syllable of the same initial (Baowei / Baowu) count as one edit
 * ({@link PinyinSyllables}). Digits and Chinese characters must be equal, and so must tokens longer than {@link #MAX_TYPO_LENGTH}: the
 * edit distance and the deletion neighbourhood of a token are only ever computed for short tokens, so their cost is
 * bounded whatever the input.
 */
public final class TokenDistance {

  /**
   * The longest token compared with typos: 24 letters, longer than any word of a company name in the bundled lists
   * (the longest distinctive token there has 20 letters) and than common German compounds. A longer token is matched
   * only when equal (or as the join of two tokens), in time linear in its length; its deletion neighbourhood (up to
   * 1 + 24 + 276 hashes) is never built.
   */
  public static final int MAX_TYPO_LENGTH = 24;

  private TokenDistance() {}

  /**
   * Edits allowed for a token length.
   *
   * @param length the length of the shorter token
   * @return 0, 1 or 2
   */
  public static int allowed(int length) {
    return length < 4 ? 0 : length < 8 ? 1 : 2;
  }

  /**
   * Whether a token may match with typos at all.
   *
   * @param token a canonical token
   * @return true for tokens of 4 to {@link #MAX_TYPO_LENGTH} lower-case Latin letters
   */
  public static boolean typoEligible(String token) {
    if (token.length() < 4 || token.length() > MAX_TYPO_LENGTH) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of edits between two tokens if they count as the same word.
   *
   * @param a a token
   * @param b another token
   * @return 0 when equal, the edit count when within the allowance, -1 otherwise
   */
  public static int edits(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    int max = allowed(Math.min(a.length(), b.length()));
    if (max == 0 || !typoEligible(a) || !typoEligible(b)) {
      return -1;
    }
    return editsOfEligible(a, b);
  }

  /**
   * {@link #edits} for two tokens already known to be {@link #typoEligible}.
   *
   * @param a an eligible token
   * @param b another eligible token
   * @return as {@link #edits}
   */
  static int editsOfEligible(String a, String b) {
    assert a.length() <= MAX_TYPO_LENGTH && b.length() <= MAX_TYPO_LENGTH;
    if (a.equals(b)) {
      return 0;
    }
    int max = allowed(Math.min(a.length(), b.length()));
    if (max == 0) {
      return -1;
    }
    int d = Math.abs(a.length() - b.length()) > max ? max + 1 : osa(a, b, max);
    if (d <= max) {
      return d;
    }
    return PinyinSyllables.oneSyllableApart(a, b) ? 1 : -1; // 宝威 Baowei / 宝武 Baowu: one syllable, one typo
  }

  /** Optimal string alignment distance, giving up (returning max + 1) once every cell of a row exceeds max. */
  static int osa(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
