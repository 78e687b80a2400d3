package org.ctpat4j.risk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CantoneseTest {

  /**
   * Hong Kong place names and their Chinese names, as the Government gazettes them: the examples of the spelling table
   * of "Hong Kong Government Cantonese Romanisation" (Wikipedia), one or more per initial, final and variant spelling.
   */
  private static final String[][] PLACES = {
    {"西營盤", "Sai Ying Pun"}, {"寶琳", "Po Lam"}, {"屯門", "Tuen Mun"}, {"大澳", "Tai O"},
    {"筲箕灣", "Shau Kei Wan"}, {"大角咀", "Tai Kok Tsui"}, {"葵涌", "Kwai Chung"}, {"觀塘", "Kwun Tong"},
    {"油麻地", "Yau Ma Tei"}, {"南昌", "Nam Cheong"}, {"牛頭角", "Ngau Tau Kok"}, {"藍田", "Lam Tin"},
    {"火炭", "Fo Tan"}, {"掃桿埔", "So Kon Po"}, {"油塘", "Yau Tong"}, {"黃大仙", "Wong Tai Sin"},
    {"又一村", "Yau Yat Tsuen"}, {"鴨脷洲", "Ap Lei Chau"}, {"石澳", "Shek O"}, {"車公廟", "Che Kung Miu"},
    {"青衣", "Tsing Yi"}, {"相思灣", "Sheung Sze Wan"}, {"慈雲山", "Tsz Wan Shan"}, {"美孚", "Mei Foo"},
    {"上環", "Sheung Wan"}, {"梨木樹", "Lei Muk Shue"}, {"西灣河", "Sai Wan Ho"}, {"米埔", "Mai Po"},
    {"鯉景灣", "Lei King Wan"}, {"利安", "Lee On"}, {"十四鄉", "Shap Sze Heung"}, {"彩虹", "Choi Hung"},
    {"貝澳", "Pui O"}, {"深水埗", "Sham Shui Po"}, {"大帽山", "Tai Mo Shan"}, {"東涌", "Tung Chung"},
    {"九如坊", "Kau U Fong"}, {"尖沙咀", "Tsim Sha Tsui"}, {"耀東", "Yiu Tung"}
  };

  /** Spellings of the table that its rules do not give: 杏 hang as Heng, 翠 ceoi as Choy. */
  private static final String[][] IRREGULAR = {{"杏花邨", "Heng Fa Chuen"}, {"翠怡", "Choy Yee"}};

  private static Set<String> spellings(char c) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : Cantonese.readings(c)) {
      out.addAll(Cantonese.spell(r));
    }
    return out;
  }

  private static List<String> misspelled(String chinese, String english) {
    String[] words = english.toLowerCase(Locale.ROOT).split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chinese.length(); i++) {
      if (!spellings(chinese.charAt(i)).contains(words[i])) {
        out.add(chinese.charAt(i) + " " + words[i] + " " + spellings(chinese.charAt(i)));
      }
    }
    return out;
  }

  @Test
  void everyGazettedPlaceNameOfTheTable_isSpelledSyllableBySyllable() {
    for (String[] place : PLACES) {
      assertThat(misspelled(place[0], place[1])).as(place[1]).isEmpty();
    }
    for (String[] place : IRREGULAR) {
      assertThat(misspelled(place[0], place[1])).as(place[1]).isNotEmpty();
    }
  }

  @Test
  void spell_givesHongKongsSpellingsOfAJyutpingSyllable() {
    assertThat(Cantonese.spell("daat")).containsExactly("tat");
    assertThat(Cantonese.spell("waa")).containsExactly("wa", "wah");
    assertThat(Cantonese.spell("soeng")).containsExactlyInAnyOrder("seung", "seong", "sheung", "sheong");
    assertThat(Cantonese.spell("jyun")).containsExactly("yuen", "yun");
    assertThat(Cantonese.spell("jyu")).containsExactlyInAnyOrder("yu", "yue", "u");
    assertThat(Cantonese.spell("ng")).containsExactly("ng");
    assertThat(Cantonese.spell("zau")).contains("chau", "chow", "tsau");
  }

  @Test
  void readings_comeFromUnihan_andTraditionalFormsReadAsTheirSimplifiedOnes() {
    assertThat(Cantonese.readings('达')).containsExactly("daat");
    assertThat(Cantonese.readings('達')).containsExactly("daat");
    assertThat(Cantonese.readings('长')).as("Unihan gives one reading, as 长江 Cheung Kong reads it")
        .containsExactly("coeng");
    assertThat(Cantonese.readings('A')).isEmpty();
  }

  @Test
  void forms_runTheSpellingsTogether_andGiveUpBeyondTheCap() {
    assertThat(Cantonese.forms("达华", 0, 2)).containsExactly("tatwa", "tatwah");
    assertThat(Cantonese.forms("长江实业", 0, 2)).contains("cheungkong");
    assertThat(Cantonese.forms("达A", 0, 2)).as("a character without a reading").isEmpty();
    assertThat(Cantonese.forms("水水水水", 0, 4)).as("more than " + Cantonese.MAX_FORMS).isEmpty();
    assertThat(Cantonese.forms("水水水水", 0, 2)).hasSize(16).contains("shuishui");
  }

  @Test
  void words_findOneListedWordOrSeveralThatFollowEachOther() {
    ListedRuns runs = NamesRuns.of(List.of("tatwah", "smartech"), List.of("hang", "lung", "property"),
        List.of("chow", "sang", "sang"));
    assertThat(words("达华", runs)).containsExactly("tatwah");
    assertThat(words("恒隆", runs)).containsExactlyInAnyOrder("hanglung", "hang lung");
    assertThat(words("周生生", runs)).contains("chow sang sang");
    assertThat(words("周生", runs)).as("two words that follow each other").contains("chowsang", "chow sang");
    assertThat(words("生周", runs)).as("not in that order").isEmpty();
    assertThat(words("大华", runs)).as("tai wah is not listed").isEmpty();
  }

  @Test
  void generator_writesOneLinePerReading_lendsTraditionalReadings_andNamesABadLine() {
    String table = CantoneseTableGenerator.generate(List.of(
        "# Unihan_Readings.txt",
        "U+9054\tkCantonese\tdaat6", // 達, folded to 达, which has no reading of its own here
        "U+534E\tkCantonese\twaa4", // 华
        "U+534E\tkDefinition\tflowery; illustrious",
        "U+0041\tkCantonese\taa1")); // outside the block
    assertThat(table.lines().filter(l -> !l.startsWith("#"))).containsExactly("daat 达", "waa 华");
    assertThatThrownBy(() -> CantoneseTableGenerator.generate(List.of("U+534E\tkCantonese\twaa4",
        "U+4E00\tkCantonese\tjat")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unihan line 2")
        .hasMessageContaining("'jat' is not Jyutping");
    assertThatThrownBy(() -> CantoneseTableGenerator.generate(List.of("U+534E kCantonese waa4")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unihan line 1");
  }

  @Test
  void readsAsPinyin_spotsSpellingsThatAreAlsoMandarinNames() {
    assertThat(Cantonese.readsAsPinyin("hongtai")).isTrue();
    assertThat(Cantonese.readsAsPinyin("tai po")).isTrue();
    assertThat(Cantonese.readsAsPinyin("hanglung")).as("not hang lu ng").isFalse();
    assertThat(Cantonese.readsAsPinyin("tatwah")).isFalse();
    assertThat(Cantonese.readsAsPinyin("sun hung kai")).isFalse();
  }

  /** The spellings of the whole run of characters. */
  private static Set<String> words(String chars, ListedRuns runs) {
    Set<String> out = new LinkedHashSet<>();
    Cantonese.words(chars, 0, chars.length(), runs, (to, word) -> {
      if (to == chars.length()) {
        out.add(word);
      }
    });
    return out;
  }
}
