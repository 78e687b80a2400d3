package org.ctpat4j.risk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WadeGilesTest {

  /**
   * Syllables as Wade's syllabary spells them (Giles 1912; the Library of Congress's Pinyin conversion tables), with
   * the apostrophe and the umlaut dropped as names drop them.
   */
  @ParameterizedTest
  @CsvSource({"zhong,chung", "chong,chung", "dong,tung", "tong,tung", "rong,jung", "zong,tsung", "cong,tsung",
      "xiong,hsiung", "jiong,chiung", "jiang,chiang", "qing,ching", "xin,hsin", "xu,hsu", "xue,hsueh", "jue,chueh",
      "lve,lueh", "zhi,chih", "chi,chih", "shi,shih", "ri,jih", "zi,tzu", "ci,tzu", "si,ssu", "er,erh", "e,o",
      "ge,ko", "ke,ko", "he,ho", "de,te", "ze,tse", "zhe,che", "re,je", "guo,kuo", "kuo,kuo", "huo,huo", "shuo,shuo",
      "duo,to", "luo,lo", "zuo,tso", "zhuo,cho", "ruo,jo", "gui,kuei", "kui,kuei", "hui,hui", "dui,tui", "rui,jui",
      "lian,lien", "jian,chien", "xian,hsien", "jie,chieh", "xie,hsieh", "bie,pieh", "yan,yen", "ye,yeh", "yi,i",
      "you,yu", "yu,yu", "yue,yueh", "yuan,yuan", "yun,yun", "yong,yung", "wu,wu", "wei,wei", "bo,po", "ba,pa",
      "gao,kao", "zhou,chou", "ren,jen", "zan,tsan", "cai,tsai", "su,su", "xuan,hsuan", "quan,chuan", "jun,chun",
      "ju,chu", "lu,lu", "an,an", "ou,ou"})
  void spell_syllable_asWadeWithoutMarks(String pinyin, String wade) {
    assertThat(WadeGiles.spell(pinyin)).isEqualTo(wade);
  }

  /** Places of Taiwan whose postal and common English names are Wade-Giles: 高雄, 新竹, 台中, 屏东, 花莲, 彰化, 台北, 桃园. */
  @ParameterizedTest
  @CsvSource({"gao xiong,kaohsiung", "xin zhu,hsinchu", "tai zhong,taichung", "ping dong,pingtung",
      "hua lian,hualien", "zhang hua,changhua", "tai bei,taipei", "tao yuan,taoyuan", "dong xu,tunghsu",
      "da tong,tatung"})
  void spell_syllables_runTogetherAsNamesWriteThem(String pinyin, String name) {
    List<String> syllables = List.of(pinyin.split(" "));
    assertThat(WadeGiles.spell(syllables, 0, syllables.size())).isEqualTo(name);
  }
}
