package org.ctpat4j.risk.location;

import java.util.HashMap;
import java.util.Map;

/**
 * Which forms of an ambiguous gazetteer row carry its ambiguity, and whether they are shared with places abroad.
 *
 * <p>The gazetteer flags a whole row {@code ambiguous} when its name or one of its forms is used outside Xinjiang or is
 * a common word, and its README gives the reason (for example {@code 和田}: the Pinyin {@code Hetian} is also 河田).
 * This table narrows each flagged row to the forms the reason names, so that {@code Hotan} or {@code Kashgar} are not
 * held back by the ambiguity of {@code Hetian} or {@code Kashi}. Forms are compared normalised (no case, diacritics,
 * spaces, hyphens or apostrophes). A flagged row that is not in this table keeps every form ambiguous and needs strong
 * corroboration. A form marked {@link Group#ABROAD} is shared only with places or things outside China, so the country
 * CN corroborates it.
 */
final class Ambiguity {

  /** Where the other bearer of an ambiguous form is. */
  enum Group {
    /** Only outside China: the facility's country CN is corroboration enough. */
    ABROAD,
    /** Elsewhere in China, or a common word or brand: needs Xinjiang, a parent unit, a postcode or the full name. */
    DOMESTIC
  }

  /** Any form of the row. */
  static final String ALL = "*";

  private static final Map<String, Map<String, Group>> FORMS = new HashMap<>();

  static {
    // places or things abroad
    abroad("阿克苏地区", "阿克苏", "aksu", "aqsu", "akesu");
    abroad("阿克苏市", "阿克苏", "aksu", "aqsu", "akesu");
    abroad("阿勒泰地区", "阿勒泰", "altay", "altai", "aletai");
    abroad("阿勒泰市", "阿勒泰", "altay", "altai", "aletai");
    abroad("伊犁哈萨克自治州", "伊犁", "ili");
    domestic("伊犁哈萨克自治州", "yili");
    abroad("喀什地区", "kashi");
    abroad("喀什市", "kashi");
    abroad("玛纳斯县", "玛纳斯", "manas", "manasi");
    abroad("博乐市", "bole");
    abroad("阿拉尔市", "aral");
    abroad("霍尔果斯市", ALL);
    abroad("额敏县", "emin");
    abroad("木垒哈萨克自治县", "mori");
    // Pinyin shared with places elsewhere in China
    domestic("伊吾县", "yiwu");
    domestic("拜城县", "baicheng", "bay");
    domestic("于田县", "yutian");
    domestic("新和县", "新和", "xinhe"); // 新和 also begins 新和平 (peace), a common street and village name
    domestic("青河县", "qinghe");
    domestic("伊州区", "yizhou");
    domestic("新星市", "新星", "xinxing");
    domestic("精河县", "jinghe");
    domestic("焉耆回族自治县", "yanqi");
    domestic("尉犁县", "yuli");
    domestic("乌什县", "wushi");
    domestic("和田地区", "hetian");
    domestic("和田市", "hetian");
    domestic("和田县", "hetian");
    domestic("和布克赛尔蒙古自治县", "hefeng");
    domestic("奇台县", "qitai");
    domestic("乌苏市", "乌苏", "wusu", "usu");
    // the same Chinese name elsewhere
    domestic("沙湾市", "沙湾", "shawan");
    domestic("北屯市", "北屯", "beitun");
    domestic("洛浦县", "洛浦", "luopu", "lop");
    domestic("新市区", "新市", "新市区", "xinshi");
    domestic("双河市", "双河", "shuanghe");
    domestic("温泉县", "温泉", "wenquan");
    domestic("巴音郭楞蒙古自治州", "巴州");
    // common words, brands or company names
    domestic("天山区", "天山", "tianshan");
    domestic("哈密市", "哈密", "hami");
    domestic("昌吉回族自治州", "昌吉", "changji");
    domestic("昌吉市", "昌吉", "changji");
    domestic("阜康市", "fukang");
    domestic("鄯善县", "shanshan");
    domestic("和硕县", "和硕", "heshuo");
    domestic("伽师县", "jiashi");
    domestic("墨玉县", "moyu");
    domestic("民丰县", "民丰", "minfeng");
    domestic("新源县", "xinyuan");
    domestic("白杨市", "白杨", "baiyang");
    domestic("哈巴河县", "kaba");
  }

  private Ambiguity() {}

  private static void abroad(String nameZh, String... forms) {
    put(nameZh, Group.ABROAD, forms);
  }

  private static void domestic(String nameZh, String... forms) {
    put(nameZh, Group.DOMESTIC, forms);
  }

  private static void put(String nameZh, Group group, String... forms) {
    Map<String, Group> m = FORMS.computeIfAbsent(nameZh, k -> new HashMap<>());
    for (String f : forms) {
      m.put(f, group);
    }
  }

  /**
   * Says whether a form of a row is ambiguous.
   *
   * @param place the gazetteer row
   * @param key the normalised form
   * @return the group of an ambiguous form, or {@code null} when the form is not ambiguous
   */
  static Group of(Gazetteer.Place place, String key) {
    if (!place.ambiguous()) {
      return null;
    }
    Map<String, Group> m = FORMS.get(place.nameZh());
    if (m == null) {
      return Group.DOMESTIC;
    }
    Group all = m.get(ALL);
    return all != null ? all : m.get(key);
  }
}
