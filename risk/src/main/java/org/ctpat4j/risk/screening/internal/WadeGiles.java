package org.ctpat4j.risk.screening.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spells toneless Hanyu Pinyin syllables in Wade-Giles, the romanisation of Mandarin that English names from Taiwan and
 * older names from the mainland still use (东旭 Dongxu as Tunghsu, 高雄 Gaoxiong as Kaohsiung, 大同 Datong as Tatung), as
 * such names write it: without tones, without the apostrophe of aspiration (t'ung as tung) and without the umlaut (hsü
 * as hsu), so that p and b, t and d, k and g, ch and j, q and zh, ts and z and c fall together as they do in those
 * names. Wade's syllabary (T. F. Wade, <i>Yü-yen tzŭ-erh chi</i>, 1867) as H. A. Giles's dictionary (1892, 2nd ed.
 * 1912) spells it; the Library of Congress's Pinyin conversion tables (2000) give the same correspondences. Where Wade
 * allows two spellings the more common one in names is used (ssu, not szu). Deterministic and stateless.
 */
public final class WadeGiles {

  /** The spellings of the syllables of the bundled pinyin table, worked out once: a second reading asks often. */
  private static final Map<String, String> SPELLINGS = spellings();

  private WadeGiles() {}

  private static Map<String, String> spellings() {
    Map<String, String> out = new HashMap<>();
    for (String syllable : BundledPinyin.readings().values()) {
      out.computeIfAbsent(syllable, WadeGiles::convert);
    }
    return Map.copyOf(out);
  }

  /**
   * The Wade-Giles spelling of a pinyin syllable.
   *
   * @param pinyin a toneless lower-case syllable, ü written u or v
   * @return its spelling in lower case, without apostrophes or umlauts
   */
  public static String spell(String pinyin) {
    String known = SPELLINGS.get(pinyin);
    return known != null ? known : convert(pinyin);
  }

  private static String convert(String pinyin) {
    String s = pinyin.replace('v', 'u');
    switch (s) {
      case "zhi", "chi":
        return "chih";
      case "shi":
        return "shih";
      case "ri":
        return "jih";
      case "zi", "ci":
        return "tzu";
      case "si":
        return "ssu";
      case "er":
        return "erh";
      case "e", "ge", "ke":
        return s.length() == 1 ? "o" : "ko";
      case "he":
        return "ho";
      case "yi":
        return "i";
      case "you":
        return "yu";
      case "ye":
        return "yeh";
      case "yan":
        return "yen";
      case "yong":
        return "yung";
      case "yue":
        return "yueh";
      default:
        break;
    }
    String initial = initialOf(s);
    String fin = s.substring(initial.length());
    if (fin.equals("ong")) {
      fin = "ung";
    } else if (fin.equals("iong")) {
      fin = "iung";
    } else if (fin.equals("ie")) {
      fin = "ieh";
    } else if (fin.equals("ue")) {
      fin = "ueh";
    } else if (fin.equals("ian")) {
      fin = "ien";
    } else if (fin.equals("uo") && !(initial.equals("g") || initial.equals("k") || initial.equals("h")
        || initial.equals("sh"))) {
      fin = "o";
    } else if (fin.equals("ui") && (initial.equals("g") || initial.equals("k"))) {
      fin = "uei";
    }
    return initialSpelling(initial) + fin;
  }

  /**
   * The Wade-Giles spelling of consecutive syllables, run together as names write them ("tunghsu").
   *
   * @param syllables toneless pinyin syllables
   * @param from the first, inclusive
   * @param to the last, exclusive
   * @return their spelling
   */
  public static String spell(List<String> syllables, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(spell(syllables.get(i)));
    }
    return sb.toString();
  }

  private static String initialOf(String s) {
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      return s.substring(0, 2);
    }
    return !s.isEmpty() && "bpmfdtnlgkhjqxrzcsyw".indexOf(s.charAt(0)) >= 0 ? s.substring(0, 1) : "";
  }

  private static String initialSpelling(String initial) {
    return switch (initial) {
      case "b" -> "p";
      case "d" -> "t";
      case "g" -> "k";
      case "j", "q", "zh" -> "ch";
      case "x" -> "hs";
      case "r" -> "j";
      case "z", "c" -> "ts";
      default -> initial; // p, t, k, ch, sh, s, m, f, n, l, h, y, w and none
    };
  }
}
