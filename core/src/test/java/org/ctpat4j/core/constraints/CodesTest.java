package org.ctpat4j.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

  @Test
  void isCountryCode_isoCodesAndKosovo_accepted() {
    assertThat(Codes.isCountryCode("CN")).isTrue();
    assertThat(Codes.isCountryCode("US")).isTrue();
    assertThat(Codes.isCountryCode("XK")).isTrue();
    assertThat(Codes.countryCodes()).containsAll(java.util.List.of(Locale.getISOCountries())).contains("XK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cn", "CHN", "XX", "ZZ", "", " C", "UK"})
  void isCountryCode_unknownOrMalformed_rejected(String code) {
    assertThat(Codes.isCountryCode(code)).isFalse();
  }

  @Test
  void regionCode_shapeAndPrefix() {
    assertThat(Codes.isRegionCode("CN-XJ")).isTrue();
    assertThat(Codes.isRegionCode("MX-NLE")).isTrue();
    assertThat(Codes.isRegionCode("MY-10")).isTrue();
    assertThat(Codes.isRegionCode("CN-XJAB")).isFalse();
    assertThat(Codes.isRegionCode("CN_XJ")).isFalse();
    assertThat(Codes.isRegionCode("cn-xj")).isFalse();
    assertThat(Codes.isRegionCode("XX-01")).isFalse();
    assertThat(Codes.regionMatchesCountry("CN-XJ", "CN")).isTrue();
    assertThat(Codes.regionMatchesCountry("CN-XJ", "VN")).isFalse();
    assertThat(Codes.regionMatchesCountry(null, "CN")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2804", "2804.61", "280461", "8541.43.00.10", "8541430010", "5201.0010"})
  void isHsCode_validForms_accepted(String code) {
    assertThat(Codes.isHsCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"52", "520", "52-01", "2804.6", "2804.61.00.10.00", "2804..61", "2804.61.", "ABCD"})
  void isHsCode_invalidForms_rejected(String code) {
    assertThat(Codes.isHsCode(code)).isFalse();
  }

  @Test
  void isLei_knownIdentifiers_accepted() {
    // GLEIF's example LEI and Apple Inc.'s LEI
    assertThat(Codes.isLei("5493001KJTIIGC8Y1R12")).isTrue();
    assertThat(Codes.isLei("HWUPKR0MPOU8FGXBT394")).isTrue();
  }

  @Test
  void isLei_wrongCheckDigitsOrShape_rejected() {
    assertThat(Codes.isLei("5493001KJTIIGC8Y1R13")).isFalse();
    assertThat(Codes.isLei("5493001KJTIIGC8Y1R21")).isFalse();
    assertThat(Codes.isLei("5493001kjtiigc8y1r12")).isFalse();
    assertThat(Codes.isLei("5493001KJTIIGC8Y1R1")).isFalse();
    assertThat(Codes.isLei("5493001KJTIIGC8Y1RAB")).isFalse();
    assertThat(Codes.isLei(null)).isFalse();
  }

  @Test
  void leiCheckDigits_computesTheKnownDigits() {
    assertThat(Codes.leiCheckDigits("5493001KJTIIGC8Y1R")).isEqualTo("12");
    assertThat(Codes.leiCheckDigits("HWUPKR0MPOU8FGXBT3")).isEqualTo("94");
    assertThatThrownBy(() -> Codes.leiCheckDigits("short")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isLei_everySingleSubstitutionOfTheSameKind_detected() {
    // ISO 7064 MOD 97-10 detects every substitution of a digit by a digit and of a letter by a letter (a letter
    // stands for two digits, so a digit-for-letter change alters the length of the number and is not guaranteed)
    String lei = "5493001KJTIIGC8Y1R12";
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (int i = 0; i < lei.length(); i++) {
      for (char c : alphabet.toCharArray()) {
        if (c == lei.charAt(i) || Character.isDigit(c) != Character.isDigit(lei.charAt(i))) {
          continue;
        }
        String changed = lei.substring(0, i) + c + lei.substring(i + 1);
        assertThat(Codes.isLei(changed)).as(changed).isFalse();
      }
    }
  }

  @Test
  void isGln_checkDigit() {
    assertThat(Codes.isGln("0614141000005")).isTrue();
    assertThat(Codes.isGln("4006381333931")).isTrue(); // the classic EAN-13 example, same GS1 mod-10 algorithm
    assertThat(Codes.isGln("4006381333932")).isFalse();
    assertThat(Codes.isGln("400638133393")).isFalse();
    assertThat(Codes.isGln("400638133393A")).isFalse();
    assertThat(Codes.glnCheckDigit("400638133393")).isEqualTo(1);
    assertThatThrownBy(() -> Codes.glnCheckDigit("12")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isUscc_checkCharacter() {
    // the example code of GB 32100-2015 material
    assertThat(Codes.isUscc("91350100M000100Y43")).isTrue();
    assertThat(Codes.isUscc("91350100M000100Y44")).isFalse();
    assertThat(Codes.usccCheckCharacter("91350100M000100Y4")).isEqualTo('3');
    // I, O, S, V and Z are not in the alphabet
    assertThat(Codes.isUscc("91350100M000100I43")).isFalse();
    assertThat(Codes.isUscc("91350100M000100Y4")).isFalse();
    assertThatThrownBy(() -> Codes.usccCheckCharacter("9135010OM000100Y4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isUscc_remainderZero_writesZero() {
    // find a prefix whose weighted sum is a multiple of 31: its check character must be '0', not the 32nd character
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (char c : alphabet.toCharArray()) {
      String first = "9135010" + c + "M000100Y4";
      char check = Codes.usccCheckCharacter(first);
      assertThat(alphabet.indexOf(check)).isBetween(0, 30);
      assertThat(Codes.isUscc(first + check)).isTrue();
    }
  }

  @Test
  void organizationCode_checkCharacter() {
    // the organization codes embedded in two published USCCs (Shenzhen registrations): 192203821 and 71526726X
    assertThat(Codes.organizationCodeCheckCharacter("19220382")).isEqualTo('1');
    assertThat(Codes.organizationCodeCheckCharacter("71526726")).isEqualTo('X');
    assertThat(Codes.isOrganizationCode("192203821")).isTrue();
    assertThat(Codes.isOrganizationCode("71526726X")).isTrue();
    assertThat(Codes.isOrganizationCode("192203822")).isFalse();
    assertThat(Codes.isOrganizationCode("19220382")).isFalse();
    assertThat(Codes.isOrganizationCode(null)).isFalse();
    assertThatThrownBy(() -> Codes.organizationCodeCheckCharacter("1922038")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Codes.organizationCodeCheckCharacter("1922038a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void organizationCode_remainderZero_writesZero() {
    // a weighted sum that is a multiple of 11 gives 11, written 0: 0 and 1*3 + 4*2 = 11
    assertThat(Codes.organizationCodeCheckCharacter("00000000")).isEqualTo('0');
    assertThat(Codes.organizationCodeCheckCharacter("10000004")).isEqualTo('0');
    // a letter is valued 10 and up: A*2 = 20, 11 - 20 % 11 = 2
    assertThat(Codes.organizationCodeCheckCharacter("0000000A")).isEqualTo('2');
  }

  @Test
  void isSha256_andIsNotBlank() {
    assertThat(Codes.isSha256("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")).isTrue();
    assertThat(Codes.isSha256("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")).isFalse();
    assertThat(Codes.isNotBlank(" \t")).isFalse();
    assertThat(Codes.isNotBlank(" x ")).isTrue();
  }
}
