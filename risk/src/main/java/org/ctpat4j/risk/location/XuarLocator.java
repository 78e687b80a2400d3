package org.ctpat4j.risk.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.risk.location.PlaceMatch.Kind;
import org.ctpat4j.risk.location.XuarPlacement.Answer;

/**
 * Decides whether a facility is in the Xinjiang Uyghur Autonomous Region (XUAR), where goods made wholly or in part
 * are presumed made with forced labor (Uyghur Forced Labor Prevention Act, Pub. L. 117-78, section 3). It is the one
 * place in ctpat4j that reads a facility's location; rules and reports take its {@link XuarPlacement}.
 *
 * <p>What it reads:
 *
 * <ul>
 *   <li>The region: ISO 3166-2 {@code CN-XJ}, or the numeric {@code CN-65} used before 2017 (reported as
 *       {@code CN-XJ}). Another region of China (ISO 3166-2:CN) or of another country places the facility outside.
 *   <li>The address, in any script and spelling: Xinjiang named ({@code Xinjiang}, {@code 新疆}, {@code XUAR},
 *       {@code Sinkiang}, {@code Uyghur/Uygur/Uighur Autonomous Region}); a prefecture, county or XPCC city of the
 *       {@link Gazetteer} in Chinese (with or without its suffix 市, 县, 区, 地区, 自治州), in Pinyin (with or without
 *       spaces, apostrophes, hyphens) or in another listed spelling ({@code Korla}, {@code Ürümqi}, {@code Kashgar});
 *       any unit of the Xinjiang Production and Construction Corps ({@code 兵团}, {@code XPCC}, {@code 第一师},
 *       {@code 144团}); a postcode 83xxxx or 84xxxx; China's other province-level divisions; other countries.
 *   <li>The facility's name, only when there is no region and the address names nothing.
 * </ul>
 *
 * <p>Latin text is matched on whole words (so {@code Usu} is not found in {@code Wusuli}); Chinese text as substrings,
 * the longest first. Text is compared after NFKC, removal of diacritics and case folding. Only the first
 * {@value #MAX_SCANNED} characters of an address or name are read, so the time is linear and bounded; the explanation
 * says when an address was cut.
 *
 * <p>A name the gazetteer marks ambiguous ({@code Aksu}, {@code Yiwu}, {@code Manas}) needs corroboration: the country
 * CN for names shared only with places abroad; otherwise Xinjiang named, its parent or a child unit named, a postcode
 * 83xxxx/84xxxx, the full Chinese name, an XPCC unit or the region {@code CN-XJ}. Without it the answer is
 * {@link Answer#UNCERTAIN}, or {@link Answer#OUT} when the address or region names another province or the country is
 * not China. A Xinjiang name only inside a street name ({@code Xinjiang Road}, {@code 乌鲁木齐路}) or a company name
 * ({@code Xinjiang Trading Co.}) is {@link Answer#UNCERTAIN}. A region or country that contradicts the address is a
 * conflict, answered {@link Answer#IN}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class XuarLocator {

  /** How many characters of an address or name are read at most. */
  public static final int MAX_SCANNED = 2000;

  private static final int MAX_SPAN = 6;
  private static final String XINJIANG_ZH = "新疆维吾尔自治区";
  private static final String XPCC_NAME = "Xinjiang Production and Construction Corps";
  private static final String XPCC_ZH = "新疆生产建设兵团";
  private static final Set<String> LEVEL_WORDS = Set.of(
      "county", "xian", "city", "shi", "prefecture", "diqu", "district", "qu", "zhou", "region", "autonomous");
  private static final Set<String> DIRECTIONS = Set.of(
      "north", "south", "east", "west", "middle", "central", "bei", "nan", "dong", "xi", "zhong", "n", "s", "e", "w");
  private static final Set<String> STREETS = Set.of(
      "road", "rd", "lu", "street", "st", "avenue", "ave", "lane", "ln", "alley", "boulevard", "blvd", "jie",
      "dajie", "dadao", "hutong", "xiang", "way");
  private static final Set<String> COMPANY_WORDS = Set.of(
      "co", "company", "corp", "corporation", "ltd", "limited", "inc", "incorporated", "group", "llc", "plc",
      "gmbh", "holding", "holdings", "trading", "industries", "enterprise", "enterprises", "factory");
  private static final List<String> HAN_STREETS = List.of("路", "大街", "大道", "街", "巷", "胡同");
  private static final List<String> HAN_COMPANY = List.of("公司", "有限", "集团", "股份", "厂", "商行", "贸易", "合作社");
  private static final String HAN_STOPS = "省市县区州镇乡村路街号道";
  private static final String DIRECTIONS_ZH = "东西南北中";
  private static final Pattern POSTCODE = Pattern.compile("(?<![0-9])8[34][0-9]{4}(?![0-9])");
  private static final Pattern XPCC_UNIT = Pattern.compile(
      "(?:第|农)(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})师(?![范傅大兄弟])"
          + "|(?<![0-9一二三四五六七八九十百〇零])(?:[0-9]{1,3}|[一二三四五六七八九十百〇零]{1,4})团(?![结体队员购委])"
          + "|\\b(?:[0-9]{1,3}(?:st|nd|rd|th)?\\s+regiment|regiment\\s+(?:no\\.?\\s*)?[0-9]{1,3})\\b");

  private final Gazetteer gazetteer;
  private final Map<String, List<Target>> latin = new HashMap<>();
  private final Map<String, List<Target>> han = new HashMap<>();
  private final Set<String> spacedKeys = new HashSet<>();
  private final int maxHan;

  private XuarLocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Gazetteer.Place p : gazetteer.places()) {
      index(p);
    }
    for (String f : List.of("Xinjiang", "Sinkiang", "XUAR", "Uyghur Autonomous Region", "Uygur Autonomous Region",
        "Uighur Autonomous Region", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region",
        "Xinjiang Uighur Autonomous Region", "Xinjiang Weiwuer Zizhiqu", "Xinjiang Uygur Zizhiqu")) {
      addLatin(f, new Target(TKind.XINJIANG, null, "Xinjiang", Provinces.XINJIANG, "新疆", f.contains(" "), null));
    }
    for (String f : List.of("新疆", XINJIANG_ZH, "新疆自治区", "维吾尔自治区")) {
      add(han, f, new Target(TKind.XINJIANG, null, "Xinjiang", Provinces.XINJIANG, "新疆", f.endsWith("区"), null));
    }
    for (String f : List.of("XPCC", "Bingtuan", "Production and Construction Corps", XPCC_NAME)) {
      addLatin(f, new Target(TKind.XPCC, null, XPCC_NAME, "", XPCC_ZH, true, null));
    }
    for (String f : List.of("兵团", "生产建设兵团", XPCC_ZH)) {
      add(han, f, new Target(TKind.XPCC, null, XPCC_NAME, "", XPCC_ZH, true, null));
    }
    for (Provinces.Province p : Provinces.OTHERS) {
      Target t = new Target(TKind.PROVINCE, null, p.name(), p.code(), p.chineseNames().get(0), true, null);
      p.latinNames().forEach(n -> addLatin(n, t));
      p.chineseNames().forEach(n -> add(han, n, t));
    }
    Codes.countryNames(Locale.ENGLISH).forEach((written, iso) -> {
      if (!Set.of("CN", "HK", "MO", "TW").contains(iso) && written.chars().allMatch(c -> c < 0x3000)) {
        String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
        addLatin(written, new Target(TKind.COUNTRY, null, name, iso, "", true, null));
      }
    });
    this.maxHan = han.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * Returns the locator of the bundled gazetteer, built once on first use.
   *
   * @return the locator
   */
  public static XuarLocator bundled() {
    return Holder.INSTANCE;
  }

  /**
   * Creates a locator for a gazetteer.
   *
   * @param gazetteer the gazetteer, for example a newer edition read with {@link Gazetteer#read}
   * @return the locator
   */
  public static XuarLocator of(Gazetteer gazetteer) {
    return new XuarLocator(Objects.requireNonNull(gazetteer, "gazetteer"));
  }

  /**
   * Returns the gazetteer.
   *
   * @return the gazetteer this locator recognises places with
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Places a facility from its country, region, address and name.
   *
   * @param facility the facility
   * @return the placement
   */
  public XuarPlacement locate(Facility facility) {
    Objects.requireNonNull(facility, "facility");
    return locate(facility.country(), facility.region(), facility.address(), facility.name());
  }

  /**
   * Places a facility.
   *
   * @param country the ISO 3166-1 alpha-2 country code; never null or blank
   * @param region the ISO 3166-2 region code, or {@code null}
   * @param address the address in any script, or {@code null}
   * @param name the facility's name, or {@code null}
   * @return the placement
   * @throws NullPointerException when the country is null
   * @throws IllegalArgumentException when the country is blank
   */
  public XuarPlacement locate(String country, String region, String address, String name) {
    Objects.requireNonNull(country, "country");
    if (country.isBlank()) {
      throw new IllegalArgumentException("country must not be blank");
    }
    return new Reading(country.strip().toUpperCase(Locale.ROOT), blankToNull(region), blankToNull(address),
        blankToNull(name)).read();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ---------------------------------------------------------------------------------------------------- indexing

  private enum TKind { XINJIANG, XPCC, PLACE, PROVINCE, COUNTRY }

  /**
   * Something a form names.
   *
   * @param kind what it is
   * @param place the gazetteer row, for {@link TKind#PLACE}
   * @param display the spelling to show
   * @param code the code
   * @param nameZh the Chinese name
   * @param full whether the form is a full Chinese name with its suffix (or needs no corroboration)
   * @param group the ambiguity of the form, or null
   */
  private record Target(
      TKind kind, Gazetteer.Place place, String display, String code, String nameZh, boolean full,
      Ambiguity.Group group) {}

  private void index(Gazetteer.Place p) {
    Set<String> hanForms = new LinkedHashSet<>();
    hanForms.add(p.nameZh());
    String shortForm = withoutSuffix(p.nameZh());
    if (shortForm.length() >= 2) {
      hanForms.add(shortForm);
    }
    List<String> latinForms = new ArrayList<>();
    latinForms.add(p.namePinyin());
    for (String o : p.otherNames()) {
      if (o.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        hanForms.add(o);
      } else {
        latinForms.add(o);
      }
    }
    for (String f : hanForms) {
      boolean full = f.equals(p.nameZh()) || (f.length() >= 3 && f.matches(".*(市|县|区|州)"));
      add(han, f, new Target(TKind.PLACE, p, p.namePinyin(), p.code(), p.nameZh(), full, Ambiguity.of(p, f)));
    }
    for (String f : latinForms) {
      addLatin(f, new Target(TKind.PLACE, p, f, p.code(), p.nameZh(), false, Ambiguity.of(p, Folded.key(f))));
    }
  }

  private static String withoutSuffix(String nameZh) {
    String s = nameZh;
    for (String suffix : List.of("自治州", "自治县", "地区", "市", "县", "区")) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    for (String people : List.of("回族", "蒙古", "哈萨克", "柯尔克孜", "锡伯", "塔吉克")) {
      if (s.endsWith(people) && s.length() > people.length()) {
        s = s.substring(0, s.length() - people.length());
        break;
      }
    }
    return s;
  }

  private void addLatin(String form, Target t) {
    String key = Folded.key(form);
    if (key.isEmpty()) {
      return;
    }
    if (form.strip().contains(" ")) {
      spacedKeys.add(key);
    }
    add(latin, key, t);
  }

  private static void add(Map<String, List<Target>> map, String key, Target t) {
    List<Target> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(t)) {
      list.add(t);
    }
  }

  // ---------------------------------------------------------------------------------------------------- scanning

  private enum Context { PLACE, STREET, COMPANY }

  /**
   * A recognised span of a text.
   *
   * @param start the folded start
   * @param text the original text
   * @param targets what the form names
   * @param context how the words around it read
   * @param levelWord the level word after a Latin form ({@code county}), or null
   * @param hanForm the Chinese form, or null for Latin
   */
  private record Hit(
      int start, String text, List<Target> targets, Context context, String levelWord, String hanForm) {}

  private record Scan(List<Hit> hits, List<PlaceMatch> postcodes, boolean cut) {}

  private Scan scan(String raw) {
    if (raw == null) {
      return new Scan(List.of(), List.of(), false);
    }
    boolean cut = raw.length() > MAX_SCANNED;
    String s = raw;
    if (cut) {
      int end = MAX_SCANNED;
      if (Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      s = s.substring(0, end);
    }
    Folded f = Folded.of(s);
    String t = f.text();
    List<Hit> hits = new ArrayList<>();
    scanHan(f, t, hits);
    scanLatin(f, t, hits);
    Matcher m = XPCC_UNIT.matcher(t);
    while (m.find()) {
      hits.add(new Hit(m.start(), f.original(m.start(), m.end()),
          List.of(new Target(TKind.XPCC, null, XPCC_NAME, "", XPCC_ZH, true, null)), Context.PLACE, null, null));
    }
    hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<PlaceMatch> postcodes = new ArrayList<>();
    Matcher pc = POSTCODE.matcher(t);
    while (pc.find()) {
      postcodes.add(new PlaceMatch(pc.group(), "a postcode in Xinjiang's range (83xxxx-84xxxx)", "", "",
          Kind.POSTCODE, false, false));
    }
    return new Scan(hits, postcodes, cut);
  }

  private void scanHan(Folded f, String t, List<Hit> hits) {
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Folded.isHan(t.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && Folded.isHan(t.charAt(runEnd))) {
        runEnd++;
      }
      while (i < runEnd) {
        int matched = 0;
        for (int len = Math.min(maxHan, runEnd - i); len >= 2; len--) {
          List<Target> targets = han.get(t.substring(i, i + len));
          if (targets != null) {
            String form = t.substring(i, i + len);
            hits.add(new Hit(i, f.original(i, i + len), targets, hanContext(t, i + len, targets), null, form));
            matched = len;
            break;
          }
        }
        i += matched > 0 ? matched : 1;
      }
    }
  }

  private static Context hanContext(String t, int end, List<Target> targets) {
    int k = end;
    if (k < t.length() && DIRECTIONS_ZH.indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    if (!t.startsWith("街道", k)) {
      for (String s : HAN_STREETS) {
        if (t.startsWith(s, k)) {
          return Context.STREET;
        }
      }
    }
    if (targets.stream().allMatch(Target::full)) {
      return Context.PLACE;
    }
    StringBuilder window = new StringBuilder();
    for (int j = end; j < t.length() && j < end + 16; j++) {
      char c = t.charAt(j);
      if (!Folded.isHan(c) || HAN_STOPS.indexOf(c) >= 0) {
        break;
      }
      window.append(c);
    }
    for (String w : HAN_COMPANY) {
      if (window.indexOf(w) >= 0) {
        return Context.COMPANY;
      }
    }
    return Context.PLACE;
  }

  private void scanLatin(Folded f, String t, List<Hit> hits) {
    List<int[]> tokens = new ArrayList<>();
    List<Boolean> joinable = new ArrayList<>();
    List<Boolean> spaced = new ArrayList<>();
    int n = t.length();
    int i = 0;
    int prevEnd = -1;
    while (i < n) {
      if (!Folded.isWord(t.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Folded.isWord(t.charAt(i))) {
        i++;
      }
      boolean join = prevEnd >= 0;
      boolean space = false;
      for (int g = Math.max(prevEnd, 0); prevEnd >= 0 && g < start; g++) {
        char c = t.charAt(g);
        if (!Folded.isJoiner(c)) {
          join = false;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          space = true;
        }
      }
      tokens.add(new int[] {start, i});
      joinable.add(join);
      spaced.add(space);
      prevEnd = i;
    }
    int count = tokens.size();
    String[] words = new String[count];
    for (int k = 0; k < count; k++) {
      words[k] = t.substring(tokens.get(k)[0], tokens.get(k)[1]);
    }
    int j = 0;
    while (j < count) {
      int last = j;
      while (last + 1 < count && joinable.get(last + 1) && last + 1 - j < MAX_SPAN) {
        last++;
      }
      int matched = 0;
      for (int span = last - j + 1; span >= 1 && matched == 0; span--) {
        StringBuilder key = new StringBuilder();
        boolean withSpace = false;
        for (int k = j; k < j + span; k++) {
          key.append(words[k]);
          withSpace |= k > j && spaced.get(k);
        }
        List<Target> targets = latin.get(key.toString());
        if (targets == null) {
          continue;
        }
        int after = j + span;
        String level = after < count && joinable.get(after) && LEVEL_WORDS.contains(words[after]) ? words[after] : null;
        boolean placeOnly = targets.stream().allMatch(x -> x.kind() == TKind.PLACE);
        if (withSpace && placeOnly && span < 3 && level == null && !spacedKeys.contains(key.toString())) {
          continue;
        }
        Context ctx = level != null ? Context.PLACE : latinContext(words, joinable, after);
        hits.add(new Hit(tokens.get(j)[0], f.original(tokens.get(j)[0], tokens.get(after - 1)[1]), targets, ctx,
            level, null));
        matched = span;
      }
      j += matched > 0 ? matched : 1;
    }
  }

  private static Context latinContext(String[] words, List<Boolean> joinable, int after) {
    int k = after;
    while (k < words.length && joinable.get(k) && DIRECTIONS.contains(words[k])) {
      k++;
    }
    if (k < words.length && joinable.get(k) && STREETS.contains(words[k])) {
      return Context.STREET;
    }
    for (int m = after; m < words.length && m < after + 8 && joinable.get(m); m++) {
      if (COMPANY_WORDS.contains(words[m])) {
        return Context.COMPANY;
      }
    }
    return Context.PLACE;
  }

  // ---------------------------------------------------------------------------------------------------- reading

  /** One placement in progress. */
  private final class Reading {

    private final String country;
    private final String region;
    private final String address;
    private final String name;
    private final boolean cn;
    private final List<PlaceMatch> recognised = new ArrayList<>();

    Reading(String country, String region, String address, String name) {
      this.country = country;
      this.region = region;
      this.address = address;
      this.name = name;
      this.cn = country.equals("CN");
    }

    XuarPlacement read() {
      boolean regionXj = region != null && Provinces.isXinjiang(region);
      String regionText = null;
      Provinces.Province regionProvince = null;
      if (region != null) {
        regionProvince = Provinces.byCode(region).orElse(null);
        String upper = region.toUpperCase(Locale.ROOT);
        regionText = regionXj
            ? (upper.equals(Provinces.XINJIANG_NUMERIC) ? "region CN-65 (read as CN-XJ)" : "region CN-XJ")
            : "region " + region + (regionProvince != null ? " (" + regionProvince.name() + ")" : "");
        recognised.add(new PlaceMatch(region, regionXj ? "Xinjiang" : regionProvince != null
            ? regionProvince.name() : region, regionXj ? Provinces.XINJIANG : upper,
            regionXj ? "新疆" : regionProvince != null ? regionProvince.chineseNames().get(0) : "",
            Kind.REGION_CODE, false, false));
      }

      Scan scan = scan(address);
      Evidence ev = new Evidence(scan, regionXj, cn);
      recognised.addAll(ev.matches);

      List<String> parts = new ArrayList<>();
      boolean xuarAddress = !ev.xuar.isEmpty();
      String others = join(ev.elsewhere);
      if (regionXj || xuarAddress) {
        boolean conflict = false;
        if (regionXj) {
          parts.add(regionText);
          if (!cn) {
            conflict = true;
            parts.add("but country " + country);
          }
          if (!ev.elsewhere.isEmpty()) {
            conflict = true;
            parts.add("but the address names " + others);
          }
          if (xuarAddress) {
            parts.add("address names " + join(ev.xuar));
          }
        } else {
          if (region != null) {
            conflict = true;
            parts.add(regionText + " but the address names " + join(ev.xuar));
          } else if (!cn) {
            conflict = true;
            parts.add("country " + country + " but the address names " + join(ev.xuar));
          } else {
            parts.add("address names " + join(ev.xuar));
          }
          if (!ev.elsewhere.isEmpty()) {
            parts.add("it also names " + others);
          }
        }
        parts.addAll(ev.notes);
        if (conflict) {
          parts.add("the contradiction is treated as in Xinjiang");
        }
        return done(Answer.IN, conflict, parts, scan.cut());
      }

      List<String> doubts = new ArrayList<>(ev.doubts);
      if (!cn) {
        parts.add("country " + country + (region != null ? ", " + regionText : ""));
        parts.addAll(ev.outsideNotes);
        parts.addAll(doubts);
        return done(Answer.OUT, false, parts, scan.cut());
      }
      if (region != null) {
        parts.add(regionText);
        Provinces.Province rp = regionProvince;
        boolean confirmed = rp != null && ev.elsewhereCodes.contains(rp.code());
        if (!ev.streetOrCompany.isEmpty() && !confirmed) {
          parts.addAll(doubts);
          parts.add("the address does not confirm the region");
          return done(Answer.UNCERTAIN, false, parts, scan.cut());
        }
        parts.addAll(ev.outsideNotes);
        parts.addAll(doubts);
        return done(Answer.OUT, false, parts, scan.cut());
      }
      if (!ev.elsewhere.isEmpty()) {
        if (!ev.streetOrCompany.isEmpty() || !scan.postcodes().isEmpty()) {
          parts.add("address names " + others);
          parts.addAll(doubts);
          return done(Answer.UNCERTAIN, false, parts, scan.cut());
        }
        parts.add("address names " + others + " and no place in Xinjiang");
        parts.addAll(ev.outsideNotes);
        parts.addAll(doubts);
        return done(Answer.OUT, false, parts, scan.cut());
      }
      if (!doubts.isEmpty()) {
        return done(Answer.UNCERTAIN, false, doubts, scan.cut());
      }
      if (!scan.postcodes().isEmpty()) {
        parts.add("address has the postcode " + scan.postcodes().get(0).text()
            + ", in Xinjiang's range (83xxxx-84xxxx), but names no place");
        return done(Answer.UNCERTAIN, false, parts, scan.cut());
      }
      if (ev.matches.isEmpty() && name != null) {
        Scan names = scan(name);
        Evidence ne = new Evidence(names, false, cn);
        List<PlaceMatch> inName = new ArrayList<>();
        for (PlaceMatch pm : ne.matches) {
          boolean xuar = switch (pm.kind()) {
            case PROVINCE_NAME, PREFECTURE, COUNTY, XPCC, STREET_OR_COMPANY -> !pm.ambiguous() || pm.corroborated();
            default -> false;
          };
          if (xuar) {
            inName.add(new PlaceMatch(pm.text(), pm.place(), pm.code(), pm.nameZh(), Kind.FACILITY_NAME,
                pm.ambiguous(), pm.corroborated()));
          }
        }
        if (!inName.isEmpty()) {
          recognised.addAll(inName);
          parts.add("only the facility's name mentions " + join(inName.stream().map(PlaceMatch::describe).toList())
              + "; " + (address == null ? "there is no region or address" : "there is no region and the address names"
              + " no place"));
          return done(Answer.UNCERTAIN, false, parts, scan.cut());
        }
      }
      parts.add("country CN with no region and " + (address == null ? "no address"
          : "an address that names no province or place that could be recognised"));
      return done(Answer.UNKNOWN, false, parts, scan.cut());
    }

    private XuarPlacement done(Answer answer, boolean conflict, List<String> parts, boolean cut) {
      String text = String.join("; ", parts);
      if (cut) {
        text += " (only the first " + MAX_SCANNED + " characters of the address were read)";
      }
      return new XuarPlacement(answer, conflict, text, recognised);
    }
  }

  /** What an address says, read against the country and region. */
  private static final class Evidence {

    final List<PlaceMatch> matches = new ArrayList<>();
    /** The Xinjiang things the address names as places, described. */
    final List<String> xuar = new ArrayList<>();
    /** Other provinces and countries named as places, described. */
    final List<String> elsewhere = new ArrayList<>();
    final Set<String> elsewhereCodes = new HashSet<>();
    final List<String> streetOrCompany = new ArrayList<>();
    /** Why the answer is uncertain. */
    final List<String> doubts = new ArrayList<>();
    /** Notes on ambiguous names read as places outside Xinjiang. */
    final List<String> outsideNotes = new ArrayList<>();
    /** Notes on corroborated ambiguous names. */
    final List<String> notes = new ArrayList<>();

    Evidence(Scan scan, boolean regionXj, boolean cn) {
      // first pass: what is named as a place, for corroboration
      boolean xinjiangNamed = false;
      for (Hit h : scan.hits()) {
        if (h.context() != Context.PLACE) {
          continue;
        }
        for (Target t : h.targets()) {
          switch (t.kind()) {
            case XINJIANG, XPCC -> xinjiangNamed = true;
            case PROVINCE, COUNTRY -> elsewhereCodes.add(t.code());
            default -> { }
          }
        }
      }
      boolean postcode = !scan.postcodes().isEmpty();
      for (Hit h : scan.hits()) {
        Target t = choose(h);
        switch (t.kind()) {
          case PROVINCE, COUNTRY -> {
            if (h.context() == Context.PLACE) {
              PlaceMatch pm = new PlaceMatch(h.text(), t.display(), t.code(), t.nameZh(),
                  t.kind() == TKind.PROVINCE ? Kind.OTHER_PROVINCE : Kind.OTHER_COUNTRY, false, false);
              matches.add(pm);
              if (!elsewhere.contains(pm.describe())) {
                elsewhere.add(pm.describe());
              }
            }
          }
          default -> {
            Ambiguity.Group group = group(h);
            boolean ambiguous = group != null;
            String describe = describe(h, t);
            if (h.context() != Context.PLACE) {
              String where = h.context() == Context.STREET ? "a street name" : "a company name";
              matches.add(new PlaceMatch(h.text(), place(h, t), t.code(), t.nameZh(), Kind.STREET_OR_COMPANY,
                  ambiguous, false));
              streetOrCompany.add(h.text());
              doubts.add("'" + h.text() + "' (" + describe + ") appears only in " + where);
              continue;
            }
            String strong = null;
            if (ambiguous) {
              strong = regionXj ? "the region CN-XJ"
                  : xinjiangNamed ? "Xinjiang named"
                  : postcode ? "the postcode " + scan.postcodes().get(0).text()
                  : h.hanForm() != null && t.full() ? "the full Chinese name"
                  : related(h, scan.hits()) ? "a parent or child unit named" : null;
            }
            boolean weak = group == Ambiguity.Group.ABROAD && cn && elsewhereCodes.isEmpty();
            boolean corroborated = ambiguous && (strong != null || weak);
            Kind kind = switch (t.kind()) {
              case XINJIANG -> Kind.PROVINCE_NAME;
              case XPCC -> Kind.XPCC;
              default -> t.place().xpcc() ? Kind.XPCC
                  : t.place().level() == Gazetteer.Level.PREFECTURE ? Kind.PREFECTURE : Kind.COUNTY;
            };
            matches.add(new PlaceMatch(h.text(), place(h, t), t.code(), t.nameZh(), kind, ambiguous, corroborated));
            if (!ambiguous || corroborated) {
              if (!xuar.contains(describe)) {
                xuar.add(describe);
              }
              if (ambiguous) {
                notes.add("'" + h.text() + "' is also a name outside Xinjiang, corroborated by "
                    + (strong != null ? strong : "the country CN"));
              }
            } else if (group == Ambiguity.Group.ABROAD && !cn) {
              outsideNotes.add("'" + h.text() + "' is read as the place of that name outside China, not "
                  + describe);
            } else {
              String why = "'" + h.text() + "' may be " + describe + " but the name is also used outside Xinjiang";
              if (elsewhereCodes.isEmpty()) {
                doubts.add(why + ", and nothing corroborates it (Xinjiang, a parent unit, a postcode 83xxxx-84xxxx"
                    + " or the full Chinese name)");
              } else {
                outsideNotes.add("'" + h.text() + "' is read as the place of that name there, not " + describe);
              }
            }
          }
        }
      }
      matches.addAll(scan.postcodes());
    }
  }

  private static Ambiguity.Group group(Hit h) {
    Ambiguity.Group g = null;
    for (Target t : candidates(h)) {
      if (t.group() == Ambiguity.Group.DOMESTIC) {
        return Ambiguity.Group.DOMESTIC;
      }
      if (t.group() == Ambiguity.Group.ABROAD) {
        g = Ambiguity.Group.ABROAD;
      }
    }
    return g;
  }

  /** Whether another place named in the text is the parent or a child of one of the units a hit may be. */
  private static boolean related(Hit h, List<Hit> hits) {
    for (Hit other : hits) {
      if (other == h || other.context() != Context.PLACE) {
        continue;
      }
      for (Target o : other.targets()) {
        if (o.place() == null) {
          continue;
        }
        for (Target t : candidates(h)) {
          if (t.place() != null && t.place() != o.place()
              && (t.place().parentCode().equals(o.code()) || o.place().parentCode().equals(t.code()))
              && !o.code().isEmpty() && !t.code().isEmpty()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<Target> candidates(Hit h) {
    List<Target> places = h.targets().stream().filter(t -> t.kind() == TKind.PLACE).toList();
    if (places.isEmpty()) {
      return h.targets();
    }
    if (h.hanForm() != null) {
      List<Target> full = places.stream().filter(t -> t.nameZh().equals(h.hanForm())).toList();
      return full.isEmpty() ? places : full;
    }
    if (h.levelWord() != null) {
      String w = h.levelWord();
      List<Target> level = places.stream().filter(t -> switch (w) {
        case "county", "xian" -> t.nameZh().endsWith("县");
        case "city", "shi" -> t.nameZh().endsWith("市");
        case "district", "qu" -> t.nameZh().endsWith("区") && !t.nameZh().endsWith("地区");
        default -> t.place().level() == Gazetteer.Level.PREFECTURE;
      }).toList();
      if (!level.isEmpty()) {
        return level;
      }
    }
    return places;
  }

  private static Target choose(Hit h) {
    List<Target> c = candidates(h);
    if (h.hanForm() == null) {
      List<Target> exact = c.stream().filter(t -> t.display().equalsIgnoreCase(h.text())).toList();
      c = exact.isEmpty() ? c : exact;
    }
    for (Target t : c) {
      if (t.place() != null && t.place().level() == Gazetteer.Level.PREFECTURE) {
        return t;
      }
    }
    return c.get(0);
  }

  private static String place(Hit h, Target t) {
    if (t.kind() != TKind.PLACE) {
      return t.display();
    }
    String zh = t.nameZh();
    String level = zh.endsWith("地区") || zh.endsWith("州") ? "Prefecture"
        : zh.endsWith("市") ? "City" : zh.endsWith("县") ? "County" : "District";
    String base = h.hanForm() != null ? t.place().namePinyin() : t.display();
    return base + " " + level;
  }

  private static String describe(Hit h, Target t) {
    String place = place(h, t);
    return t.nameZh().isEmpty() || place.contains(t.nameZh()) ? place : place + " (" + t.nameZh() + ")";
  }

  private static String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** Holds the locator of the bundled gazetteer. */
  private static final class Holder {
    static final XuarLocator INSTANCE = new XuarLocator(Gazetteer.bundled());

    private Holder() {}
  }
}
