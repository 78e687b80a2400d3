package org.ctpat4j.risk.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chinese-script names of some entities on the UFLPA Entity List, to add as aliases so that a supplier recorded in
 * Chinese script (or in its pinyin) is found.
 *
 * <p><b>Provenance, honestly:</b> these are the registered Chinese names of the parent companies as they appear in the
 * companies' own annual reports and stock-exchange listings (Shanghai, Shenzhen, Hong Kong), written down by the author
 * of this class from knowledge of those public names; they were not checked against a Federal Register notice (which
 * gives English names only) or a registry extract in this build. Only names the author was confident of are included;
 * entities whose Chinese name was uncertain are left out rather than guessed. Verify before relying on a hit that rests
 * on one of them: the explanation names the alias that matched.
 *
 * <p>Keys are the English names exactly as in the bundled {@code uflpa_entity_list.csv}.
 */
public final class KnownChineseNames {

  private static final Map<String, List<String>> BY_LISTED_NAME = build();

  private KnownChineseNames() {}

  private static Map<String, List<String>> build() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("Xinjiang Daqo New Energy Co., Ltd.", List.of("新疆大全新能源股份有限公司"));
    m.put("Xinjiang Zhongtai Chemical Co. Ltd.", List.of("新疆中泰化学股份有限公司"));
    m.put("Xinjiang Zhongtai Group Co. Ltd.", List.of("新疆中泰（集团）有限责任公司"));
    m.put("Ninestar Corporation", List.of("纳思达股份有限公司"));
    m.put("Xinjiang East Hope Nonferrous Metals Co., Ltd.", List.of("新疆东方希望有色金属有限公司"));
    m.put("Zijin Mining Group Co., Ltd.", List.of("紫金矿业集团股份有限公司"));
    m.put("Camel Group Co., Ltd.", List.of("骆驼集团股份有限公司"));
    m.put("Chenguang Biotech Group Co., Ltd.", List.of("晨光生物科技集团股份有限公司"));
    m.put("Changhong Meiling Co., Ltd.", List.of("长虹美菱股份有限公司"));
    m.put("Hongyuan Green Energy Co., Ltd.", List.of("弘元绿色能源股份有限公司"));
    m.put("Huafu Fashion Co., Ltd.", List.of("华孚时尚股份有限公司"));
    m.put("Esquel Group", List.of("溢达集团"));
    m.put("Xinjiang Zhonghe Co., Ltd.", List.of("新疆众和股份有限公司"));
    m.put("Western Gold Co., Ltd.", List.of("西部黄金股份有限公司"));
    m.put("COFCO Sugar Holding Co. Ltd", List.of("中粮糖业控股股份有限公司"));
    m.put("Xinjiang Tianshan Wool Textile Co. Ltd.", List.of("新疆天山毛纺织股份有限公司"));
    return Map.copyOf(m);
  }

  /**
   * The Chinese-script names known for a listed English name.
   *
   * @param listedName the English name exactly as the bundled list gives it
   * @return the Chinese names, empty when none is known
   */
  public static List<String> forListedName(String listedName) {
    Objects.requireNonNull(listedName, "listedName");
    return BY_LISTED_NAME.getOrDefault(listedName, List.of());
  }

  /**
   * Every listed English name with known Chinese names.
   *
   * @return an unmodifiable map from English name to Chinese names
   */
  public static Map<String, List<String>> all() {
    return BY_LISTED_NAME;
  }
}
