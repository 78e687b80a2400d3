package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdentifierTest {

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Test
  void constructor_separatorsAndCase_canonicalised() {
    assertThat(EntityIdentifier.lei("5493-00 1kjtiigc8y1r12").value()).isEqualTo("5493001KJTIIGC8Y1R12");
  }

  @Test
  void constructor_malformed_rejectedWithFieldName() {
    assertThatThrownBy(() -> EntityIdentifier.lei("123")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEI");
    assertThatThrownBy(() -> EntityIdentifier.uscc("91650000MA7XXXXXXO")).hasMessageContaining("USCC");
    assertThatThrownBy(() -> new EntityIdentifier(null, "x")).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2026L})
  void checkDigitValid_uscc_exactlyOneCheckCharacterPerPrefix(long seed) {
    Random random = new Random(seed);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 17; i++) {
      prefix.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
    }
    long valid = USCC_ALPHABET.chars()
        .filter(c -> EntityIdentifier.uscc(prefix.toString() + (char) c).checkDigitValid()).count();
    assertThat(valid).as("seed %d prefix %s", seed, prefix).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2026L})
  void checkDigitValid_lei_exactlyOneCheckPairPerPrefix(long seed) {
    Random random = new Random(seed);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 18; i++) {
      prefix.append("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(random.nextInt(36)));
    }
    long valid = IntStream.range(0, 100)
        .filter(k -> EntityIdentifier.lei(prefix + String.format("%02d", k)).checkDigitValid()).count();
    assertThat(valid).as("seed %d prefix %s", seed, prefix).isEqualTo(1);
  }

  @Test
  void checkDigitValid_publishedLei_true() {
    // LEI of the GLEIF Foundation itself, as published on gleif.org
    assertThat(EntityIdentifier.lei("506700GE1G29325QX363").checkDigitValid()).isTrue();
    assertThat(EntityIdentifier.lei("506700GE1G29325QX364").checkDigitValid()).isFalse();
  }
}
