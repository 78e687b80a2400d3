package org.ctpat4j.risk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.Romanizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

  private static final Normalizer NORMALIZER = new Normalizer(Romanizer.bundled());

  private static String canonical(String name) {
    return NORMALIZER.normalize(name).canonical();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Foobar Co., Ltd.|foobar co ltd", "Foobar Company Limited|foobar co ltd", "FOOBAR CO LTD|foobar co ltd",
      "Foobar Corp.|foobar corp", "Foobar Corporation|foobar corp", "Foobar Inc.|foobar inc",
      "Foobar LLC|foobar llc", "Foobar GmbH|foobar gmbh", "Foobar Sdn. Bhd.|foobar sdnbhd",
      "Foobar S.A.|foobar sa", "Foobar有限公司|foobar co ltd", "Foobar股份有限公司|foobar jsc co ltd",
      "Foobar Youxian Gongsi|foobar co ltd", "Foobar Gufen Youxian Gongsi|foobar jsc co ltd"})
  void normalize_legalForms_canonicalisedAcrossLanguages(String name, String expected) {
    assertThat(canonical(name)).isEqualTo(expected);
  }

  @Test
  void normalize_legalFormTokens_classedAsLegalForm() {
    NormalizedName n = NORMALIZER.normalize("Foobar股份有限公司");
    assertThat(n.classes()).containsExactly(TokenClass.DISTINCTIVE, TokenClass.LEGAL_FORM, TokenClass.LEGAL_FORM,
        TokenClass.LEGAL_FORM);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hoshine Silicon Ind. Grp|hoshine silicon industry group", "Acme Tech Mfg Intl|acme technology manufacturing"
          + " international", "Acme Int'l Trading|acme international trade", "Acme Industries|acme industry",
      "Acme Biological Tech Dev|acme biotechnology development", "Acme Metals & Materials|acme metal material",
      "Acme Holdings|acme holding"})
  void normalize_abbreviationsAndPlurals_expanded(String name, String expected) {
    assertThat(canonical(name)).isEqualTo(expected);
  }

  @Test
  void normalize_unicodeAccentsAndFullWidth_folded() {
    assertThat(canonical("Société Générale S.A.")).isEqualTo("societe generale sa");
    assertThat(canonical("ＡＢＣＤ　Ｔｅｘｔｉｌｅ　Ｃｏ．")).isEqualTo("abcd textile co");
    assertThat(canonical("Müller-Straße GmbH")).isEqualTo("muller strasse gmbh");
  }

  @Test
  void normalize_chinesePlaceNamesAndWords_inBothScripts() {
    assertThat(canonical("新疆大全新能源股份有限公司")).isEqualTo("xinjiang daquan new energy jsc co ltd");
    assertThat(canonical("Xinjiang Daquan Xinnengyuan Gufen Youxian Gongsi"))
        .isEqualTo("xinjiang daquan new energy jsc co ltd");
    assertThat(canonical("石河子鄯善集团")).isEqualTo("shihezi shanshan group");
    assertThat(canonical("Hetian XUAR Kashi")).isEqualTo("hotan xinjiang kashgar");
    assertThat(NORMALIZER.normalize("新疆").classes()).containsExactly(TokenClass.LOCALITY);
  }

  @Test
  void normalize_chineseWithoutRomanizer_keepsCharacters() {
    assertThat(new Normalizer(Romanizer.none()).normalize("合盛硅业有限公司").canonical())
        .isEqualTo("合盛 silicon industry co ltd");
  }

  @Test
  void normalize_parenthesesAndStopWords_flagged() {
    NormalizedName n = NORMALIZER.normalize("Tianjin Sanhe Fruit and Vegetable Co., Ltd. (formerly known as)");
    assertThat(n.canonical()).isEqualTo("tianjin sanhe fruit vegetable co ltd");
    assertThat(n.stopwords()).contains("and", "formerly", "known", "as");
    NormalizedName p = NORMALIZER.normalize("Shuangliang Silicon Materials (Baotou) Co., Ltd.");
    assertThat(p.parenthetical()).containsExactly(false, false, false, true, false, false);
  }

  @Test
  void normalize_dottedAcronyms_keptTogether() {
    assertThat(canonical("J.A. Solar U.S.A. Inc.")).isEqualTo("ja solar usa inc");
  }

  @Test
  void normalize_genericAndDescriptorWords_classed() {
    NormalizedName n = NORMALIZER.normalize("Xinjiang Daqo New Energy Group");
    assertThat(n.classes()).containsExactly(TokenClass.LOCALITY, TokenClass.DISTINCTIVE, TokenClass.GENERIC,
        TokenClass.DESCRIPTOR, TokenClass.GENERIC);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Xinjiang Daqo New Energy Co., Ltd.|xinjiang daqo new energy", "ZHONGTAI  Chemical & Co|zhongtai chemical and",
      "Société Générale S.A.|societe generale s a", "Société Générale SA|societe generale", "Müller GmbH|muller", "Ltd.|''", "Hoshine Silicon Ind.|hoshine silicon"
          + " ind"})
  void key_foldsCaseAccentsPunctuationAndLegalFormsOnly(String name, String expected) {
    assertThat(Normalizer.key(name)).isEqualTo(expected);
  }

  @Test
  void key_isNotTheScreeningTokenization() {
    // the exact key leaves abbreviations and Chinese script as written: equal keys mean the same written name
    assertThat(Normalizer.key("Acme Int'l Trading")).isEqualTo("acme int l trading");
    assertThat(Normalizer.key("合盛硅业有限公司")).isEqualTo("合盛硅业有限公司");
    assertThat(canonical("Acme Int'l Trading")).isEqualTo("acme international trade");
  }

  @Test
  void containsWords_matchesWholeWordsOfKeys() {
    assertThat(Normalizer.containsWords("cotton and tomato products", "tomato")).isTrue();
    assertThat(Normalizer.containsWords("cotton and tomatoes", "tomato")).isFalse();
    assertThat(Normalizer.containsWords("cotton", "")).isFalse();
  }
}
