package org.ctpat4j.risk.screening.internal;

/**
 * The deletion neighbourhood of a token as 64-bit hashes, without building the strings: every string obtained by
 * deleting up to two letters. Two tokens within k edits share a string reachable by at most k deletions from each,
 * hence share its hash; a hash collision only adds a candidate that the exact edit check then rejects, so hashing
 * never loses a pair.
 */
final class DeletionHashes {

  private static final long P = 0x9E3779B97F4A7C15L;

  private DeletionHashes() {}

  /**
   * Hashes of the token and of its deletions up to {@code depth} (0, 1 or 2), possibly with repeats.
   *
   * @param token a token of at most {@link TokenDistance#MAX_TYPO_LENGTH} characters
   * @param depth the number of deletions
   * @return the hashes
   * @throws IllegalArgumentException if the token is longer: the neighbourhood of a token of n characters has
   *     n(n-1)/2 entries of n characters each, so it is only ever built for short tokens
   */
  static long[] of(String token, int depth) {
    int n = token.length();
    if (n > TokenDistance.MAX_TYPO_LENGTH) {
      throw new IllegalArgumentException(
          "token: deletion neighbourhoods are built for at most " + TokenDistance.MAX_TYPO_LENGTH + " characters, got "
              + n);
    }
    int count = 1 + (depth >= 1 ? n : 0) + (depth >= 2 ? n * (n - 1) / 2 : 0);
    long[] out = new long[count];
    int k = 0;
    out[k++] = hash(token, -1, -1);
    if (depth >= 1) {
      for (int i = 0; i < n; i++) {
        out[k++] = hash(token, i, -1);
      }
    }
    if (depth >= 2) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          out[k++] = hash(token, i, j);
        }
      }
    }
    return out;
  }

  private static long hash(String s, int skip1, int skip2) {
    long h = 1;
    int len = 0;
    for (int i = 0; i < s.length(); i++) {
      if (i != skip1 && i != skip2) {
        h = h * P + s.charAt(i);
        len++;
      }
    }
    h ^= len;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 29);
  }

  /** An open-addressing map from hash to vocabulary ids, built once. */
  static final class Table {
    private final long[] keys;
    private final int[][] values;
    private final boolean[] used;
    private final int mask;

    Table(long[] hashKeys, int[][] ids) {
      int capacity = Integer.highestOneBit(Math.max(4, hashKeys.length * 2 - 1)) << 1;
      keys = new long[capacity];
      values = new int[capacity][];
      used = new boolean[capacity];
      mask = capacity - 1;
      for (int k = 0; k < hashKeys.length; k++) {
        int slot = (int) hashKeys[k] & mask;
        while (used[slot]) {
          slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = hashKeys[k];
        values[slot] = ids[k];
      }
    }

    int[] get(long key) {
      int slot = (int) key & mask;
      while (used[slot]) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }
  }
}
