package org.ctpat4j.bench.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ctpat4j.risk.ScreeningEntityMatcher;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningQuery;

/**
 * Deterministic data for the screening benchmark: the bundled UFLPA list replicated with variations to about 3,000
 * names and aliases (a stand-in for the complete list with aliases), and any number of supplier names, mostly not
 * listed, some of them variants of listed names.
 */
public final class ScreeningData {

  private static final String[] INITIALS = {"b", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r",
      "s", "sh", "t", "w", "x", "y", "z", "zh"};
  private static final String[] FINALS = {"a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "ian", "iang",
      "in", "ing", "ong", "ou", "u", "uan", "un", "uo"};
  private static final String[] PLACES = {"Xinjiang", "Hotan", "Aksu", "Kashgar", "Changji", "Shihezi", "Turpan",
      "Urumqi", "Hami", "Korla", "Guangdong", "Zhejiang", "Jiangsu", "Shandong", "Hebei", "Henan", "Anhui", "Fujian",
      "Shanghai", "Ningbo", "Qingdao", "Tianjin", "Dalian", "Hangzhou", "Wuxi", "Baotou", "Inner Mongolia"};
  private static final String[] SECTORS = {"Silicon Industry", "Textile", "Cotton Textile", "New Energy", "Food",
      "Chemical", "Mining", "Nonferrous Metals", "Technology", "Biotechnology", "International Trade", "Logistics",
      "Solar Technology", "Wool Textile", "Hair Accessories", "Magnesium Products", "Tomato Products", "Shoes",
      "Color Spinning", "Iron and Steel", "Green Energy", "Canned Food", "Electronics", "Polysilicon", "Garment",
      "Paper Products", "Plastic Products", "Auto Parts", "Furniture", "Toys"};
  private static final String[] LEGAL = {"Co., Ltd.", "Company Limited", "Group Co., Ltd.", "Industry Co., Ltd.",
      "Corporation", "Group", "Co. Ltd", "Holdings Ltd.", "Inc.", "LLC", "GmbH", "Sdn Bhd", "S.A.", "Pvt Ltd"};
  private static final String[] WESTERN = {"Northern", "Pacific", "Atlantic", "Summit", "Pioneer", "Liberty", "Apex",
      "Evergreen", "Golden", "Silver", "Blue", "Red", "Star", "Sun", "Harbor", "River", "Lake", "Mountain", "Prairie",
      "Coastal", "Royal", "United", "Premier", "Global", "Delta", "Omega", "Vector", "Nova", "Orion", "Atlas"};

  private ScreeningData() {}

  /** The bundled list as entries, Chinese names added as aliases (the risk engine's own adapter). */
  public static List<ScreeningEntry> bundledList() {
    return ScreeningEntityMatcher.entries(ReferenceData.bundled().uflpaEntities());
  }

  /**
   * The bundled list plus replicas until the list holds at least {@code targetNames} names and aliases: each replica
   * of a row keeps its shape (place, sector words, legal form, number of aliases) with a new distinctive word.
   *
   * @param targetNames the number of names and aliases wanted, e.g. 3,000
   * @return the entries
   */
  public static List<ScreeningEntry> replicatedList(int targetNames) {
    List<ScreeningEntry> base = bundledList();
    List<ScreeningEntry> out = new ArrayList<>(base);
    int names = base.stream().mapToInt(e -> e.names().size()).sum();
    SplittableRandom random = new SplittableRandom(3000);
    int replica = 0;
    while (names < targetNames) {
      ScreeningEntry template = base.get(replica % base.size());
      String brand = brand(random);
      String place = PLACES[random.nextInt(PLACES.length)];
      ScreeningEntry.Builder b = ScreeningEntry.newBuilder("rep-" + replica,
          place + " " + brand + " " + SECTORS[random.nextInt(SECTORS.length)] + " " + LEGAL[random.nextInt(4)])
          .country("CN");
      int aliases = Math.max(1, (int) template.aliases().stream().filter(a -> a.chars().allMatch(c -> c < 0x3000))
          .count());
      for (int k = 0; k < aliases; k++) {
        b.alias(random.nextBoolean() ? brand + " " + SECTORS[random.nextInt(SECTORS.length)]
            : place + " " + brand(random) + " " + SECTORS[random.nextInt(SECTORS.length)] + " Co., Ltd.");
      }
      ScreeningEntry e = b.build();
      out.add(e);
      names += e.names().size();
      replica++;
    }
    return out;
  }

  /**
   * Supplier names: one in {@code listedEvery} is a variant of a listed name (abbreviated, re-cased, with a typo),
   * the others are Chinese-style or Western-style names built from the same kind of words.
   *
   * @param count how many
   * @param list the list the variants come from
   * @param listedEvery the period of listed variants
   * @param seed the seed
   * @return the queries
   */
  public static List<ScreeningQuery> suppliers(int count, List<ScreeningEntry> list, int listedEvery, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ScreeningQuery> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name;
      if (i % listedEvery == 0) {
        ScreeningEntry e = list.get(random.nextInt(list.size()));
        List<String> names = e.names();
        name = variant(names.get(random.nextInt(names.size())), random);
      } else if (random.nextInt(4) == 0) {
        name = WESTERN[random.nextInt(WESTERN.length)] + " " + WESTERN[random.nextInt(WESTERN.length)] + " "
            + SECTORS[random.nextInt(SECTORS.length)] + " " + LEGAL[random.nextInt(LEGAL.length)];
      } else {
        name = (random.nextBoolean() ? PLACES[random.nextInt(PLACES.length)] + " " : "") + brand(random) + " "
            + SECTORS[random.nextInt(SECTORS.length)] + " " + LEGAL[random.nextInt(LEGAL.length)];
      }
      out.add(random.nextInt(3) == 0 ? ScreeningQuery.of(name) : ScreeningQuery.of(name, random.nextInt(5) == 0
          ? "VN" : "CN"));
    }
    return out;
  }

  private static String variant(String name, SplittableRandom random) {
    String s = name;
    switch (random.nextInt(4)) {
      case 0 -> s = s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").replace("COMPANY", "CO")
          .replace("LIMITED", "LTD");
      case 1 -> s = s.replace("Co., Ltd.", "Company Limited");
      case 2 -> {
        int k = 1 + random.nextInt(Math.max(1, s.length() - 2));
        s = s.substring(0, k) + s.substring(k + 1);
      }
      default -> {
        // unchanged
      }
    }
    return s.isBlank() ? name : s;
  }

  private static String brand(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    int syllables = 2;
    for (int k = 0; k < syllables; k++) {
      sb.append(INITIALS[random.nextInt(INITIALS.length)]).append(FINALS[random.nextInt(FINALS.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  /**
   * Screens each query, the results consumed by the benchmark's black hole.
   *
   * @param screener the screener
   * @param queries the names
   * @param bh the black hole
   */
  public static void screenEach(EntityScreener screener, List<ScreeningQuery> queries,
      org.openjdk.jmh.infra.Blackhole bh) {
    for (ScreeningQuery q : queries) {
      bh.consume(screener.screen(q));
    }
  }
}
