package org.ctpat4j.risk.screening.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ctpat4j.risk.screening.Romanizer;

/**
 * Hanyu Pinyin readings (without tones) for every character of the CJK Unified Ideographs block, with no dependency:
 * a hand-written table of characters common in company and place names, with the reading used in names where a
 * character has several (长 chang as in 长虹, 重 chong as in 重庆, 行 hang as in 银行), checked against ICU4J's Han-Latin
 * transform in the tests; then the bundled {@code han_pinyin.txt} (20,000+ characters, one reading each), generated from
 * ICU4J's Han-Latin transform by {@code PinyinTableGenerator} (see PROVENANCE.md).
 */
public enum BundledPinyin implements Romanizer {
  /** The table. */
  INSTANCE;

  private static final String TABLE = String.join(" ",
      // place names (provinces, cities, Xinjiang prefectures and counties)
      "新xin 疆jiang 维wei 吾wu 尔er 自zi 治zhi 区qu 石shi 河he 子zi 鄯shan 善shan 乌wu 鲁lu 木mu 齐qi 和he 田tian",
      "喀ka 什shi 阿a 克ke 苏su 吐tu 番fan 昌chang 吉ji 哈ha 密mi 拉la 玛ma 依yi 库ku 勒le 伊yi 犁li 焉yan 耆qi",
      "巴ba 音yin 郭guo 楞leng 博bo 塔ta 城cheng 泰tai 奎kui 屯tun 包bao 头tou 江jiang 安an 徽hui 南nan 北bei",
      "山shan 东dong 广guang 州zhou 深shen 圳zhen 上shang 海hai 京jing 浙zhe 福fu 建jian 四si 川chuan 湖hu 甘gan",
      "肃su 内nei 蒙meng 古gu 天tian 津jin 大da 连lian 杭hang 无wu 锡xi 莞guan 宁ning 夏xia 青qing 陕shan 西xi",
      "云yun 贵gui 重chong 庆qing 辽liao 黑hei 龙long 香xiang 港gang 澳ao 门men 中zhong 国guo 华hua 邯han 郸dan",
      "襄xiang 阳yang 衡heng 水shui 菏he 泽ze 滨bin 宾bin 日ri 照zhao 淄zi 博bo 常chang 合he 肥fei 宜yi 哈ha",
      // legal forms and business words
      "股gu 份fen 有you 限xian 公gong 司si 责ze 任ren 集ji 团tuan 控kong 科ke 技ji 术shu 生sheng 物wu 能neng",
      "源yuan 化hua 学xue 工gong 实shi 业ye 贸mao 易yi 际ji 食shi 品pin 发fa 展zhan 矿kuang 色se 金jin 属shu",
      "黄huang 钢gang 铁tie 铜tong 锌xin 镁mei 铝lu 硅gui 煤mei 电dian 棉mian 纺fang 织zhi 毛mao 纱sha 线xian",
      "服fu 装zhuang 鞋xie 时shi 尚shang 绿lu 糖tang 农nong 牧mu 进jin 出chu 口kou 投tou 资zi 管guan 理li",
      "材cai 料liao 分fen 厂chang 总zong 太tai 光guang 伏fu 晶jing 体ti 料liao 品pin 番fan 茄qie 酱jiang",
      "建jian 设she 房fang 地di 产chan 开kai 仓cang 储chu 物wu 流liu 银yin 行hang 药yao 材cai 源yuan",
      // distinctive characters of listed names and common brand characters
      "全quan 纳na 思si 达da 方fang 希xi 望wang 紫zi 骆luo 驼tuo 晨chen 长chang 虹hong 美mei 菱ling 弘hong",
      "元yuan 孚fu 溢yi 众zhong 部bu 粮liang 盛sheng 神shen 火huo 八ba 一yi 哈ha 巴ba 舍she 双shuang 良liang",
      "世shi 纪ji 阳yang 兴xing 隆long 泰tai 恒heng 瑞rui 丰feng 利li 德de 信xin 宏hong 伟wei 明ming 亚ya",
      "鑫xin 源yuan 顺shun 通tong 远yuan 新xin 康kang 宝bao 富fu 嘉jia 佳jia 永yong 昌chang 金jin 海hai 星xing");

  private static final Map<Character, String> READINGS = parse();

  private static Map<Character, String> parse() {
    Map<Character, String> map = new HashMap<>();
    for (String pair : TABLE.split(" ")) {
      map.putIfAbsent(pair.charAt(0), pair.substring(1));
    }
    for (BundledLines.Line entry : BundledLines.read("/org/ctpat4j/risk/screening/han_pinyin.txt")) {
      String line = entry.text();
      int space = line.indexOf(' ');
      String reading = line.substring(0, space);
      for (int i = space + 1; i < line.length(); i++) {
        map.putIfAbsent(line.charAt(i), reading);
      }
    }
    return Map.copyOf(map);
  }

  /**
   * The characters the table knows, with their readings.
   *
   * @return an unmodifiable map from character to toneless pinyin
   */
  public static Map<Character, String> readings() {
    return READINGS;
  }

  @Override
  public Optional<String> romanize(String hanRun) {
    StringBuilder sb = new StringBuilder(hanRun.length() * 4);
    for (int i = 0; i < hanRun.length(); i++) {
      String reading = READINGS.get(hanRun.charAt(i));
      if (reading == null) {
        return Optional.empty();
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(reading);
    }
    return Optional.of(sb.toString());
  }

  @Override
  public String description() {
    return "bundled pinyin table (" + READINGS.size() + " characters)";
  }
}
