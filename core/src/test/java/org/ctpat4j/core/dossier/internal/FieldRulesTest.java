package org.ctpat4j.core.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Training;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  @Test
  void aComponentIsFound_whetherItsNameIsTheInternedLiteralOrAnEqualCopy() {
    FieldRules link = FieldRules.of(Link.class);
    String copy = new String(new char[] {'s', 'h', 'a', 'r', 'e'});
    assertThat(copy).isNotSameAs("share");
    assertThat(link.rule(copy)).isSameAs(link.rule("share"));
    assertThat(link.rule("share").accepts(0.5)).isTrue();
    assertThat(link.rule(copy).accepts(1.5)).isFalse();
    assertThat(FieldRules.of(Facility.class).rule("country").accepts("CN")).isTrue();
    assertThat(FieldRules.of(Facility.class).rule("country").accepts("XX")).isFalse();
  }

  @Test
  void anUnknownComponent_isAnError_namingTheKnownOnes() {
    assertThatThrownBy(() -> FieldRules.of(Link.class).rule("weight"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight")
        .hasMessageContaining("material");
  }

  /**
   * Numbers are compared as doubles when the bounds allow it; the answer must be that of comparing their decimal form,
   * as the rule says, for every double near and between the bounds. Replay with {@code -Dctpat4j.seed=...}.
   */
  @Test
  void aNumberIsInRange_exactlyWhenItsDecimalFormIs() {
    long seed = Long.getLong("ctpat4j.seed", 2026_12_02L);
    Random random = new Random(seed);
    List<Double> shares = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1.0,
        Math.nextUp(1.0), Math.nextDown(1.0), Math.nextUp(0.0), 0.5, 1e-300, 2.0, -1.0, Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 0.9999999999999999, 1.0000000000000002));
    for (int i = 0; i < 20_000; i++) {
      shares.add(random.nextDouble() * 3 - 1);
      shares.add(Double.longBitsToDouble(random.nextLong()));
      shares.add(1.0 + (random.nextInt(21) - 10) * Math.ulp(1.0));
    }
    FieldRules.Rule share = FieldRules.of(Link.class).rule("share");
    for (double d : shares) {
      boolean expected = Double.isFinite(d) && new BigDecimal(Double.toString(d)).signum() > 0
          && new BigDecimal(Double.toString(d)).compareTo(BigDecimal.ONE) <= 0;
      assertThat(share.accepts(d)).as("share %s (seed %d)", d, seed).isEqualTo(expected);
    }
    FieldRules.Rule tier = FieldRules.of(Membership.class).rule("tier");
    FieldRules.Rule participants = FieldRules.of(Training.class).rule("participants");
    for (int v : new int[] {Integer.MIN_VALUE, -1, 0, 1, 2, 3, 4, Integer.MAX_VALUE}) {
      assertThat(tier.accepts(v)).as("tier %d", v).isEqualTo(v >= 1 && v <= 3);
      assertThat(participants.accepts(v)).as("participants %d", v).isEqualTo(v >= 1);
    }
  }
}
