package org.ctpat4j.core.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
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
}
