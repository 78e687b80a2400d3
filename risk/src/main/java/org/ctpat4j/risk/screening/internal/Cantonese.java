package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spells Chinese characters in Cantonese as names from Hong Kong and Macau write them (周生生 Chow Sang Sang, 長江 Cheung
 * Kong, 達華 Tat Wah): the Cantonese readings of the bundled {@code han_cantonese.txt} (Jyutping, from the
 * {@code kCantonese} field of Unicode's Unihan database; see PROVENANCE.md), each spelled in the romanisation the Hong
 * Kong Government and most Hong Kong companies use. That romanisation has no published standard and spells one sound
 * several ways (Chan and Tsang for c, Sun and San for 新, Lee and Lei for 李), so each syllable has a few spellings,
 * all tried; the correspondences are those of the place names the Government gazettes (Sham Shui Po 深水埗, Tsim Sha
 * Tsui 尖沙咀, Sheung Wan 上環, Kau U Fong 九如坊), as described in "Hong Kong Government Cantonese Romanisation",
 * Wikipedia (https://en.wikipedia.org/wiki/Hong_Kong_Government_Cantonese_Romanisation), after the Government's <i>A
 * Gazetteer of Place Names in Hong Kong, Kowloon and the New Territories</i> (1960). Tones are dropped, as names drop
 * them. Deterministic and stateless.
 */
public final class Cantonese {

  /** The most spellings of one run of characters worked out for the trade-name rule. */
  static final int MAX_FORMS = 32;

  private static final String[] NONE = new String[0];
  /** Jyutping initials, two letters first (declared before the tables, which are spelled when the class loads). */
  private static final String[] INITIALS = {
    "gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"
  };
  private static final Map<Character, String[]> READINGS = load();
  private static final Map<String, List<String>> SPELLINGS = spellingsOfTable();
  private static final char FIRST = '\u4E00';
  private static final char LAST = '\u9FFF';
  /** The spellings of every character of the block, folded ones under their own code: looked up without boxing. */
  private static final List<String>[] BY_CHAR = byChar();

  private Cantonese() {}

  private static Map<Character, String[]> load() {
    Map<Character, List<String>> map = new HashMap<>();
    for (BundledLines.Line entry : BundledLines.read("/org/ctpat4j/risk/screening/han_cantonese.txt")) {
      String line = entry.text();
      int space = line.indexOf(' ');
      if (space <= 0) {
        throw new IllegalStateException("han_cantonese.txt line " + entry.number() + ": expected 'reading characters'");
      }
      String reading = line.substring(0, space);
      for (int i = space + 1; i < line.length(); i++) {
        map.computeIfAbsent(line.charAt(i), k -> new ArrayList<>(2)).add(reading);
      }
    }
    Map<Character, String[]> out = new HashMap<>(map.size() * 2);
    map.forEach((c, r) -> out.put(c, r.toArray(NONE)));
    return Map.copyOf(out);
  }

  private static Map<String, List<String>> spellingsOfTable() {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] readings : READINGS.values()) {
      for (String r : readings) {
        out.computeIfAbsent(r, Cantonese::convert);
      }
    }
    return Map.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] byChar() {
    List<String>[] out = new List[LAST - FIRST + 1];
    for (char c = FIRST; c <= LAST; c++) {
      String[] readings = readingsOf(c);
      if (readings == null) {
        out[c - FIRST] = List.of();
      } else if (readings.length == 1) {
        out[c - FIRST] = SPELLINGS.get(readings[0]);
      } else {
        Set<String> all = new LinkedHashSet<>();
        for (String r : readings) {
          all.addAll(SPELLINGS.get(r));
        }
        out[c - FIRST] = List.copyOf(all);
      }
    }
    return out;
  }

  /**
   * The Cantonese readings of a character, in Jyutping without tones.
   *
   * @param c a character, simplified or not (a traditional form the table folds reads as its simplified one)
   * @return its readings, empty when it has none
   */
  public static String[] readings(char c) {
    String[] r = readingsOf(c);
    return r == null ? NONE : r.clone();
  }

  /** The table's readings of a character or, for a traditional form it lacks, of its simplified form; else null. */
  private static String[] readingsOf(char c) {
    String[] r = READINGS.get(c);
    if (r == null) {
      char folded = SimplifiedHan.fold(c);
      r = folded == c ? null : READINGS.get(folded);
    }
    return r;
  }

  /**
   * The spellings of a Jyutping syllable in Hong Kong's romanisation, lower case.
   *
   * @param jyutping a syllable without its tone ("daat", "soeng")
   * @return its spellings ("tat"; "seung", "seong", "sheung", "sheong")
   */
  public static List<String> spell(String jyutping) {
    List<String> known = SPELLINGS.get(jyutping);
    return known != null ? known : convert(jyutping);
  }

  /**
   * The spellings of the characters from {@code from} to {@code to}, run together ("tatwah" for 达华), at most
   * {@link #MAX_FORMS}.
   *
   * @param chars the characters
   * @param from the first, inclusive
   * @param to the last, exclusive
   * @return the spellings, or an empty list when a character has no Cantonese reading or the run has more than
   *     {@link #MAX_FORMS} spellings
   */
  public static List<String> forms(CharSequence chars, int from, int to) {
    int count = 1;
    for (int p = from; p < to; p++) {
      count *= spellingsOf(chars.charAt(p)).size();
      if (count == 0 || count > MAX_FORMS) {
        return List.of();
      }
    }
    String[] out = new String[count];
    StringBuilder sb = new StringBuilder(4 * (to - from));
    for (int k = 0; k < count; k++) { // k counts in the mixed radix of the spellings of each character
      sb.setLength(0);
      int rest = k;
      for (int p = from; p < to; p++) {
        List<String> spellings = spellingsOf(chars.charAt(p));
        sb.append(spellings.get(rest % spellings.size()));
        rest /= spellings.size();
      }
      out[k] = sb.toString();
    }
    return List.of(out);
  }

  /** Receives the listed words that spell a run of characters ({@link #words}). */
  @FunctionalInterface
  public interface Sink {
    /**
     * A spelling found.
     *
     * @param to the end of the run it spells, exclusive
     * @param word one listed word, two run together, or listed words separated by spaces
     */
    void accept(int to, String word);
  }

  /**
   * The listed words that spell, in Cantonese, runs of two characters or more from {@code from} on and ending at
   * {@code maxTo} at the latest: one listed word for the whole run ("tatwah"), or two adjacent listed words run
   * together ("hanglung", which the scorer aligns with both), or one listed word per character where each follows the
   * one before in a listed name ("sun hung kai", words separated by spaces). The search stops a spelling as soon as no
   * listed word can begin with it; a run may be reached twice.
   *
   * @param chars the characters
   * @param from the first, inclusive
   * @param maxTo the end of the longest run, exclusive
   * @param runs what the list holds (the caller drops spellings that {@link #readsAsPinyin read as pinyin})
   * @param out receives each run's end and spelling
   */
  public static void words(CharSequence chars, int from, int maxTo, ListedRuns runs, Sink out) {
    glued(chars, from, from, maxTo, runs, new StringBuilder(), -1, out);
    spaced(chars, from, from, maxTo, runs, null, new StringBuilder(), out);
  }

  /**
   * Whether a spelling, its spaces dropped, also reads as syllables of pinyin ("hongtai" for 康泰 hong tai, which is
   * also the pinyin of 宏泰): such a spelling would read a Chinese name as another Mandarin name of the list, so it is
   * not taken; "tatwah", "hang lung" and "sun hung kai" are not pinyin.
   *
   * @param spelling a spelling, words separated by spaces
   * @return true when it cuts into pinyin syllables
   */
  public static boolean readsAsPinyin(String spelling) {
    String[] syllables = PinyinSyllables.of(spelling.replace(" ", ""));
    if (syllables == null) {
      return false;
    }
    for (String syllable : syllables) {
      if (syllable.chars().noneMatch(c -> "aeiouv".indexOf(c) >= 0)) {
        return false; // the interjections ng, m, hm of the table (嗯, 呣): "hanglung" is not hang lu ng
      }
    }
    return true;
  }

  /**
   * Spells on from character {@code p}: {@code boundary} is where a second listed word begins in the spelling, -1
   * while it is one word. A second word of three letters or fewer is not pruned: it may be a word the list does not
   * weigh (On in Wing On).
   */
  private static void glued(CharSequence chars, int from, int p, int maxTo, ListedRuns runs, StringBuilder sb,
      int boundary, Sink out) {
    int mark = sb.length();
    for (String s : spellingsOf(chars.charAt(p))) {
      sb.setLength(mark);
      sb.append(s);
      String cand = sb.toString();
      if (p + 1 - from >= 2 && (runs.listed(cand) || runs.joined(cand))) {
        out.accept(p + 1, cand);
      }
      if (p + 1 < maxTo) {
        if (boundary >= 0) {
          String rest = cand.substring(boundary);
          if (rest.length() <= 3 || runs.prefix(rest) || runs.listed(rest)) {
            glued(chars, from, p + 1, maxTo, runs, sb, boundary, out);
          }
        } else {
          if (runs.prefix(cand)) {
            glued(chars, from, p + 1, maxTo, runs, sb, -1, out);
          }
          if (runs.listed(cand)) { // a second listed word may begin here
            glued(chars, from, p + 1, maxTo, runs, sb, cand.length(), out);
          }
        }
      }
    }
    sb.setLength(mark);
  }

  private static void spaced(CharSequence chars, int from, int p, int maxTo, ListedRuns runs, String previous,
      StringBuilder sb, Sink out) {
    int mark = sb.length();
    for (String s : spellingsOf(chars.charAt(p))) {
      if (!runs.listed(s) || previous != null && !runs.adjacent(previous, s)) {
        continue;
      }
      sb.setLength(mark);
      if (mark > 0) {
        sb.append(' ');
      }
      sb.append(s);
      if (p + 1 - from >= 2) {
        out.accept(p + 1, sb.toString());
      }
      if (p + 1 < maxTo) {
        spaced(chars, from, p + 1, maxTo, runs, s, sb, out);
      }
    }
    sb.setLength(mark);
  }

  /** The spellings of every reading of a character, without repeats. */
  private static List<String> spellingsOf(char c) {
    return c >= FIRST && c <= LAST ? BY_CHAR[c - FIRST] : List.of();
  }

  private static List<String> convert(String jyutping) {
    if (jyutping.equals("m") || jyutping.equals("ng") || jyutping.equals("hm")) {
      return List.of(jyutping); // syllabic nasals: 吳 Ng, 五 Ng
    }
    String initial = "";
    for (String i : INITIALS) {
      if (jyutping.startsWith(i) && jyutping.length() > i.length()) {
        initial = i;
        break;
      }
    }
    String fin = jyutping.substring(initial.length());
    Set<String> out = new LinkedHashSet<>();
    if (initial.equals("j")) { // Jyutping j is y: 油 jau Yau, 如 jyu Yu or U, 源 jyun Yuen
      for (String f : finals(fin)) {
        out.add(f.startsWith("y") ? f : "y" + f);
      }
      if (fin.equals("yu")) {
        out.add("u"); // 九如坊 Kau U Fong
      }
      return List.copyOf(out);
    }
    for (String i : initials(initial)) {
      for (String f : finals(fin)) {
        out.add(i + f);
      }
    }
    if (fin.equals("un") && (initial.equals("g") || initial.equals("k"))) {
      out.add("kwun"); // 觀塘 Kwun Tong
    }
    if (fin.equals("i") && (initial.equals("z") || initial.equals("c"))) {
      out.addAll(List.of("tsz", "tze")); // 慈雲山 Tsz Wan Shan
    } else if (fin.equals("i") && initial.equals("s") || fin.equals("ei") && initial.equals("s")) {
      out.add("sze"); // 相思灣 Sheung Sze Wan, 十四鄉 Shap Sze Heung
    }
    return List.copyOf(out);
  }

  private static List<String> initials(String initial) {
    return switch (initial) {
      case "b", "p" -> List.of("p"); // 寶琳 Po Lam
      case "d", "t" -> List.of("t"); // 大澳 Tai O, 屯門 Tuen Mun
      case "g", "k" -> List.of("k"); // 筲箕灣 Shau Kei Wan
      case "gw", "kw" -> List.of("kw"); // 觀塘 Kwun Tong
      case "z", "c" -> List.of("ch", "ts"); // 葵涌 Kwai Chung, 尖沙咀 Tsim Sha Tsui
      case "s" -> List.of("s", "sh"); // 西貢 Sai Kung, 深水埗 Sham Shui Po
      default -> List.of(initial); // m, n, ng, l, f, h, w and none
    };
  }

  private static List<String> finals(String fin) {
    return switch (fin) {
      case "aa" -> List.of("a", "ah"); // 麻 Ma, 華 Wah
      case "aai" -> List.of("ai");
      case "aau", "au" -> List.of("au", "ow"); // 筲 Shau, 周 Chow
      case "aam" -> List.of("am");
      case "aan" -> List.of("an");
      case "aang" -> List.of("ang");
      case "aap", "ap" -> List.of("ap", "op"); // 鴨脷洲 Ap Lei Chau, 合 Hop
      case "aat" -> List.of("at");
      case "aak" -> List.of("ak");
      case "an" -> List.of("an", "un"); // 新 San or Sun
      case "ei" -> List.of("ei", "ee", "i"); // 地 Tei, 利 Lee
      case "i" -> List.of("i", "ee"); // 青衣 Tsing Yi, 之 Chee
      case "o" -> List.of("o", "oh");
      case "oi" -> List.of("oi", "oy"); // 彩虹 Choi Hung
      case "ou" -> List.of("o", "ou"); // 寶 Po, 大帽山 Tai Mo Shan
      case "u" -> List.of("u", "oo"); // 美孚 Mei Foo
      case "un" -> List.of("un", "oon");
      case "ut" -> List.of("ut", "oot");
      case "uk" -> List.of("uk", "ook"); // 福 Fuk or Fook
      case "oe" -> List.of("oe", "eu");
      case "oeng" -> List.of("eung", "eong"); // 上環 Sheung Wan, 南昌 Nam Cheong
      case "oek" -> List.of("euk", "eok");
      case "eoi" -> List.of("ui", "eui"); // 深水埗 Sham Shui Po, 咀 Tsui
      case "eon" -> List.of("un", "eun"); // 順 Shun
      case "eot" -> List.of("ut", "eut");
      case "yu" -> List.of("u", "ue", "yu"); // 樹 Shue, 裕 Yu
      case "yun" -> List.of("uen", "un"); // 屯門 Tuen Mun, 源 Yuen
      case "yut" -> List.of("uet", "ut"); // 月 Yuet
      default -> List.of(fin); // ai, am, ang, at, ak, e, eng, ek, iu, im, in, ing, ip, it, ik, on, ong, ok, ot, ui, ung
    };
  }
}
