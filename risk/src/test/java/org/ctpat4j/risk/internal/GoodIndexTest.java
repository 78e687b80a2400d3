package org.ctpat4j.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ILAB good of a material: the HS code decides; keywords only name whole goods (issue 12, item 6). */
class GoodIndexTest {

  private static final GoodIndex INDEX = GoodIndex.of(ReferenceData.bundled());

  private static List<String> goods(String name, String hs) {
    return INDEX.lookup(new Material("m", name, hs)).stream().map(GoodMapping::ilabGood).toList();
  }

  @ParameterizedTest(name = "{0} (HS {1}) -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Raw cotton, ginned, 3% trash       | 5201.00    | Cotton",
      "Combed cotton yarn Ne 40/1         | 5205.26    | Thread/Yarn",
      "Cotton yarn                        | 5205       | Thread/Yarn",
      "Polysilicon chunks, solar grade    | 2804.61    | Polysilicon",
      "Fresh tomatoes                     | 0702.00    | Tomatoes",
      "Triple concentrated tomato paste   | 2002.90    | Tomato Products",
      "Solar modules 410 W mono PERC      | 8541.43    | Solar Modules"})
  void lookup_realHsCode_decides(String name, String hs, String good) {
    assertThat(goods(name.strip(), hs.strip())).containsExactly(good.strip());
  }

  @Test
  void lookup_cottonTowelsWithHs6302_areNotRawCotton() {
    assertThat(goods("100% cotton terry towels", "6302.60")).isEmpty();
    assertThat(goods("Cotton bed sheets, percale 200 TC", "6302.31")).isEmpty();
  }

  @Test
  void lookup_hsCodeWinsOverAMisleadingName() {
    // a yarn spinner's material named after its fibre: the code says yarn, not the raw good
    assertThat(goods("Xinjiang long-staple cotton", "5205.12")).containsExactly("Thread/Yarn");
  }

  @Test
  void lookup_hsCodeWithoutMappedHeading_doesNotFallBackToKeywords() {
    // HS 5208 is mapped, 6302 is not: a towel keeps no ILAB good even though its name says cotton
    assertThat(INDEX.lookupHs(new Material("m", "Cotton towels", "630260"))).isEmpty();
    assertThat(goods("Cotton towels", "630260")).doesNotContain("Cotton");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Raw cotton                         | Cotton",
      "Organic cotton lint (bales)        | Cotton",
      "Cotton yarn 40s combed             | Thread/Yarn",
      "Polysilicon chunks                 | Polysilicon",
      "Tomato paste, 28-30 Brix           | Tomato Products",
      "Fresh tomatoes                     | Tomatoes"})
  void lookup_withoutHsCode_keywordNamesTheWholeGood(String name, String good) {
    assertThat(goods(name.strip(), null)).containsExactly(good.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Cotton towels",
      "Cotton bed sheets",
      "Bath towels made of cotton",
      "Tomato harvesting crates"})
  void lookup_withoutHsCode_qualifierIsNotTheGood(String name) {
    assertThat(goods(name, null)).doesNotContain("Cotton", "Tomatoes");
  }

  @Test
  void lookup_keywordOnlyRow_refinesASharedHeading() {
    // rubies have no heading of their own: HS 7103 gives Gems, the name adds Rubies
    assertThat(goods("Rough rubies", "7103.10")).containsExactly("Gems", "Rubies");
    assertThat(goods("Monocrystalline silicon ingot", "3818.00")).containsExactly("Photovoltaic Wafers",
        "Photovoltaic Ingots");
  }

  @Test
  void wholeGood_cutsQualifiersAndSpecifications() {
    assertThat(GoodIndex.wholeGood("Cotton yarn 40s combed")).isEqualTo("cotton yarn");
    assertThat(GoodIndex.wholeGood("Polysilicon (99.9999%) chunks")).isEqualTo("polysilicon");
    assertThat(GoodIndex.wholeGood("Towels of cotton")).isEqualTo("towels");
    assertThat(GoodIndex.wholeGood("Cotton bed sheets")).isEqualTo("cotton bed sheets");
  }
}
