package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ctpat4j.risk.screening.Explanation.CountryEffect;
import org.ctpat4j.risk.screening.Explanation.MatchKind;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityScreenerTest {

  private static final EntityScreener UFLPA = EntityScreener.newBuilder().entries(UflpaTestList.entries()).build();

  private static final ScreeningEntry HOSHINE = ScreeningEntry.newBuilder("t-1",
          "Hoshine Silicon Industry (Shanshan) Co., Ltd.")
      .alias("合盛硅业（鄯善）有限公司").country("CN").build();

  private static ScreeningHit only(List<ScreeningHit> hits, String id) {
    assertThat(hits).as("hits %s", hits).anyMatch(h -> h.entry().id().equals(id));
    return hits.stream().filter(h -> h.entry().id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * The hit of a query on entry {@code id}, asserted POSSIBLE with a note that says {@code note}, and the blocked screen
   * asserted equal to the all-pairs one.
   */
  private static ScreeningHit possibleSaying(EntityScreener screener, ScreeningQuery query, String id, String note) {
    ScreeningHit hit = only(screener.screen(query), id);
    assertThat(hit.level()).as(hit.toString()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(hit.explanation().notes()).as(hit.toString()).anyMatch(n -> n.contains(note));
    assertThat(screener.screen(query)).isEqualTo(screener.screenAllPairs(query));
    return hit;
  }

  /** Asserts that a name raises nothing, blocked or through all pairs. */
  private static void assertNoHit(EntityScreener screener, String name) {
    ScreeningQuery query = ScreeningQuery.of(name);
    assertThat(screener.screen(query)).as(name).isEmpty();
    assertThat(screener.screenAllPairs(query)).as(name).isEmpty();
  }

  private static String idOf(String listedName) {
    return UflpaTestList.entries().stream().filter(e -> e.name().equals(listedName)).findFirst().orElseThrow().id();
  }

  @Test
  void screen_aliasOfListedPolysiliconProducer_matchesDaqoThroughTheAlias() {
    ScreeningHit hit = only(UFLPA.screen(ScreeningQuery.of("Xinjiang Great New Energy Co., Ltd.", "CN")),
        idOf("Xinjiang Daqo New Energy Co., Ltd."));
    assertThat(hit.level()).isEqualTo(ScreeningLevel.MATCH);
    assertThat(hit.matchedName()).isEqualTo("Xinjiang Great New Energy Co., Ltd.");
    assertThat(hit.score()).isEqualTo(1.0);
  }

  @Test
  void screen_chineseNameCutAsTheListCutsIt_isFound_andAMeaningReadOnlyGivesPossible() {
    EntityScreener spelledList = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("spelled", "Xinghaiwan Tong Trading Co., Ltd.").build())).build();
    ScreeningHit spelled = only(spelledList.screen(ScreeningQuery.of("星海湾通贸易有限公司")), "spelled");
    assertThat(spelled.level()).isEqualTo(ScreeningLevel.MATCH);
    assertThat(spelled.explanation().notes()).anyMatch(n -> n.contains("'xinghaiwan tong trade co ltd'"));
    EntityScreener translatedList = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("translated", "Xinghai Bay Trading Co., Ltd.").build())).build();
    ScreeningHit translated = only(translatedList.screen(ScreeningQuery.of("星海湾贸易有限公司")), "translated");
    assertThat(translated.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(translated.explanation().notes()).anyMatch(n -> n.contains("湾 bay read by its English meaning"))
        .anyMatch(n -> n.contains("at most POSSIBLE"));
    assertThat(translatedList.screen(ScreeningQuery.of("星海湾贸易有限公司")))
        .isEqualTo(translatedList.screenAllPairs(ScreeningQuery.of("星海湾贸易有限公司")));
    assertThat(translatedList.screen(ScreeningQuery.of("星海贸易有限公司"))).as("湾 is what the list reads as Bay")
        .allSatisfy(h -> assertThat(h.level()).isEqualTo(ScreeningLevel.POSSIBLE));
  }

  @Test
  void screen_chineseBrandOrTranslatedWord_isFoundThroughTheCcCedictWords_asPossibleAtMost() {
    org.junit.jupiter.api.Assumptions.assumeFalse("none".equals(System.getProperty("ctpat4j.chineseWords")),
        "the risk module's run without ctpat4j-cedict (execution risk-alone, when -Dtest names this class)");
    EntityScreener list = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("vanke", "China Vanke Co., Ltd.").build(),
        ScreeningEntry.newBuilder("lenovo", "Lenovo Group Limited").build(),
        ScreeningEntry.newBuilder("huajin", "North Huajin Chemical Industries Co., Ltd").build())).build();
    ScreeningHit vanke = only(list.screen(ScreeningQuery.of("万科企业股份有限公司")), "vanke");
    assertThat(vanke.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(vanke.explanation().notes()).anyMatch(n -> n.contains("万科 vanke read by its English meaning")
        && n.contains("CC-CEDICT"));
    ScreeningHit lenovo = only(list.screen(ScreeningQuery.of("聯想集團有限公司")), "lenovo");
    assertThat(lenovo.level()).as("traditional script folds first").isEqualTo(ScreeningLevel.POSSIBLE);
    ScreeningHit huajin = only(list.screen(ScreeningQuery.of("北方华锦化学工业股份有限公司")), "huajin");
    assertThat(huajin.level()).as("spelled Huajin and translated North: still a reading by meaning")
        .isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(huajin.explanation().notes()).anyMatch(n -> n.contains("北方 north"))
        .anyMatch(n -> n.contains("at most POSSIBLE"));
    assertThat(list.screen(ScreeningQuery.of("万科企业股份有限公司")))
        .isEqualTo(list.screenAllPairs(ScreeningQuery.of("万科企业股份有限公司")));
    assertThat(list.screen(ScreeningQuery.of("联华集团有限公司"))).as("another trade name raises nothing").isEmpty();
    // on the bundled UFLPA Entity List: Camel Group (lead-acid batteries, listed 2023-08-02), registered in Chinese
    // as 骆驼集团股份有限公司, whose trade name 骆驼 is the word for camel
    EntityScreener uflpa = EntityScreener.newBuilder().entries(UflpaTestList.entriesAsPublished()).build();
    List<ScreeningHit> camel = uflpa.screen(ScreeningQuery.of("骆驼集团股份有限公司"));
    assertThat(camel).isNotEmpty();
    assertThat(camel.get(0).matchedName()).isEqualTo("Camel Group Co., Ltd.");
    assertThat(camel.get(0).level()).isEqualTo(ScreeningLevel.POSSIBLE);
    // the corps that a Withhold Release Order names: 生产 production and 建设 construction are business words of the
    // lexicon, 兵团 corps a word of CC-CEDICT
    EntityScreener xpcc = EntityScreener.newBuilder().entries(List.of(ScreeningEntry.newBuilder("xpcc",
        "Xinjiang Production and Construction Corps").build())).build();
    ScreeningHit corps = only(xpcc.screen(ScreeningQuery.of("新疆生产建设兵团")), "xpcc");
    assertThat(corps.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(corps.explanation().notes()).anyMatch(n -> n.contains("兵团 corps"));
  }

  @Test
  void screen_chineseTradeNameSpelledInTheEnglishName_isPossibleAtMost_whateverTheBusinessWords() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("ganfeng", "Ganfeng Lithium Group Co., Ltd.").country("CN").build(),
        ScreeningEntry.newBuilder("shuanghuan", "Zhejiang Shuanghuan Driveline Co., Ltd.").build(),
        // "eye" cuts into the pinyin syllables e-ye, but it is an English word, not a second word of the trade name
        ScreeningEntry.newBuilder("minghui", "Zhejiang Minghui Eye Hospital Co., Ltd.").build())).build();
    for (String[] pair : new String[][] {{"江西赣锋锂业集团股份有限公司", "ganfeng"}, {"浙江双环传动机械股份有限公司", "shuanghuan"},
        {"浙江明辉眼科医院有限公司", "minghui"}}) {
      // 锂业 liye / Lithium and 传动机械 / Driveline are not compared: the trade name alone is never a MATCH, even in
      // the listed entity's country
      possibleSaying(screener, ScreeningQuery.of(pair[0], "CN"), pair[1], "the trade name '" + pair[1] + "'");
    }
  }

  @Test
  void screen_englishNameInWadeGiles_isFoundThroughTheSecondReading_andIsPossibleAtMost() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        // as the Shenzhen Stock Exchange lists 000413
        ScreeningEntry.newBuilder("tunghsu", "Tunghsu Optoelectronic Technology Co., Ltd.").country("CN").build(),
        ScreeningEntry.newBuilder("tatung", "Tatung Company").country("TW").build()))
        .build();
    ScreeningHit hit = possibleSaying(screener, ScreeningQuery.of("东旭光电科技股份有限公司", "CN"), "tunghsu",
        "东旭 tunghsu spelled in Wade-Giles");
    assertThat(hit.explanation().notes()).as(hit.toString())
        .anyMatch(n -> n.contains("a match through it is at most POSSIBLE"));
    assertThat(screener.screen(ScreeningQuery.of("东海光电科技股份有限公司"))).as("another trade name").isEmpty();
    // Tatung Company of Taipei, 大同股份有限公司
    possibleSaying(screener, ScreeningQuery.of("大同股份有限公司", "TW"), "tatung", "大同 tatung spelled in Wade-Giles");
  }

  @Test
  void screen_chineseTradeNameSpelledInWadeGiles_isPossibleAtMost_whateverTheBusinessWords() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        // as the Shenzhen Stock Exchange lists 000040: 蓝天 (blue sky) is Azure, 新能源 (new energy) Renewable Energy
        ScreeningEntry.newBuilder("azure", "Tunghsu Azure Renewable Energy Co., Ltd.").country("CN").build(),
        ScreeningEntry.newBuilder("zhejiang", "Zhejiang Tatung Driveline Co., Ltd.").build(),
        ScreeningEntry.newBuilder("two-words", "Hsinkuang Meiling Co., Ltd.").build(),
        ScreeningEntry.newBuilder("fund", "Tunghsu Capital Management Co., Ltd.").build())).build();
    possibleSaying(screener, ScreeningQuery.of("东旭蓝天新能源股份有限公司", "CN"), "azure",
        "'tunghsu' is the trade name 'dongxu' of the Chinese name spelled in Wade-Giles");
    assertNoHit(screener, "江苏大同传动机械股份有限公司"); // another province
    assertNoHit(screener, "新光制造有限公司"); // the listed trade name has a second word in pinyin, which is missing
    assertNoHit(screener, "东旭投资管理有限公司"); // investment vehicles of one family share a name
  }

  @Test
  void screen_chineseNameWhoseEnglishNameSpellsItInCantonese_isFound_andIsPossibleAtMost() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        // English names as the companies publish them; the Chinese names as their Hong Kong listings give them
        ScreeningEntry.newBuilder("hanglung", "Hang Lung Properties Limited").country("HK").build(),
        ScreeningEntry.newBuilder("ck", "Cheung Kong (Holdings) Limited").country("HK").build(),
        ScreeningEntry.newBuilder("css", "Chow Sang Sang Holdings International Limited").country("HK").build(),
        // as the Shenzhen Stock Exchange lists 002512, 福州达华智能科技股份有限公司
        ScreeningEntry.newBuilder("tatwah", "TATWAH SMARTECH CO., LTD").country("CN").build())).build();
    ScreeningHit hit = possibleSaying(screener, ScreeningQuery.of("周生生集團國際有限公司", "HK"), "css",
        "周生生 chow sang sang spelled in Cantonese as Hong Kong names write it");
    assertThat(hit.explanation().notes()).as("same words, same country: capped")
        .anyMatch(n -> n.contains("a match through it is at most POSSIBLE"));
    possibleSaying(screener, ScreeningQuery.of("長江實業（集團）有限公司", "HK"), "ck", "长江 cheungkong");
    possibleSaying(screener, ScreeningQuery.of("恒隆地產有限公司", "HK"), "hanglung",
        "'hang lung' is the trade name 'henglong' of the Chinese name spelled in Cantonese");
    possibleSaying(screener, ScreeningQuery.of("福州达华智能科技股份有限公司", "CN"), "tatwah",
        "'tatwah' is the trade name 'dahua' of the Chinese name spelled in Cantonese");
    assertThat(screener.screen(ScreeningQuery.of("恒通地產有限公司", "HK"))).as("another trade name").isEmpty();
  }

  @Test
  void screen_chineseTradeNameSpelledInCantonese_isPossibleAtMost_withTheTradeNameRulesConditions() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("place", "Shenzhen Hang Lung Properties Co., Ltd.").build(),
        ScreeningEntry.newBuilder("two-words", "Tatwah Meiling Co., Ltd.").build(),
        ScreeningEntry.newBuilder("fund", "Tatwah Capital Management Limited").build())).build();
    possibleSaying(screener, ScreeningQuery.of("深圳恒隆贸易有限公司"), "place", "spelled in Cantonese");
    assertNoHit(screener, "福州恒隆贸易有限公司"); // another city
    assertNoHit(screener, "达华制造有限公司"); // the listed trade name has a second word in pinyin, which is missing
    assertNoHit(screener, "达华投资管理有限公司"); // investment vehicles of one family share a name
  }

  @Test
  void screen_englishNameWritingTheSyllablesApart_isFoundThroughTheSecondReading() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        // as the Shenzhen Stock Exchange lists 000088, 深圳市盐田港股份有限公司
        ScreeningEntry.newBuilder("yantian", "SHENZHEN YAN TIAN PORT HOLDINGS CO.,LTD").country("CN").build())).build();
    possibleSaying(screener, ScreeningQuery.of("深圳市盐田港股份有限公司", "CN"), "yantian",
        "the Chinese name read as 'shenzhen yan tian port");
    assertNoHit(screener, "深圳市田盐港股份有限公司"); // the syllables in another order
  }

  @Test
  void screen_cantoneseSpellingThatIsAlsoPinyin_isNotTaken() {
    // 康泰 hong tai in Cantonese is the pinyin of 宏泰, and one letter from Zhongtai: no alarm on either listed name
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("hongtai", "China Cotton Group Nangong Hongtai Cotton Co., Ltd.").build(),
        ScreeningEntry.newBuilder("zhongtai", "Xinjiang Zhongtai Chemical Co. Ltd.").build())).build();
    assertNoHit(screener, "天津康泰化工有限公司");
  }

  @Test
  void screen_chineseTradeNameOfTwoWords_theFirstTranslatedTheSecondSpelled_isPossibleAtMost() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        // names as the Shenzhen Stock Exchange lists them (000301, 000403): 东方 dongfang / Eastern, 派斯 / Pacific
        ScreeningEntry.newBuilder("shenghong", "Jiangsu Eastern Shenghong Co.,Ltd.").build(),
        ScreeningEntry.newBuilder("shuanglin", "Pacific Shuanglin Bio-pharmacy Co., LTD").build(),
        ScreeningEntry.newBuilder("hongyuan", "Hongyuan Green Energy Co., Ltd.").build())).build();
    possibleSaying(screener, ScreeningQuery.of("江苏东方盛虹股份有限公司"), "shenghong", "the trade name 'shenghong'");
    possibleSaying(screener, ScreeningQuery.of("派斯双林生物制药股份有限公司"), "shuanglin", "the trade name 'shuanglin'");
    // 申万宏源 shenwan hongyuan: the listed name has no word before "Hongyuan" that could translate "shenwan"
    assertNoHit(screener, "申万宏源集团股份有限公司");
  }

  @Test
  void screen_chineseTradeNameRule_needsTwoSyllablesOnePlaceAWholeTradeNameAndNoFundFamily() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("zhejiang", "Zhejiang Shuanghuan Driveline Co., Ltd.").build(),
        ScreeningEntry.newBuilder("two-words", "Changhong Meiling Co., Ltd.").build(),
        ScreeningEntry.newBuilder("fund", "Shanghai Guosheng (Group) Co., Ltd.").build(),
        ScreeningEntry.newBuilder("short", "Feng Lithium Co., Ltd.").build())).build();
    // another province: two companies of one trade name
    assertThat(screener.screen(ScreeningQuery.of("江苏双环传动机械股份有限公司"))).isEmpty();
    // the listed trade name is two words of pinyin, and the supplier has only one of them
    assertThat(screener.screen(ScreeningQuery.of("广州市长虹制造有限公司"))).isEmpty();
    // a capital manager and the group of its name: investment vehicles of one family share a trade name
    assertThat(screener.screen(ScreeningQuery.of("上海国盛资本管理有限公司"))).isEmpty();
    // one syllable is too common a word to stand for a company
    assertThat(screener.screen(ScreeningQuery.of("江西锋科技有限公司"))).isEmpty();
    // the rule reads Chinese script only: the same words in pinyin are compared word by word
    assertThat(screener.screen(ScreeningQuery.of("Jiangsu Shuanghuan Chuandong Jixie Co., Ltd."))).isEmpty();
  }

  @Test
  void screen_chineseNameSoundingLikeAnEnglishBrand_isPossibleAndSaysWhy() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("brand", "Commando Trading Co., Ltd.").build())).build();
    ScreeningQuery query = ScreeningQuery.of("康曼德贸易有限公司");
    ScreeningHit hit = only(screener.screen(query), "brand");
    assertThat(hit.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(hit.explanation().notes()).anyMatch(n -> n.contains("康曼德 commando read as an English word"));
    assertThat(screener.screen(query)).isEqualTo(screener.screenAllPairs(query));
    assertThat(screener.screen(ScreeningQuery.of("康明德贸易有限公司"))).as("another sound").isEmpty();
  }

  @Test
  void screen_listedNameThatIsTheInitialsOfAChineseTradeName_isPossibleAtMostAndSaysWhy() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("xj", "XJ Electric Co., Ltd.").country("CN").build(),
        ScreeningEntry.newBuilder("ja", "JA Solar Technology Co., Ltd.").country("CN").build(),
        ScreeningEntry.newBuilder("byd", "BYD Company Limited").country("CN").build())).build();
    // names and English names as the Shenzhen Stock Exchange lists them (000400, 002459, 002594)
    for (String[] pair : new String[][] {{"许继电气股份有限公司", "xj", "xuji"}, {"許繼電氣股份有限公司", "xj", "xuji"},
        {"晶澳太阳能科技股份有限公司", "ja", "jingao"}, {"比亚迪股份有限公司", "byd", "biyadi"}}) {
      possibleSaying(screener, ScreeningQuery.of(pair[0], "CN"), pair[1],
          "'" + pair[1] + "' is the initials of the pinyin of the trade name '" + pair[2] + "'");
    }
  }

  @Test
  void screen_initialsOfAChineseTradeName_needASectorWordForTwoLettersOnePlaceAndNoOtherWord() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(
        ScreeningEntry.newBuilder("ja", "JA Solar Technology Co., Ltd.").build(),
        ScreeningEntry.newBuilder("zhejiang", "Zhejiang XJ Electric Co., Ltd.").build(),
        ScreeningEntry.newBuilder("two-words", "BYD Meiling Co., Ltd.").build(),
        ScreeningEntry.newBuilder("fund", "HBP Capital Management Co., Ltd.").build())).build();
    assertNoHit(screener, "佳安贸易有限公司"); // jia an: two letters, and no sector word on both sides
    assertNoHit(screener, "江苏许继电气有限公司"); // another province
    assertNoHit(screener, "比亚迪股份有限公司"); // the listed name has a second distinctive word, which is missing
    assertNoHit(screener, "惠博普资本管理有限公司"); // investment vehicles of one family share a name
    assertNoHit(screener, "Jingao Solar Technology Co., Ltd."); // the rule reads Chinese script only
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hoshine Silicon Industry (Shanshan) Company Limited", "HOSHINE SILICON IND SHANSHAN CO LTD",
      "合盛硅业(鄯善)有限公司", "Hesheng Guiye (Shanshan) Youxian Gongsi", "Hoshine Silicon Industries Co Ltd",
      "Shanshan Hoshine Silicon Industry Co., Ltd."})
  void screen_hoshineSpellings_matchTheSameEntity(String name) {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(HOSHINE)).build();
    List<ScreeningHit> hits = screener.screen(ScreeningQuery.of(name));
    assertThat(hits).as("%s -> %s", name, hits).hasSize(1);
    assertThat(hits.get(0).level()).as(hits.get(0).toString()).isEqualTo(ScreeningLevel.MATCH);
  }

  @Test
  void screen_chineseScriptWithoutRomanizer_stillMatchesChineseAlias() {
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(HOSHINE)).romanizer(Romanizer.none())
        .build();
    assertThat(screener.screen(ScreeningQuery.of("合盛硅业（鄯善）有限公司"))).singleElement()
        .satisfies(h -> assertThat(h.level()).isEqualTo(ScreeningLevel.MATCH));
    assertThat(screener.romanizer().description()).contains("none");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Xinjiang Silicon Industry Group Co., Ltd.", "China Textile Technology Group Co., Ltd.",
      "Xinjiang New Energy Development Co., Ltd.", "Shandong Cotton Group Co., Ltd.", "JB Solar Technology Co., Ltd.",
      "Group Industry Technology Co., Ltd."})
  void screen_sharedGenericLocalityOrSectorWordsOnly_noHit(String name) {
    assertThat(UFLPA.screen(ScreeningQuery.of(name))).as(name).isEmpty();
  }

  @Test
  void screen_reorderedAndDroppedLocality_stillMatch() {
    String id = idOf("Xinjiang Daqo New Energy Co., Ltd.");
    assertThat(only(UFLPA.screen(ScreeningQuery.of("New Energy Daqo (Xinjiang) Company Limited")), id).level())
        .isEqualTo(ScreeningLevel.MATCH);
    assertThat(only(UFLPA.screen(ScreeningQuery.of("Daqo New Energy Co Ltd")), id).level())
        .isEqualTo(ScreeningLevel.MATCH);
  }

  @Test
  void screen_typo_isExplainedAsTypo() {
    ScreeningHit hit = only(UFLPA.screen(ScreeningQuery.of("Xinjiang Zhongtia Chemical Co. Ltd.")),
        idOf("Xinjiang Zhongtai Chemical Co. Ltd."));
    assertThat(hit.explanation().matches()).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MatchKind.TYPO);
      assertThat(m.edits()).isEqualTo(1);
      assertThat(m.listToken()).isEqualTo("zhongtai");
    });
    assertThat(hit.level()).isEqualTo(ScreeningLevel.MATCH);
  }

  @Test
  void screen_typoInOnlyDistinctiveWordOfShortName_goesToReview() {
    ScreeningHit hit = only(UFLPA.screen(ScreeningQuery.of("Esquell Group")), idOf("Esquel Group"));
    assertThat(hit.level()).isEqualTo(ScreeningLevel.POSSIBLE);
    assertThat(hit.score()).isCloseTo(0.875, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void screen_joinedTokens_matchAsOne() {
    ScreeningHit hit = only(UFLPA.screen(ScreeningQuery.of("Dalian Sun Speed Foods Co Ltd")),
        idOf("Dalian Sunspeed Foods Co., Ltd."));
    assertThat(hit.explanation().matches()).anySatisfy(m -> assertThat(m.kind()).isEqualTo(MatchKind.JOINED));
    assertThat(hit.level()).isEqualTo(ScreeningLevel.MATCH);
  }

  @Test
  void screen_identifierEqual_winsWhateverTheName() {
    EntityIdentifier lei = EntityIdentifier.lei("506700GE1G29325QX363");
    ScreeningEntry entry = ScreeningEntry.newBuilder("t-2", "Alpha Beta Widgets Ltd").identifier(lei).build();
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(entry, HOSHINE)).build();
    List<ScreeningHit> hits = screener.screen(
        ScreeningQuery.newBuilder("Completely Different Trading GmbH").identifier(lei).country("DE").build());
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.score()).isEqualTo(1.0);
      assertThat(h.level()).isEqualTo(ScreeningLevel.MATCH);
      assertThat(h.explanation().identifierMatch()).isTrue();
      assertThat(h.explanation().toString()).contains("identifier LEI 506700GE1G29325QX363");
    });
  }

  @Test
  void screen_differentCountry_weakerThanSameCountry() {
    String name = "Xinjiang Zhongtai Chemical Co. Ltd.";
    String id = idOf(name);
    ScreeningHit china = only(UFLPA.screen(ScreeningQuery.of(name, "CN")), id);
    ScreeningHit canada = only(UFLPA.screen(ScreeningQuery.of(name, "CA")), id);
    ScreeningHit hongKong = only(UFLPA.screen(ScreeningQuery.of(name, "HK")), id);
    assertThat(canada.score()).isLessThan(china.score());
    assertThat(canada.explanation().countryEffect()).isEqualTo(CountryEffect.DIFFERENT);
    assertThat(hongKong.explanation().countryEffect()).isEqualTo(CountryEffect.RELATED);
    assertThat(canada.level()).as("an exact name abroad still matches").isEqualTo(ScreeningLevel.MATCH);
    ScreeningHit fuzzyCanada = only(UFLPA.screen(ScreeningQuery.of("Xinjiang Zhongtia Chemical Co", "CA")), id);
    assertThat(fuzzyCanada.level()).isEqualTo(ScreeningLevel.POSSIBLE);
  }

  @Test
  void screen_queryAlias_isScreenedToo() {
    ScreeningQuery query = ScreeningQuery.newBuilder("Acme Widgets Ltd").alias("Ninestar Corp").build();
    ScreeningHit hit = only(UFLPA.screen(query), idOf("Ninestar Corporation"));
    assertThat(hit.explanation().queryName()).isEqualTo("Ninestar Corp");
  }

  @Test
  void screen_equalScores_orderedByEntryId() {
    ScreeningEntry b = ScreeningEntry.newBuilder("b", "Foobar Textile Co., Ltd.").build();
    ScreeningEntry a = ScreeningEntry.newBuilder("a", "Foobar Textile Company Limited").build();
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(b, a)).build();
    assertThat(screener.screen(ScreeningQuery.of("FOOBAR TEXTILE"))).extracting(h -> h.entry().id())
        .containsExactly("a", "b");
  }

  @Test
  void explanation_toString_namesMatchedAndDiscountedTokens() {
    ScreeningHit hit = only(UFLPA.screen(ScreeningQuery.of("Xinjiang Daqo New Energy Company Limited", "CN")),
        idOf("Xinjiang Daqo New Energy Co., Ltd."));
    String line = hit.toString();
    assertThat(line).startsWith("MATCH 1.00 ").contains("matched xinjiang, daqo, new, energy")
        .contains("discounted legal form co ltd").contains("discounted locality xinjiang")
        .contains("country SAME +0.02").doesNotContain("\n");
    assertThat(hit.explanation().discounted()).anySatisfy(d -> assertThat(d.tokenClass())
        .isEqualTo(TokenClass.GENERIC));
    assertThat(hit.explanation().nameScore()).isEqualTo(1.0);
  }

  @Test
  void explanation_unmatchedTokens_listedOnEachSide() {
    ScreeningHit hit = only(UFLPA.screen(ScreeningQuery.of("Camel Group Battery Trading Co")),
        idOf("Camel Group Co., Ltd."));
    assertThat(hit.explanation().unmatchedQueryTokens()).containsExactly("battery", "trade");
    assertThat(hit.explanation().unmatchedListTokens()).isEmpty();
  }

  @Test
  void screen_legalFormOnlyName_noHit() {
    assertThat(UFLPA.screen(ScreeningQuery.of("Co., Ltd."))).isEmpty();
  }

  @Test
  void screen_concurrentThreads_sameResultsAsOneThread() throws Exception {
    List<ScreeningQuery> queries = LabelledSet.positives().stream().map(c -> ScreeningQuery.of(c.name(), "CN"))
        .toList();
    List<List<ScreeningHit>> expected = queries.stream().map(UFLPA::screen).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<List<ScreeningHit>>>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> queries.stream().map(UFLPA::screen).toList()));
      }
      for (java.util.concurrent.Future<List<List<ScreeningHit>>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void build_duplicateIds_rejected() {
    ScreeningEntry a = ScreeningEntry.newBuilder("x", "Foo").build();
    ScreeningEntry b = ScreeningEntry.newBuilder("x", "Bar").build();
    assertThatThrownBy(() -> EntityScreener.newBuilder().entries(List.of(a, b)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entries[1].id");
  }

  @Test
  void inputs_nullOrBlank_rejected() {
    assertThatThrownBy(() -> UFLPA.screen(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScreeningQuery.of(" ")).hasMessageContaining("name");
    assertThatThrownBy(() -> ScreeningQuery.of("Foo", "CAN")).hasMessageContaining("country");
    assertThatThrownBy(() -> ScreeningEntry.newBuilder("", "Foo").build()).hasMessageContaining("id");
    assertThatThrownBy(() -> ScreeningEntry.newBuilder("x", "Foo").alias(" ").build())
        .hasMessageContaining("aliases[0]");
  }

  @Test
  void thresholds_invalid_rejected() {
    assertThatThrownBy(() -> ScreeningThresholds.defaults().withPossible(0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("possible");
    assertThatThrownBy(() -> ScreeningThresholds.defaults().withMatch(1.5)).hasMessageContaining("match");
    assertThat(ScreeningThresholds.defaults().levelOf(0.9)).contains(ScreeningLevel.MATCH);
    assertThat(ScreeningThresholds.defaults().levelOf(0.8)).contains(ScreeningLevel.POSSIBLE);
    assertThat(ScreeningThresholds.defaults().levelOf(0.5)).isEmpty();
  }

  @Test
  void thresholds_override_changesLevels() {
    EntityScreener strict = EntityScreener.newBuilder().entries(UflpaTestList.entries())
        .thresholds(ScreeningThresholds.defaults().withMatch(0.99).withPossible(0.99)).build();
    assertThat(strict.screen(ScreeningQuery.of("Zhongtia Chemical Co"))).isEmpty();
    assertThat(UFLPA.screen(ScreeningQuery.of("Zhongtia Chemical Co"))).isNotEmpty();
  }

  @Test
  void canonicalForm_showsNormalisation() {
    assertThat(UFLPA.canonicalForm("HOSHINE SILICON IND SHANSHAN CO LTD"))
        .isEqualTo("hoshine silicon industry shanshan co ltd");
  }
}
