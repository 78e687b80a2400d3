package org.ctpat4j.risk.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labelled test set: positive variants generated deterministically from every name and alias of the bundled list
 * (abbreviated upper case, legal-form swap, reordered tokens, dropped locality prefix or last token, one typo,
 * Chinese script and pinyin where known), and negatives (recombined Chinese-style names sharing place, sector and
 * generic words with listed names, and hand-written real-looking names from elsewhere).
 */
final class LabelledSet {

  /** One labelled supplier name; {@code expectedId} is null for a negative. */
  record Case(String name, String expectedId, String how) {
    boolean positive() {
      return expectedId != null;
    }
  }

  static final Set<String> LOCALITY_PREFIXES = Set.of("Xinjiang", "Hetian", "Changji", "Aksu", "Turpan", "Kashgar",
      "Anhui", "Henan", "Hebei", "Shandong", "Jiangsu", "Gansu", "Hangzhou", "Dalian", "Tianjin", "Dongguan", "Fujian",
      "Binzhou", "Heze", "Hengshui", "Sichuan", "Guangdong", "Baotou", "Changzhou", "Donghai", "Hunan", "Wuxi", "Inner Mongolia");

  private static final String[][] ABBREVIATIONS = {
      {"Industrial", "IND"}, {"Industry", "IND"}, {"Company", "CO"}, {"Limited", "LTD"}, {"Corporation", "CORP"},
      {"Technology", "TECH"}, {"Group", "GRP"}, {"International", "INTL"}, {"Development", "DEV"},
      {"Manufacturing", "MFG"}, {"Holdings", "HLDGS"}, {"Trading", "TRDG"}, {"Products", "PRODS"},
      {"Materials", "MATLS"}, {"Biotechnology", "BIOTECH"}};

  /** Pinyin spellings of the Chinese names in {@link KnownChineseNames}, written for this test. */
  private static final Map<String, List<String>> PINYIN = new LinkedHashMap<>();

  static {
    PINYIN.put("Xinjiang Daqo New Energy Co., Ltd.",
        List.of("Xinjiang Daquan Xinnengyuan Gufen Youxian Gongsi", "XINJIANG DAQUAN NEW ENERGY CO LTD"));
    PINYIN.put("Xinjiang Zhongtai Chemical Co. Ltd.", List.of("Xinjiang Zhongtai Huaxue Gufen Youxian Gongsi"));
    PINYIN.put("Ninestar Corporation", List.of("Nasida Gufen Youxian Gongsi"));
    PINYIN.put("Zijin Mining Group Co., Ltd.", List.of("Zijin Kuangye Jituan Gufen Youxian Gongsi"));
    PINYIN.put("Camel Group Co., Ltd.", List.of("Luotuo Jituan Gufen Youxian Gongsi"));
    PINYIN.put("Chenguang Biotech Group Co., Ltd.", List.of("Chenguang Shengwu Keji Jituan Gufen Youxian Gongsi"));
    PINYIN.put("Changhong Meiling Co., Ltd.", List.of("Changhong Meiling Gufen Youxian Gongsi"));
    PINYIN.put("Huafu Fashion Co., Ltd.", List.of("Huafu Shishang Gufen Youxian Gongsi"));
    PINYIN.put("Esquel Group", List.of("Yida Jituan"));
    PINYIN.put("Western Gold Co., Ltd.", List.of("Xibu Huangjin Gufen Youxian Gongsi"));
    PINYIN.put("Hongyuan Green Energy Co., Ltd.", List.of("Hongyuan Lvse Nengyuan Gufen Youxian Gongsi"));
    PINYIN.put("Xinjiang East Hope Nonferrous Metals Co., Ltd.",
        List.of("Xinjiang Dongfang Xiwang Youse Jinshu Youxian Gongsi"));
  }

  /** Invented brand words for negatives; the test checks that none is a token of any listed name. */
  static final List<String> BRANDS = List.of("Jinlong", "Huaxing", "Mingda", "Tianrui", "Hengtong", "Baoli",
      "Ruifeng", "Xinghe", "Kangli", "Shunda", "Haitian", "Lianfa", "Jiahe", "Fuxing", "Longsheng", "Hongda", "Weiye",
      "Dingsheng", "Sanyuan", "Zhenhua", "Jinyu", "Yongxin", "Tongda", "Runtai", "Aoli", "Guangyu", "Chuangxin",
      "Boyuan", "Lixin", "Kaida", "Zhengtong", "Yuhong", "Qiansheng", "Wanfeng", "Ronghua");
  private static final List<String> PREFIXES = List.of("Xinjiang", "Guangdong", "Zhejiang", "Jiangsu", "Shandong",
      "Hebei", "Anhui", "Shanghai", "Ningbo", "Qingdao", "Hotan", "Changji", "Aksu", "Kashgar", "Shihezi");
  private static final List<String> SECTORS = List.of("Silicon Industry", "Textile", "Cotton Textile", "New Energy",
      "Food", "Chemical", "Mining", "Nonferrous Metals", "Technology", "Biotechnology", "International Trade",
      "Logistics", "Solar Technology", "Wool Textile", "Hair Accessories", "Magnesium Products", "Tomato Products",
      "Shoes", "Color Spinning", "Iron and Steel", "Green Energy", "Canned Food", "Electronics", "Polysilicon");
  private static final List<String> SUFFIXES = List.of("Co., Ltd.", "Company Limited", "Group Co., Ltd.",
      "Industry Co., Ltd.", "Corporation", "Group", "Co. Ltd", "Holdings Ltd.");

  /** Real-looking names of companies outside the list, some sharing words with listed names. */
  static final List<String> HAND_WRITTEN_NEGATIVES = List.of("Maple Leaf Foods Inc.", "Acme Textile Mills LLC",
      "Bavaria Solar GmbH", "Penang Glove Sdn Bhd", "Western Digital Corporation", "Camel Active Apparel GmbH",
      "Sunshine Foods Ltd", "Great Wall Motor Company Limited", "Northern Star Logistics Inc.",
      "Pacific Cotton Traders LLC", "Sao Paulo Textiles S.A.", "Lyon Chimie S.A.S.", "Nordic Silicon AB",
      "Ontario Tomato Growers Co-op", "Mumbai Yarn Exports Pvt Ltd", "Dhaka Knitwear Ltd.", "Ho Chi Minh Garment JSC",
      "Hanoi Footwear Joint Stock Company", "Istanbul Denim Sanayi A.S.", "Lahore Cotton Mills Limited",
      "Guadalajara Electronics S.A. de C.V.", "Osaka Precision Parts K.K.", "Busan Steel Co., Ltd.",
      "Taipei Semiconductor Corp.", "Bangkok Seafood Co., Ltd.", "Jakarta Rubber Industries PT",
      "Cairo Linen Company", "Nairobi Coffee Exporters Ltd", "Lagos Packaging Ltd", "Quebec Aluminium Inc.",
      "Alberta Energy Holdings Ltd.", "Texas Solar Power LLC", "Carolina Cotton Growers Cooperative",
      "Oregon Timber Products Co.", "Bavarian Motor Parts AG", "Milano Moda S.r.l.", "Rotterdam Shipping B.V.",
      "Antwerp Diamonds N.V.", "Zurich Chemicals AG", "Vienna Glass GmbH", "Warsaw Furniture Sp. z o.o.",
      "Prague Machinery s.r.o.", "Budapest Pharma Kft.", "Helsinki Paper Oy", "Oslo Seafood AS",
      "Copenhagen Wind Energy A/S", "Dublin Software Ltd", "Edinburgh Wool Mill Ltd", "Cardiff Coal Company",
      "Lisbon Cork Industries S.A.", "Madrid Tomato Processing S.L.", "Athens Olive Oil S.A.",
      "Sydney Gold Mining Pty Ltd", "Perth Iron Ore Pty Ltd", "Auckland Dairy Ltd", "Santiago Copper S.A.",
      "Lima Zinc Mining S.A.C.", "Bogota Flowers S.A.S.", "Quito Cocoa Exporters", "Manila Hemp Corporation",
      "Karachi Leather Works", "Colombo Tea Traders", "Kathmandu Carpets Pvt Ltd", "Almaty Grain LLP",
      "Tashkent Cotton Textile LLC", "Bishkek Wool Company", "Ulaanbaatar Cashmere LLC", "Hong Kong Trading Company",
      "China Merchants Logistics Co.", "Shanghai Electric Group Co., Ltd.", "Golden Sun Textile Co., Ltd.",
      "East Coast Metals Inc.", "New Hope Dairy Co.", "Silicon Valley Bank", "Xinjiang Tourism Board",
      "Esquire Apparel Ltd", "Ninestone Gardens Ltd", "Camelot Foods Ltd", "Zinnia Mining Ltd",
      "Meridian Sugar Holdings", "Union Pacific Railroad Company", "Century Steel Holdings Ltd.",
      "Western Sugar Cooperative", "Huafeng Cement Co., Ltd.", "Tianjin Port Holdings Co., Ltd.",
      "Dalian Shipbuilding Industry Co., Ltd.", "Hangzhou Silk Road Trading Co., Ltd.",
      "Anhui Conch Cement Co., Ltd.", "Hebei Iron and Steel Group", "Shandong Weaving Machinery Co., Ltd.",
      "Inner Mongolia Dairy Products Co., Ltd.", "Gansu Wind Power Equipment Co., Ltd.");

  private LabelledSet() {}

  static List<Case> positives() {
    List<Case> out = new ArrayList<>();
    for (ScreeningEntry e : UflpaTestList.entries()) {
      for (String name : e.names()) {
        if (!isLatin(name)) {
          out.add(new Case(name, e.id(), "chinese script"));
          if (name.contains("股份有限公司")) {
            out.add(new Case(name.replace("股份有限公司", "有限公司"), e.id(), "chinese script, other legal form"));
          }
          continue;
        }
        add(out, upperAbbreviated(name), e, "upper case, abbreviated, no punctuation");
        add(out, swapLegalForm(name), e, "legal form changed");
        add(out, reorder(name), e, "tokens reordered");
        add(out, dropOne(name), e, "locality prefix or last word dropped");
        add(out, typo(name), e, "one typo");
      }
      PINYIN.getOrDefault(e.name(), List.of()).forEach(p -> out.add(new Case(p, e.id(), "pinyin")));
    }
    // dedupe on exact text, keep first
    Map<String, Case> unique = new LinkedHashMap<>();
    for (Case c : out) {
      unique.putIfAbsent(c.name() + "\u0000" + c.expectedId(), c);
    }
    return List.copyOf(unique.values());
  }

  static List<Case> negatives() {
    Set<String> names = new LinkedHashSet<>(HAND_WRITTEN_NEGATIVES);
    long seed = 20260101L;
    int i = 0;
    while (names.size() < HAND_WRITTEN_NEGATIVES.size() + 320) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      long r = seed >>> 16;
      String brand = BRANDS.get((int) (r % BRANDS.size()));
      String sector = SECTORS.get((int) ((r / 64) % SECTORS.size()));
      String suffix = SUFFIXES.get((int) ((r / 4096) % SUFFIXES.size()));
      boolean prefix = (r / 65536) % 3 != 0;
      String prefixWord = PREFIXES.get((int) ((r / 262144) % PREFIXES.size()));
      names.add((prefix ? prefixWord + " " : "") + brand + " " + sector + " " + suffix);
      i++;
    }
    List<Case> out = new ArrayList<>();
    for (String n : names) {
      out.add(new Case(n, null, "negative"));
    }
    return List.copyOf(out);
  }

  static boolean isLatin(String s) {
    return s.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static void add(List<Case> out, String variant, ScreeningEntry e, String how) {
    if (variant != null && !variant.isBlank()) {
      out.add(new Case(variant, e.id(), how));
    }
  }

  static String upperAbbreviated(String name) {
    String s = name;
    for (String[] a : ABBREVIATIONS) {
      s = s.replaceAll("\\b" + a[0] + "\\b", a[1]);
    }
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toUpperCase(Locale.ROOT);
  }

  static String swapLegalForm(String name) {
    String s = name.replaceAll("Co\\.?,? Ltd\\.?$", "Company Limited");
    if (!s.equals(name)) {
      return s;
    }
    if (name.endsWith("Corporation")) {
      return name.replace("Corporation", "Corp.");
    }
    if (name.endsWith("Company Limited")) {
      return name.replace("Company Limited", "Co., Ltd.");
    }
    return name + " Co., Ltd.";
  }

  private static final String LEGAL = "(\\s*,?\\s*(Co\\.?,? Ltd\\.?|Co\\.|Ltd\\.?|Corporation|Company Limited))+$";

  static String core(String name) {
    return name.replaceAll("\\s*\\(formerly known as\\)", "").replaceAll(LEGAL, "").strip();
  }

  /** Splits the core of a name into words, keeping "Inner Mongolia" as one word. */
  static String[] words(String core) {
    return core.replace("Inner Mongolia", "Inner\u00a0Mongolia").split(" ");
  }

  private static String unjoin(String s) {
    return s.replace('\u00a0', ' ');
  }

  static String reorder(String name) {
    String core = core(name);
    String legal = name.substring(Math.min(name.length(), name.indexOf(core) + core.length())).strip();
    String[] words = words(core);
    if (words.length < 2) {
      return null;
    }
    if (LOCALITY_PREFIXES.contains(unjoin(words[0])) && words.length >= 3) {
      return unjoin(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)) + " (" + words[0] + ") "
          + legal);
    }
    String tmp = words[0];
    words[0] = words[1];
    words[1] = tmp;
    return unjoin(String.join(" ", words) + " " + legal).strip();
  }

  static String dropOne(String name) {
    String core = core(name);
    String[] words = words(core);
    if (LOCALITY_PREFIXES.contains(unjoin(words[0])) && words.length >= 3) {
      return unjoin(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length))) + " Co., Ltd.";
    }
    if (words.length >= 4) {
      return unjoin(String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 1))) + " Co., Ltd.";
    }
    return null;
  }

  static String typo(String name) {
    String core = core(name);
    String[] words = core.split(" ");
    int best = -1;
    for (int k = 0; k < words.length; k++) {
      if (words[k].matches("[A-Za-z]{6,}") && (best < 0 || words[k].length() > words[best].length())) {
        best = k;
      }
    }
    if (best < 0) {
      return null;
    }
    String w = words[best];
    int mid = w.length() / 2;
    int kind = Math.floorMod(name.hashCode(), 3);
    String t = switch (kind) {
      case 0 -> w.substring(0, mid) + w.charAt(mid + 1) + w.charAt(mid) + w.substring(mid + 2); // swap
      case 1 -> w.substring(0, mid) + w.substring(mid + 1); // delete
      default -> w.substring(0, mid) + (char) ('a' + (Character.toLowerCase(w.charAt(mid)) - 'a' + 1) % 26)
          + w.substring(mid + 1);
    };
    words[best] = t;
    return String.join(" ", words) + name.substring(name.indexOf(core) + core.length());
  }
}
