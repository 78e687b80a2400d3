package org.ctpat4j.risk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenDistanceTest {

  @Test
  void edits_shortTokens_mustBeEqual() {
    assertThat(TokenDistance.edits("ja", "jb")).isEqualTo(-1);
    assertThat(TokenDistance.edits("abc", "abd")).isEqualTo(-1);
    assertThat(TokenDistance.edits("abc", "abc")).isZero();
  }

  @Test
  void edits_mediumAndLongTokens_allowOneAndTwoEdits() {
    assertThat(TokenDistance.edits("daqo", "daqi")).isEqualTo(1);
    assertThat(TokenDistance.edits("zhongtai", "zhongtia")).isEqualTo(1); // adjacent swap
    assertThat(TokenDistance.edits("yaozhiyuan", "yaozhyuna")).isEqualTo(2);
    assertThat(TokenDistance.edits("zhongtai", "zhngtia")).as("7 letters allow one edit").isEqualTo(-1);
    assertThat(TokenDistance.edits("esquel", "esqulle")).isEqualTo(-1);
    assertThat(TokenDistance.edits("hoshine", "hoshinee")).isEqualTo(1);
  }

  @Test
  void edits_digitsAndHan_mustBeEqual() {
    assertThat(TokenDistance.edits("8410", "8411")).isEqualTo(-1);
    assertThat(TokenDistance.edits("合盛硅业", "合盛硅企")).isEqualTo(-1);
  }

  @Test
  void deletions_findEveryPairWithinTheAllowance() {
    Random r = new Random(11);
    for (int k = 0; k < 2000; k++) {
      String a = randomWord(r);
      String b = mutate(a, r);
      int e = TokenDistance.edits(a, b);
      if (e >= 0) {
        java.util.Set<Long> da = new java.util.HashSet<>();
        for (long h : DeletionHashes.of(a, TokenDistance.allowed(a.length()))) {
          da.add(h);
        }
        boolean shared = false;
        for (long h : DeletionHashes.of(b, TokenDistance.allowed(b.length()))) {
          shared |= da.contains(h);
        }
        assertThat(shared).as("seed 11 case %d: %s %s share a deletion", k, a, b).isTrue();
      }
    }
  }

  private static String randomWord(Random r) {
    int n = 3 + r.nextInt(9);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(4)));
    }
    return sb.toString();
  }

  private static String mutate(String s, Random r) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + r.nextInt(2);
    for (int e = 0; e < edits && sb.length() > 1; e++) {
      int i = r.nextInt(sb.length() - 1);
      switch (r.nextInt(4)) {
        case 0 -> sb.deleteCharAt(i);
        case 1 -> sb.insert(i, (char) ('a' + r.nextInt(4)));
        case 2 -> sb.setCharAt(i, (char) ('a' + r.nextInt(4)));
        default -> {
          char c = sb.charAt(i);
          sb.setCharAt(i, sb.charAt(i + 1));
          sb.setCharAt(i + 1, c);
        }
      }
    }
    return sb.toString();
  }
}
