package org.ctpat4j.risk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ctpat4j.risk.screening.Romanizer;
import org.junit.jupiter.api.Test;

class ListedSegmentationTest {

  private static final Normalizer NORMALIZER = new Normalizer(Romanizer.bundled());
  private static final java.util.function.Function<String, String[]> ENGLISH = p -> NORMALIZER.normalize(p).tokens();

  private static List<String> cut(List<String> syllables, String chars, Set<String> listed) {
    return ListedSegmentation.cut(syllables, chars, listed::contains, listed::contains, k -> List.of(),
        ListedRuns.NONE, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }

  @Test
  void cut_coversTheSyllablesWithListedWords_andJoinsTheRestAsTheNormalizerDoes() {
    assertThat(cut(List.of("da", "ling", "hao", "wan"), null, Set.of("dalinghao"))).containsExactly("dalinghao", "wan");
    assertThat(cut(List.of("xin", "hong", "kang", "man", "de", "ying"), null, Set.of("xinhong", "ying")))
        .containsExactly("xinhong", "kangmande", "ying");
    assertThat(cut(List.of("da", "ling", "hao", "wan"), null, Set.of("haowan", "dalinghao", "linghao")))
        .as("most syllables covered, then fewest words").containsExactly("dalinghao", "wan");
  }

  @Test
  void cut_nothingListed_orOnlyShortSyllables_givesNothing() {
    assertThat(cut(List.of("da", "ling", "hao", "wan"), null, Set.of("shanghai"))).isNull();
    assertThat(cut(List.of("kang", "man", "de"), null, Set.of("de", "man"))).as("one short syllable means nothing")
        .isNull();
  }

  @Test
  void cut_readsACharacterByItsEnglishMeaning_onlyWhenThePinyinDoesNotDoBetter() {
    List<String> glossed = new ArrayList<>();
    assertThat(ListedSegmentation.cut(List.of("xing", "hai", "wan"), "星海湾", Set.of("xinghai", "bay")::contains,
        Set.of("bay")::contains, k -> List.of(), ListedRuns.NONE, glossed, new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>())).containsExactly("xinghai",
        "bay");
    assertThat(glossed).containsExactly("湾 bay");
    assertThat(cut(List.of("xing", "hai", "wan"), "星海湾", Set.of("xinghaiwan", "bay")))
        .as("spelled in pinyin beats read by meaning").containsExactly("xinghaiwan");
    assertThat(cut(List.of("xing", "hai", "wan"), null, Set.of("bay"))).as("no characters, no meanings").isNull();
  }

  @Test
  void cut_readsAWordByItsMeaningOrBrand_fromTheCcCedictWords_standingAlone() {
    org.junit.jupiter.api.Assumptions.assumeFalse("none".equals(System.getProperty("ctpat4j.chineseWords")),
        "the risk module's run without ctpat4j-cedict (execution risk-alone, when -Dtest names this class)");
    assertThat(HanWords.available()).as("ctpat4j-cedict is on the usual tests' class path").isTrue();
    List<String> glossed = new ArrayList<>();
    assertThat(ListedSegmentation.cut(List.of("bei", "fang", "hua", "jin"), "北方华锦",
        Set.of("north", "huajin")::contains, w -> false, k -> List.of(), ListedRuns.NONE, glossed, new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>())).containsExactly("north", "huajin");
    assertThat(glossed).containsExactly("北方 north");
    glossed.clear();
    assertThat(ListedSegmentation.cut(List.of("wan", "ke"), "万科", Set.of("vanke")::contains, w -> false,
        k -> List.of(), ListedRuns.NONE, glossed, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
        .as("a word's meaning needs nothing beside it")
        .containsExactly("vanke");
    assertThat(glossed).containsExactly("万科 vanke");
    assertThat(cut(List.of("chang", "cheng"), "长城", Set.of("greatwall"))).as("two words of a gloss, joined")
        .containsExactly("greatwall");
    assertThat(cut(List.of("chang", "cheng"), "长城", Set.of("great", "wall"))).as("or apart")
        .containsExactly("great wall");
    assertThat(cut(List.of("chang", "cheng"), "长城", Set.of("great"))).as("every word of the gloss is listed")
        .isNull();
    assertThat(cut(List.of("wan", "ke"), "万科", Set.of("wanke", "vanke"))).as("spelled in pinyin beats a meaning")
        .containsExactly("wanke");
    assertThat(cut(List.of("wan", "ke"), null, Set.of("vanke"))).as("no characters, no words").isNull();
  }

  @Test
  void hanWords_looksUpByBinarySearch_andNamesTheLineOfABadEntry() {
    String table = "# comment\n北方\tnorth\n长城\tgreat wall|the great wall\n雪松\tcedar tree|cedarwood\n";
    HanWords.Entries entries = HanWords.Entries.parse(table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(entries.size()).isEqualTo(3);
    assertThat(entries.glosses("长城", 0, "长城".length())).isDeepEqualTo(new String[][] {{"great", "wall"}, {"the", "great", "wall"}});
    assertThat(entries.glosses("雪松", 0, "雪松".length())).isDeepEqualTo(new String[][] {{"cedar", "tree"}, {"cedarwood"}});
    assertThat(entries.glosses("北方", 0, "北方".length())).isDeepEqualTo(new String[][] {{"north"}});
    assertThat(entries.glosses("北", 0, "北".length())).isEmpty();
    assertThat(entries.glosses("北方华", 0, "北方华".length())).isEmpty();
    assertThat(entries.glosses("万科", 0, "万科".length())).isEmpty();
    assertThat(entries.glosses("大北方华", 1, 3)).as("a slice of a longer name").isDeepEqualTo(new String[][] {{"north"}});
    assertThat(entries.glosses("北A", 0, 2)).as("a character outside the block").isEmpty();
    assertThat(HanWords.Entries.parse(new byte[0]).size()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HanWords.Entries.parse(
        "北方\tnorth\n北\tnorth\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class).hasMessage(
            "the CC-CEDICT word table, line 2: expected two to four characters, a tab and glosses");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HanWords.Entries.parse(
        "长城\tgreat wall\n# c\n北方\tnorth\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class).hasMessage(
            "the CC-CEDICT word table, line 3: words must be sorted and unique");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HanWords.Entries.parse(
        "北方\t\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
  }

  @Test
  void cut_meaningsAndSounds_mustCoverTheWholeStretch_andMeaningsNeedASpelledWordBeside() {
    assertThat(cut(List.of("chun", "lei"), "春雷", Set.of("thunder"))).as("chun left over").isNull();
    assertThat(cut(List.of("hong", "da"), "弘大", Set.of("great"))).as("meanings only").isNull();
    assertThat(cut(List.of("xing", "hai", "wan", "li"), "星海湾利", Set.of("xinghai", "bay")))
        .as("li left over: spelled words only").containsExactly("xinghai", "wanli");
  }

  @Test
  void cut_spellsSyllablesInWadeGiles_whenTheListSpellsThemSo() {
    List<String> wadeGiles = new ArrayList<>();
    assertThat(ListedSegmentation.cut(List.of("dong", "xu", "guang", "dian"), "东旭光电", Set.of("tunghsu")::contains,
        w -> false, k -> List.of(), ListedRuns.NONE, new ArrayList<>(), new ArrayList<>(), wadeGiles,
        new ArrayList<>())).containsExactly("tunghsu", "guangdian");
    assertThat(wadeGiles).containsExactly("东旭 tunghsu");
    wadeGiles.clear();
    assertThat(ListedSegmentation.cut(List.of("gao", "xiong"), null, Set.of("kaohsiung", "gaoxiong")::contains,
        w -> false, k -> List.of(), ListedRuns.NONE, new ArrayList<>(), new ArrayList<>(), wadeGiles,
        new ArrayList<>())).as("spelled in pinyin first on a tie").containsExactly("gaoxiong");
    assertThat(wadeGiles).isEmpty();
    assertThat(cut(List.of("shang", "hai"), null, Set.of("shanghai"))).as("the same in both").containsExactly(
        "shanghai");
  }

  @Test
  void cut_takesShortSyllablesAsWords_whereTheyFollowEachOtherInAListedName() {
    ListedRuns runs = NamesRuns.of(List.of("shenzhen", "yan", "tian", "port", "holding"));
    assertThat(ListedSegmentation.cut(List.of("yan", "tian", "gang"), "盐田港", w -> runs.listed(w), w -> false,
        k -> List.of(), runs, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
        .containsExactly("yan tian", "gang");
    assertThat(ListedSegmentation.cut(List.of("tian", "yan"), "田盐", w -> runs.listed(w), w -> false,
        k -> List.of(), runs, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
        .as("not in the listed name's order: tian alone, four letters").containsExactly("tian", "yan");
    assertThat(cut(List.of("yan", "tai"), "烟台", Set.of("yan", "tai"))).as("listed, but not known to follow each other")
        .isNull();
  }

  @Test
  void cut_spellsCharactersInCantonese_asOneListedWordOrSeveralThatFollowEachOther() {
    ListedRuns runs = NamesRuns.of(List.of("tatwah", "smartech"), List.of("chow", "sang", "sang", "holding"));
    List<String> cantonese = new ArrayList<>();
    assertThat(ListedSegmentation.cut(List.of("da", "hua", "zhi", "neng"), "达华智能", w -> runs.listed(w),
        w -> false, k -> List.of(), runs, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), cantonese))
        .containsExactly("tatwah", "zhineng");
    assertThat(cantonese).containsExactly("达华 tatwah");
    cantonese.clear();
    assertThat(ListedSegmentation.cut(List.of("zhou", "sheng", "sheng"), "周生生", w -> runs.listed(w), w -> false,
        k -> List.of(), runs, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), cantonese))
        .containsExactly("chow sang sang");
    assertThat(cantonese).containsExactly("周生生 chow sang sang");
    cantonese.clear();
    assertThat(ListedSegmentation.cut(List.of("da", "hua"), null, w -> runs.listed(w), w -> false, k -> List.of(),
        runs, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), cantonese)).as("no characters, no Cantonese")
        .isNull();
  }

  @Test
  void cut_readsSyllablesAsAnEnglishWordThatSoundsLikeThem_whenTheListHasOne() {
    List<String> sounded = new ArrayList<>();
    java.util.Map<String, List<String>> sounds = java.util.Map.of(Sounds.skeleton("commando"), List.of("commando"));
    assertThat(ListedSegmentation.cut(List.of("kang", "man", "de", "hang"), "康曼德航", Set.of("hang")::contains,
        w -> false, k -> sounds.getOrDefault(k, List.of()), ListedRuns.NONE, new ArrayList<>(), sounded,
        new ArrayList<>(), new ArrayList<>())).containsExactly("commando", "hang");
    assertThat(sounded).containsExactly("康曼德 commando");
    assertThat(ListedSegmentation.cut(List.of("kang", "man", "de"), null, Set.of("kangmande")::contains,
        w -> false, k -> sounds.getOrDefault(k, List.of()), ListedRuns.NONE, new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>())).as("spelled in pinyin beats sounding alike").containsExactly("kangmande");
  }

  @Test
  void skeleton_keepsTheConsonantsAnEnglishRenderingOfPinyinKeeps() {
    assertThat(Sounds.skeleton("kangmande")).isEqualTo(Sounds.skeleton("commando")).isEqualTo("kmnd");
    assertThat(Sounds.skeleton("meikamande")).isEqualTo(Sounds.skeleton("mechmind"));
    assertThat(Sounds.skeleton("zhongxin")).isEqualTo("jsn");
    assertThat(Sounds.skeleton("huawei")).isEmpty();
    assertThat(Sounds.skeleton("tencent")).isNotEqualTo(Sounds.skeleton("tengxun"));
  }

  @Test
  void of_recutsOnlyTheRomanizedWords_andSaysWhatItReadByMeaning() {
    NormalizedName name = NORMALIZER.normalize("上海星海湾贸易有限公司");
    assertThat(name.canonical()).isEqualTo("shanghai xinghaiwan trade co ltd");
    ListedSegmentation.Reading r = ListedSegmentation.of(name, Set.of("xinghai", "bay")::contains,
        Set.of("bay")::contains, k -> List.of(), Romanizer.bundled(), ENGLISH, ListedRuns.NONE);
    assertThat(r.name().canonical()).isEqualTo("shanghai xinghai bay trade co ltd");
    assertThat(r.glossed()).containsExactly("湾 bay");
    assertThat(r.name().original()).isEqualTo(name.original());
    assertThat(ListedSegmentation.of(name, Set.of("trade", "shanghai")::contains, Set.of("trade")::contains,
        k -> List.of(), Romanizer.bundled(), ENGLISH, ListedRuns.NONE))
        .as("nothing to cut anew").isNull();
  }

  @Test
  void of_spellsInPinyinTheBusinessWordsTheListSpellsSo() {
    NormalizedName name = NORMALIZER.normalize("上海星海科创投资有限公司");
    assertThat(name.canonical()).isEqualTo("shanghai xinghai science technology innovation investment co ltd");
    ListedSegmentation.Reading r = ListedSegmentation.of(name, Set.of("kechuang")::contains, w -> false, k -> List.of(),
        Romanizer.bundled(), ENGLISH, ListedRuns.NONE);
    assertThat(r.name().canonical()).isEqualTo("shanghai xinghai kechuang investment co ltd");
    assertThat(r.glossed()).isEmpty();
  }

  @Test
  void of_traditionalScript_findsTheCharactersOfEachStretch() {
    NormalizedName name = NORMALIZER.normalize("星海灣貿易有限公司");
    ListedSegmentation.Reading r = ListedSegmentation.of(name, Set.of("xinghai", "bay")::contains,
        Set.of("bay")::contains, k -> List.of(), Romanizer.bundled(), ENGLISH, ListedRuns.NONE);
    assertThat(r.name().canonical()).isEqualTo("xinghai bay trade co ltd");
  }

  @Test
  void glosses_areOneWordMeaningsOfTheTable() {
    assertThat(HanGlosses.of('湾')).contains("bay");
    assertThat(HanGlosses.of('雷')).containsExactly("thunder");
    assertThat(HanGlosses.of('灣')).as("traditional forms are looked up folded").isEmpty();
    assertThat(HanGlosses.of('A')).isEmpty();
  }
}
