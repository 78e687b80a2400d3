package org.ctpat4j.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringPoolTest {

  private static String of(StringPool pool, String s) {
    char[] buffer = ("xx" + s + "yy").toCharArray();
    return pool.of(buffer, 2, s.length());
  }

  @Test
  void equalStrings_areOneObject_acrossGrowth() {
    StringPool pool = new StringPool();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      first.add(of(pool, "f" + i));
    }
    // a million distinct ids would be mostly shared too; here, the last ones read are still in the pool after it grew
    for (int i = 199_000; i < 200_000; i++) {
      assertThat(of(pool, "f" + i)).isSameAs(first.get(i)).isEqualTo("f" + i);
    }
  }

  @Test
  void differentStrings_withTheSameHash_areNeverMerged() {
    StringPool pool = new StringPool();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String a = of(pool, "Aa");
    String b = of(pool, "BB");
    assertThat(a).isEqualTo("Aa");
    assertThat(b).isEqualTo("BB");
    assertThat(of(pool, "BB")).isSameAs(b);
  }

  @Test
  void longStrings_areNotPooled_butKeptWhole() {
    StringPool pool = new StringPool();
    String longer = "n".repeat(StringPool.MAX_LENGTH + 1);
    assertThat(of(pool, longer)).isEqualTo(longer).isNotSameAs(of(pool, longer));
  }

  @Test
  void numbers_areBoxedOncePerValue_bitForBit() {
    StringPool pool = new StringPool();
    assertThat(pool.of(0.5)).isSameAs(pool.of(0.5)).isEqualTo(0.5);
    assertThat(Double.doubleToRawLongBits(pool.of(0.0))).isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(Double.doubleToRawLongBits(pool.of(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(pool.of(Double.NaN)).isNaN();
  }
}
