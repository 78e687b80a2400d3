package org.ctpat4j.risk.location;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * China's province-level divisions other than Xinjiang, by their ISO 3166-2:CN codes (the two-letter codes in use
 * since the ISO 3166-2 newsletter of 2017-11-23, and the earlier numeric codes, which are the GB/T 2260 province codes
 * with 91 and 92 for Hong Kong and Macao), with their Hanyu Pinyin and common English names and their simplified
 * Chinese names. Source: ISO 3166-2:CN (ISO 3166 Maintenance Agency); GB/T 2260.
 */
final class Provinces {

  /**
   * One province-level division.
   *
   * @param code the ISO 3166-2 code, such as {@code CN-ZJ}
   * @param numericCode the numeric ISO 3166-2 code in use until 2017, such as {@code CN-33}
   * @param name the English name
   * @param latinNames the names matched in Latin script (Pinyin and English forms)
   * @param chineseNames the names matched in Chinese script
   */
  record Province(String code, String numericCode, String name, List<String> latinNames, List<String> chineseNames) {}

  /** Xinjiang's own codes: the current ISO code and the older numeric one. */
  static final String XINJIANG = "CN-XJ";

  /** Xinjiang's numeric ISO 3166-2 code, in use until 2017. */
  static final String XINJIANG_NUMERIC = "CN-65";

  static final List<Province> OTHERS = List.of(
      p("CN-AH", "CN-34", "Anhui", "Anhui", "安徽"),
      p("CN-BJ", "CN-11", "Beijing", "Beijing|Peking", "北京"),
      p("CN-CQ", "CN-50", "Chongqing", "Chongqing", "重庆"),
      p("CN-FJ", "CN-35", "Fujian", "Fujian", "福建"),
      p("CN-GD", "CN-44", "Guangdong", "Guangdong", "广东"),
      p("CN-GS", "CN-62", "Gansu", "Gansu", "甘肃"),
      p("CN-GX", "CN-45", "Guangxi", "Guangxi", "广西"),
      p("CN-GZ", "CN-52", "Guizhou", "Guizhou", "贵州"),
      p("CN-HA", "CN-41", "Henan", "Henan", "河南"),
      p("CN-HB", "CN-42", "Hubei", "Hubei", "湖北"),
      p("CN-HE", "CN-13", "Hebei", "Hebei", "河北"),
      p("CN-HI", "CN-46", "Hainan", "Hainan", "海南"),
      p("CN-HK", "CN-91", "Hong Kong", "Hong Kong|Hongkong|Xianggang", "香港"),
      p("CN-HL", "CN-23", "Heilongjiang", "Heilongjiang", "黑龙江"),
      p("CN-HN", "CN-43", "Hunan", "Hunan", "湖南"),
      p("CN-JL", "CN-22", "Jilin", "Jilin", "吉林"),
      p("CN-JS", "CN-32", "Jiangsu", "Jiangsu", "江苏"),
      p("CN-JX", "CN-36", "Jiangxi", "Jiangxi", "江西"),
      p("CN-LN", "CN-21", "Liaoning", "Liaoning", "辽宁"),
      p("CN-MO", "CN-92", "Macao", "Macao|Macau|Aomen", "澳门"),
      p("CN-NM", "CN-15", "Inner Mongolia", "Inner Mongolia|Nei Mongol|Nei Menggu|Neimenggu", "内蒙古"),
      p("CN-NX", "CN-64", "Ningxia", "Ningxia", "宁夏"),
      p("CN-QH", "CN-63", "Qinghai", "Qinghai", "青海"),
      p("CN-SC", "CN-51", "Sichuan", "Sichuan", "四川"),
      p("CN-SD", "CN-37", "Shandong", "Shandong", "山东"),
      p("CN-SH", "CN-31", "Shanghai", "Shanghai", "上海"),
      p("CN-SN", "CN-61", "Shaanxi", "Shaanxi", "陕西"),
      p("CN-SX", "CN-14", "Shanxi", "Shanxi", "山西"),
      p("CN-TJ", "CN-12", "Tianjin", "Tianjin", "天津"),
      p("CN-TW", "CN-71", "Taiwan", "Taiwan", "台湾"),
      p("CN-XZ", "CN-54", "Tibet", "Xizang|Tibet", "西藏"),
      p("CN-YN", "CN-53", "Yunnan", "Yunnan", "云南"),
      p("CN-ZJ", "CN-33", "Zhejiang", "Zhejiang", "浙江"));

  private static final Map<String, Province> BY_CODE = OTHERS.stream()
      .flatMap(p -> Stream.of(Map.entry(p.code(), p), Map.entry(p.numericCode(), p)))
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private Provinces() {}

  private static Province p(String code, String numeric, String name, String latin, String chinese) {
    return new Province(code, numeric, name, List.of(latin.split("\\|")), List.of(chinese.split("\\|")));
  }

  /**
   * Finds a province other than Xinjiang by its ISO 3166-2 code.
   *
   * @param region a region code in any case
   * @return the province, or empty
   */
  static Optional<Province> byCode(String region) {
    return Optional.ofNullable(BY_CODE.get(region.toUpperCase(Locale.ROOT)));
  }

  /**
   * Whether a region code is Xinjiang's.
   *
   * @param region a region code in any case
   * @return whether it is {@code CN-XJ} or {@code CN-65}
   */
  static boolean isXinjiang(String region) {
    String r = region.toUpperCase(Locale.ROOT);
    return r.equals(XINJIANG) || r.equals(XINJIANG_NUMERIC);
  }
}
