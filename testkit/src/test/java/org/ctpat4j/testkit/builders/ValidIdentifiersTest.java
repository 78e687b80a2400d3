package org.ctpat4j.testkit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidIdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"f1", "f2", "supplier-0042", "Xinjiang plant", ""})
  void generated_anyKey_passesItsOwnCheckAndFailsWhenCorrupted(String key) {
    String lei = ValidIdentifiers.lei(key);
    String gln = ValidIdentifiers.gln(key);
    String uscc = ValidIdentifiers.uscc(key);
    assertThat(lei).hasSize(20).matches("[0-9A-Z]{4}00[0-9A-Z]{12}[0-9]{2}");
    assertThat(ValidIdentifiers.isValidLei(lei)).isTrue();
    assertThat(ValidIdentifiers.isValidLei(ValidIdentifiers.withWrongCheckCharacter(lei))).isFalse();
    assertThat(gln).hasSize(13);
    assertThat(ValidIdentifiers.isValidGln(gln)).isTrue();
    assertThat(ValidIdentifiers.isValidGln(ValidIdentifiers.withWrongCheckCharacter(gln))).isFalse();
    assertThat(uscc).hasSize(18).startsWith("91310100");
    assertThat(ValidIdentifiers.isValidUscc(uscc)).isTrue();
    assertThat(ValidIdentifiers.isValidUscc(ValidIdentifiers.withWrongCheckCharacter(uscc))).isFalse();
  }

  @Test
  void isValidLei_publishedLei_isAccepted() {
    // GLEIF's own LEI (GLEIF, lei-lookup): 506700GE1G29325QX363
    assertThat(ValidIdentifiers.isValidLei("506700GE1G29325QX363")).isTrue();
    assertThat(ValidIdentifiers.isValidLei("506700GE1G29325QX364")).isFalse();
  }

  @Test
  void isValidGln_publishedGs1Example_isAccepted() {
    // GS1 General Specifications check-digit example: 629104150021 -> check digit 3
    assertThat(ValidIdentifiers.isValidGln("6291041500213")).isTrue();
    assertThat(ValidIdentifiers.isValidGln("6291041500214")).isFalse();
  }

  @Test
  void isValidUscc_publishedCodes_areAccepted() {
    // public business-registration codes of Huawei Technologies Co., Ltd. and Shenzhen Tencent Computer Systems
    assertThat(ValidIdentifiers.isValidUscc("914403001922038216")).isTrue();
    assertThat(ValidIdentifiers.isValidUscc("9144030071526726XG")).isTrue();
    assertThat(ValidIdentifiers.isValidUscc("914403001922038217")).isFalse();
  }

  @Test
  void isValidUscc_wrongLengthOrForbiddenLetter_isRejected() {
    String uscc = ValidIdentifiers.uscc("k");
    assertThat(ValidIdentifiers.isValidUscc(uscc.substring(1))).isFalse();
    assertThat(ValidIdentifiers.isValidUscc(uscc.substring(0, 17) + "I")).isFalse();
  }

  @Test
  void sameKey_givesSameIdentifiers() {
    assertThat(ValidIdentifiers.forFacility("f1", "CN", "CN-XJ"))
        .isEqualTo(ValidIdentifiers.forFacility("f1", "CN", "CN-XJ"));
    assertThat(ValidIdentifiers.forFacility("f1", "US", null).uscc()).isNull();
    assertThat(ValidIdentifiers.osId("CN", "f1")).matches("CN2024[0-9]{3}[0-9A-Z]{6}");
  }
}
