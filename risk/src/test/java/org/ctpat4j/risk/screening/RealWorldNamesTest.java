package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ctpat4j.risk.screening.Explanation.DiscountedToken;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cases of real-world names that screening got wrong: Chinese script without ICU4J, brand names, numbers, legal
 * forms, one-word aliases and acronyms. Each list here is built in the test, so that the expectations do not depend on
 * the bundled list.
 */
class RealWorldNamesTest {

  private static EntityScreener screener(Romanizer romanizer, ScreeningEntry... entries) {
    return EntityScreener.newBuilder().entries(List.of(entries)).romanizer(romanizer).build();
  }

  private static EntityScreener screener(ScreeningEntry... entries) {
    return screener(Romanizer.bundled(), entries);
  }

  private static ScreeningEntry entry(String id, String name, String country) {
    return ScreeningEntry.newBuilder(id, name).country(country).build();
  }

  private static Optional<ScreeningLevel> level(EntityScreener s, String name, String country) {
    List<ScreeningHit> hits = s.screen(country == null ? ScreeningQuery.of(name) : ScreeningQuery.of(name, country));
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).level());
  }

  // Chinese script

  @Test
  void chineseScript_withTheBundledTableOnly_placeSuffixDoesNotGlueToTheTradeName() {
    EntityScreener s = screener(entry("b", "Shenzhen Biguang Trading Co., Ltd.", "CN"));
    assertThat(s.romanizer().description()).doesNotContain("ICU");
    assertThat(s.canonicalForm("深圳市比广贸易有限公司")).isEqualTo("shenzhen biguang trade co ltd");
    assertThat(level(s, "深圳市比广贸易有限公司", "CN")).contains(ScreeningLevel.MATCH);
  }

  @Test
  void chineseScript_industryWordsAreTranslated() {
    EntityScreener s = screener(entry("n", "China National Nuclear Corporation", "CN"),
        entry("a", "China Aerospace Science and Technology Corporation", "CN"));
    assertThat(s.canonicalForm("中国核工业集团公司")).isEqualTo("china nuclear industry group co");
    assertThat(s.canonicalForm("新疆维吾尔自治区喀什市纺织贸易有限公司")).isEqualTo("xinjiang kashgar textile trade co ltd");
    assertThat(s.screen(ScreeningQuery.of("中国航天科技集团公司", "CN")).get(0).entry().id()).isEqualTo("a");
  }

  @Test
  void chineseScript_hongKongNameMatchedThroughPinyin_isAtMostPossible() {
    EntityScreener s = screener(entry("hk", "Biguang Trading Limited", "HK"));
    assertThat(level(s, "比广贸易有限公司", "HK")).contains(ScreeningLevel.POSSIBLE);
    assertThat(s.screen(ScreeningQuery.of("比广贸易有限公司", "HK")).get(0).explanation().notes())
        .anyMatch(n -> n.contains("Cantonese"));
    assertThat(level(s, "Biguang Trading Limited", "HK")).contains(ScreeningLevel.MATCH);
  }

  @Test
  void chineseScript_traditionalCharactersMeetTheSameLexicon() {
    EntityScreener s = screener(entry("g", "Shanghai Guosheng Capital Management Co., Ltd.", "CN"));
    assertThat(s.canonicalForm("上海國盛資本管理有限公司")).isEqualTo(s.canonicalForm("上海国盛资本管理有限公司"))
        .isEqualTo("shanghai guosheng capital management co ltd");
    assertThat(level(s, "上海國盛資本管理有限公司", "CN")).contains(ScreeningLevel.MATCH);
  }

  @Test
  void chineseScript_longTradeNamesAreCutIntoWords_districtsAndSeriesNumbersAsEnglishWritesThem() {
    EntityScreener s = screener(entry("n", "Nanjing Heli Guoxin Zhixin Equity Investment Partnership", "CN"));
    assertThat(s.canonicalForm("南京和利國信智芯股權投資合夥企業")).startsWith("nanjing heli guoxin zhixin equity investment");
    assertThat(s.canonicalForm("沄知芯")).isEqualTo("yunzhixin");
    assertThat(s.canonicalForm("青島市李滄區政府")).isEqualTo("qingdao licang government");
    assertThat(s.canonicalForm("康曼德112號私募基金")).isEqualTo("kangmande no 112 private fund");
    assertThat(s.canonicalForm("策源二號")).isEqualTo("ceyuan no 2");
    assertThat(s.canonicalForm("元利三期")).isEqualTo("yuanli phase 3");
    assertThat(s.canonicalForm("大零號灣")).isEqualTo("daling haowan"); // 零号 is a name, not "No. 0"
    assertThat(level(s, "南京和利國信智芯股權投資合夥企業", "CN")).isPresent();
  }

  @Test
  void chineseScript_aWordLeftOverOnEachSideMayBeATranslation_acrossScriptsOnly() {
    EntityScreener s = screener(entry("z", "Zhonghe Capital Cultivation 8 Private Securities Investment Fund", "CN"));
    ScreeningHit hit = s.screen(ScreeningQuery.of("中和資本耕耘8號私募證券投資基金", "CN")).get(0);
    assertThat(hit.explanation().notes()).anyMatch(n -> n.contains("different scripts"));
    assertThat(s.screen(ScreeningQuery.of("Zhonghe Capital Gengyun 8 Private Securities Investment Fund", "CN")))
        .allSatisfy(h -> assertThat(h.explanation().notes()).noneMatch(n -> n.contains("different scripts")));
  }

  @Test
  void namesWithoutADistinctiveWord_thatDifferInPlace_areNotFlagged() {
    EntityScreener s = screener(
        entry("sh", "State-owned Assets Supervision and Administration Commission of Minhang District of Shanghai", "CN"));
    assertThat(level(s, "上海市國有資產監督管理委員會", "CN")).isEmpty();
    assertThat(level(s, "State-owned Assets Supervision and Administration Commission of Shanghai", "CN")).isEmpty();
    assertThat(level(s, "上海市閔行區國有資產監督管理委員會", "CN")).contains(ScreeningLevel.MATCH);
  }

  // brand names

  @ParameterizedTest
  @CsvSource({"Hikvision, Hangzhou Hikvision Digital Technology Co., Ltd.", "Hoshine, Hoshine Silicon Industry"
      + " (Shanshan) Co., Ltd.", "Daqo, Xinjiang Daqo New Energy Co., Ltd.", "DJI, SZ DJI Technology Co., Ltd."})
  void brandName_isPossible_andMatchWhenTheCountryAgreesAndTheBrandIsRare(String brand, String listed) {
    EntityScreener s = screener(entry("x", listed, "CN"), entry("other", "Xinjiang Great New Energy Co., Ltd.", "CN"));
    assertThat(level(s, brand, null)).contains(ScreeningLevel.POSSIBLE);
    assertThat(level(s, brand, "CN")).contains(ScreeningLevel.MATCH);
    assertThat(s.screen(ScreeningQuery.of(brand, "CN")).get(0).explanation().notes())
        .anyMatch(n -> n.contains("brand"));
  }

  @Test
  void brandName_sharedByTwoListedEntities_staysPossible() {
    EntityScreener s = screener(entry("a", "Xinjiang Daqo New Energy Co., Ltd.", "CN"),
        entry("b", "Daqo New Energy Corp.", "CN"));
    assertThat(s.screen(ScreeningQuery.of("Daqo", "CN"))).hasSize(2)
        .allSatisfy(h -> assertThat(h.level()).isEqualTo(ScreeningLevel.POSSIBLE));
  }

  // numbers and ordinals

  @ParameterizedTest
  @CsvSource({"CCCC Third Navigation Engineering Bureau, CCCC Second Navigation Engineering Bureau",
      "14th Research Institute of CETC, 15th Research Institute of CETC",
      "Sunrise Mortgage Trust 2005, Sunrise Mortgage Trust 2006",
      "Carlyle Partners VII L.P., Carlyle Partners VIII L.P."})
  void differentNumbers_neverMatch(String query, String listed) {
    EntityScreener s = screener(entry("x", listed, "CN"));
    assertThat(level(s, query, "CN")).isNotEqualTo(Optional.of(ScreeningLevel.MATCH));
    assertThat(level(s, listed, "CN")).contains(ScreeningLevel.MATCH);
  }

  @Test
  void ordinals_writtenInDigitsWordsOrChinese_areOneToken() {
    EntityScreener s = screener(entry("x", "Second Navigation Engineering Bureau", "CN"));
    assertThat(s.canonicalForm("2nd Navigation")).isEqualTo(s.canonicalForm("Second Navigation"))
        .isEqualTo(s.canonicalForm("第二 Navigation")).isEqualTo("2 navigation");
    assertThat(s.canonicalForm("Brigade Forty-Four")).isEqualTo(s.canonicalForm("Brigade 44"));
    assertThat(level(s, "2nd Navigation Engineering Bureau", "CN")).contains(ScreeningLevel.MATCH);
  }

  // legal forms

  @Test
  void legalForms_ofDifferentKinds_areNotAMatch() {
    EntityScreener s = screener(entry("x", "Deutsche Bank GmbH", "DE"));
    ScreeningHit hit = s.screen(ScreeningQuery.of("Deutsche Bank AG", "DE")).get(0);
    assertThat(hit.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(hit.explanation().notes()).anyMatch(n -> n.contains("legal forms of different kinds (ag / gmbh)"));
  }

  @Test
  void legalForms_fromGleif_areDiscountedAtTheEndsOfAName() {
    EntityScreener s = screener(entry("x", "FABERLIC EUROPE Sp. z o.o.", "PL"));
    ScreeningHit hit = s.screen(ScreeningQuery.of("Faberlic Europe", "PL")).get(0);
    assertThat(hit.explanation().discounted()).contains(new DiscountedToken("spzoo", TokenClass.LEGAL_FORM));
    assertThat(hit.level()).isEqualTo(ScreeningLevel.MATCH);
    assertThat(s.canonicalForm("Societate cu raspundere limitata Pro Traffic")).isEqualTo("srl pro traffic");
    assertThat(s.canonicalForm("Bank Trust")).isEqualTo("bank trust"); // words, not forms, inside a name
  }

  @Test
  void corps_isNotTheLegalFormCorp() {
    EntityScreener s = screener(entry("x", "Xinjiang Production and Construction Corps", "CN"));
    assertThat(s.canonicalForm("Xinjiang Production and Construction Corps")).endsWith("corps");
    ScreeningHit hit = s.screen(ScreeningQuery.of("Xinjiang Production and Construction Corp", "CN")).get(0);
    assertThat(hit.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(hit.explanation().unmatchedListTokens()).contains("corps");
  }

  // localities and aliases

  @Test
  void oneWordAlias_needsTheCountryToo() {
    ScreeningEntry esquel = ScreeningEntry.newBuilder("esquel", "Esquel Group").alias("Yida").country("CN").build();
    EntityScreener s = screener(esquel);
    assertThat(level(s, "Yida Garment (Cambodia) Co., Ltd.", "KH")).isEmpty();
    assertThat(level(s, "Yida Garment Co., Ltd.", "CN")).isPresent();
    assertThat(level(s, "Esquel Group", "KH")).contains(ScreeningLevel.MATCH);
  }

  @Test
  void aLocalityThatIsPartOfAListedName_countsForThatName() {
    EntityScreener s = screener(entry("fashion", "Huafu Fashion Co., Ltd.", "CN"),
        entry("aksu", "Aksu Huafu Color Spinning Co., Ltd.", "CN"));
    List<ScreeningHit> hits = s.screen(ScreeningQuery.of("Huafu Fashion Aksu", "CN"));
    assertThat(hits).extracting(h -> h.entry().id()).contains("aksu");
    assertThat(hits.stream().filter(h -> h.entry().id().equals("aksu")).findFirst().orElseThrow().level())
        .isIn(ScreeningLevel.POSSIBLE, ScreeningLevel.MATCH);
  }

  @Test
  void oneSyllablePinyinTypo_getsTypoCredit_butNotASyllableOfAnotherInitial() {
    EntityScreener s = screener(entry("baowu", "China Baowu Steel Group Corporation Limited", "CN"),
        entry("huawei", "Huawei Technologies Co., Ltd.", "CN"));
    ScreeningHit hit = s.screen(ScreeningQuery.of("China Baowei Steel Group Corporation Limited", "CN")).get(0);
    assertThat(hit.entry().id()).isEqualTo("baowu");
    assertThat(hit.explanation().matches())
        .anyMatch(m -> m.kind() == Explanation.MatchKind.TYPO && m.listToken().equals("baowu"));
    assertThat(s.screen(ScreeningQuery.of("Huafu Technologies Co., Ltd.", "CN")))
        .noneMatch(h -> h.entry().id().equals("huawei") && h.level() == ScreeningLevel.MATCH);
  }

  // acronyms

  @ParameterizedTest
  @CsvSource({"XPCC, Xinjiang Production and Construction Corps", "PLA, People's Liberation Army",
      "PLA China, People’s Liberation Army"})
  void acronym_ofAListedName_isPossible(String acronym, String listed) {
    EntityScreener s = screener(entry("x", listed, "CN"));
    ScreeningHit hit = s.screen(ScreeningQuery.of(acronym)).get(0);
    assertThat(hit.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(hit.explanation().notes()).anyMatch(n -> n.contains("initials"));
    assertThat(s.screen(ScreeningQuery.of("ABC"))).isEmpty();
  }
}
