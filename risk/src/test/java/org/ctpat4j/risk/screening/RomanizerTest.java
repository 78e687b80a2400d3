package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import org.ctpat4j.risk.screening.internal.BundledPinyin;
import org.junit.jupiter.api.Test;

class RomanizerTest {

  /** Characters whose reading in names differs from ICU4J's single default reading, with the name that shows it. */
  private static final Map<Character, String> NAME_READINGS = Map.of(
      '长', "chang (长虹 Changhong)", '重', "chong (重庆 Chongqing)", '行', "hang (银行 bank)",
      '什', "shi (喀什 Kashi)", '勒', "le (库尔勒 Korla, Ku'erle)", '地', "di (房地产 real estate)",
      '茄', "qie (番茄 tomato)");

  @Test
  void bundled_knownCharacters_romanized() {
    assertThat(Romanizer.bundled().romanize("大全")).contains("da quan");
    assertThat(Romanizer.bundled().romanize("长虹美菱")).contains("chang hong mei ling");
  }

  @Test
  void bundled_characterOutsideTheBasicBlock_empty() {
    assertThat(Romanizer.bundled().romanize("大全\u3400")).isEmpty(); // CJK Extension A is not bundled
  }

  @Test
  void bundled_everyCharacterOfTheBasicBlockWithAReading_romanized() {
    assertThat(Romanizer.bundled().romanize("龘")).contains("da");
    assertThat(Romanizer.bundled().romanize("比广")).contains("bi guang");
    assertThat(BundledPinyin.readings()).hasSizeGreaterThan(20_000);
  }

  @Test
  void none_anything_empty() {
    assertThat(Romanizer.none().romanize("大全")).isEmpty();
    assertThat(Romanizer.none().description()).contains("none");
  }

  @Test
  void firstOf_firstFails_usesSecond() {
    Romanizer r = Romanizer.firstOf(Romanizer.none(), Romanizer.bundled());
    assertThat(r.romanize("中泰")).contains("zhong tai");
    assertThat(r.description()).contains("none").contains("bundled");
  }

  @Test
  void icu_onTestPath_romanizesEveryHanCharacter() {
    assumeThat(Romanizer.icu()).as("ICU4J is a test dependency of risk").isPresent();
    Romanizer icu = Romanizer.icu().orElseThrow();
    assertThat(fold(icu.romanize("新疆").orElseThrow())).isEqualTo("xin jiang");
    assertThat(icu.romanize("龘")).isPresent();
    assertThat(Romanizer.defaults().description()).contains("ICU4J").contains("bundled");
  }

  @Test
  void bundledTable_agreesWithIcu_exceptDocumentedNameReadings() {
    assumeThat(Romanizer.icu()).isPresent();
    Romanizer icu = Romanizer.icu().orElseThrow();
    Map<Character, String> differences = new TreeMap<>();
    BundledPinyin.readings().forEach((c, reading) -> {
      String other = fold(icu.romanize(String.valueOf(c)).orElseThrow());
      if (!other.equals(reading)) {
        differences.put(c, reading + " vs ICU " + other);
      }
    });
    assertThat(differences.keySet()).as("differences %s", differences).isEqualTo(new java.util.TreeSet<>(
        NAME_READINGS.keySet()));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
