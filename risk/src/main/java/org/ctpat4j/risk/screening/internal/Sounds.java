package org.ctpat4j.risk.screening.internal;

/**
 * The consonant skeleton of a word, to compare a Chinese trade name in pinyin with an English brand made to sound
 * like it (康曼德 kangmande / Commando, 梅卡曼德 meikamande / Mech-Mind): lower-case letters only; c before e, i or y
 * as s, other c, ch, k, q and ck as k; zh and j as j; sh, x and z as s; ph as f; ng before a consonant and at the end
 * as n, ng before another consonant dropped (kang-man as k-m); vowels, h, w and y dropped; a repeated
 * consonant once. Deterministic and stateless.
 */
public final class Sounds {

  /** The fewest consonants a skeleton must have to be compared: shorter ones (l-n-s: Lens, Lines, Lanxi) collide. */
  public static final int MIN_CONSONANTS = 4;

  private Sounds() {}

  /**
   * The skeleton of a word.
   *
   * @param word a lower-case token
   * @return its skeleton, possibly empty
   */
  public static String skeleton(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      char next = i + 1 < n ? word.charAt(i + 1) : ' ';
      char out;
      switch (c) {
        case 'c' -> {
          if (next == 'h' || next == 'k') {
            i++;
            out = 'k';
          } else {
            out = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
          }
        }
        case 'k', 'q' -> out = 'k';
        case 'z' -> {
          if (next == 'h') {
            i++;
            out = 'j';
          } else {
            out = 's';
          }
        }
        case 's' -> {
          if (next == 'h') {
            i++;
          }
          out = 's';
        }
        case 'p' -> {
          if (next == 'h') {
            i++;
            out = 'f';
          } else {
            out = 'p';
          }
        }
        case 'x' -> out = 's';
        case 'n' -> {
          if (next == 'g' && (i + 2 >= n || !vowel(word.charAt(i + 2)))) {
            i++;
            out = 'N'; // ng: dropped below when a consonant follows
          } else {
            out = 'n';
          }
        }
        case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w' -> out = 0;
        default -> out = c >= 'a' && c <= 'z' ? c : 0;
      }
      if (out != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != out)) {
        sb.append(out);
      }
    }
    // ng before another consonant is dropped (kang-man as k-m, like com-mando); elsewhere it is n
    StringBuilder out = new StringBuilder(sb.length());
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (c == 'N') {
        if (i + 1 < sb.length()) {
          continue;
        }
        c = 'n';
      }
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
