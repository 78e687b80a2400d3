package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.Romanizer;

/**
 * A second reading of a name written in Chinese script, whose romanized syllables are cut into words the way the
 * listed names cut them. The {@link Normalizer} cuts a romanized run into words of two syllables when it does not know
 * better (大零号湾 "daling haowan"); an English rendering may cut it elsewhere ("Dalinghao Bay"), and 信鸿康曼德楹
 * "xinhong kangman deying" may be written "Xinhong ... Ying". This reading cuts each stretch of adjacent romanized
 * words anew so as to cover as many syllables as possible with words of the list: words of pinyin of two syllables or
 * more, or of one syllable of four letters or more (shorter ones, an, de, li, are too common to mean anything, unless
 * two or more of them follow each other as in a listed name: Yan Tian Port for 盐田港), and,
 * for a character whose English meaning the list has (湾 bay, 雷 thunder: {@link HanGlosses}), that meaning, for a word
 * of two to four characters whose English meaning or brand the list has (北方 north, 万科 Vanke: {@link HanWords}, when
 * the optional CC-CEDICT table is present), that meaning or brand, and, for
 * two to four syllables with the consonant skeleton of a listed English word ({@link Sounds}: 康曼德 kangmande /
 * Commando), that word; a meaning or a sound counts half as much as a syllable spelled. Syllables the list spells in
 * Wade-Giles ({@link WadeGiles}: 东旭 Tunghsu) count as spelled, and the reading names them; so do characters the list
 * spells in Cantonese as Hong Kong names write them ({@link Cantonese}: 达华 Tatwah, 周生生 Chow Sang Sang), two or
 * more at a time, as one listed word, two run together or one word a character in a listed name's order. The
 * syllables left between
 * them are joined as the normalizer joins a run. A business word the normalizer translated is spelled in pinyin when
 * the list spells it so (科创 Kechuang). Deterministic and stateless.
 *
 * <p>Only the cut changes, and the characters read by meaning or sound, which the reading names: the syllables, their order and
 * everything else in the name stay as they are, so the reading spells the same Chinese name; a name whose cut the list
 * does not change has no second reading. The cut is the best one against the whole list, so one listed word may hide
 * another cut that a second listed name would have needed.
 */
public final class ListedSegmentation {

  /** The most syllables one word may have: four covers the longest trade names written as one word. */
  private static final int MAX_WORD = 4;
  /** The most syllables one stretch may have; longer ones keep their cut (they are not names). */
  private static final int MAX_STRETCH = 24;

  private static final int SPELLED = 0;
  private static final int GLOSS = 1;
  private static final int SOUND = 2;
  /** A word of two to four characters read by its meaning or the brand it names ({@link HanWords}). */
  private static final int WORD = 3;
  /** Syllables spelled in Wade-Giles ({@link WadeGiles}: 东旭 Tunghsu). */
  private static final int WADE_GILES = 4;
  /** Characters spelled in Cantonese as Hong Kong names write them ({@link Cantonese}: 达华 Tat Wah). */
  private static final int CANTONESE = 5;

  private ListedSegmentation() {}

  /**
   * A second reading of a name.
   *
   * @param name the name as cut anew
   * @param glossed the characters and words read by their English meaning, each as "湾 bay" or "北方 north"; empty
   *     when none
   * @param sounded the characters read as an English word that sounds like them, each as "康曼德 commando"; empty
   *     when none
   * @param wadeGiles the characters spelled in Wade-Giles, each as "东旭 tunghsu"; empty when none
   * @param cantonese the characters spelled in Cantonese, each as "达华 tatwah" or "周生生 chow sang sang"; empty
   *     when none
   */
  public record Reading(NormalizedName name, List<String> glossed, List<String> sounded, List<String> wadeGiles,
      List<String> cantonese) {}

  /**
   * The name with its romanized stretches cut as the list cuts them, or null when that changes nothing.
   *
   * @param name a normalised name that was written (at least partly) in Chinese script
   * @param listed whether a token is a word of the list
   * @param meanings whether a word of the list may be the meaning of a character: an English distinctive word
   * @param sounds the English distinctive words of the list of a consonant skeleton
   * @param romanizer the romanizer that romanized the name, to find the characters of each stretch
   * @param english the canonical tokens of an English phrase, as the normalizer writes them
   * @param runs what the list holds, to spell characters in Cantonese one syllable at a time
   * @return the other reading, or null
   */
  public static Reading of(NormalizedName name, Predicate<String> listed, Predicate<String> meanings,
      Function<String, List<String>> sounds, Romanizer romanizer, Function<String, String[]> english,
      ListedRuns runs) {
    String[] tokens = name.tokens();
    String han = SimplifiedHan.fold(name.original());
    String[] readings = readings(han, romanizer);
    int cursor = 0;
    List<String> outTokens = new ArrayList<>(tokens.length + 4);
    List<TokenClass> outClasses = new ArrayList<>(tokens.length + 4);
    List<Boolean> outParen = new ArrayList<>(tokens.length + 4);
    boolean changed = false;
    List<String> glossed = new ArrayList<>();
    List<String> sounded = new ArrayList<>();
    List<String> wadeGiles = new ArrayList<>();
    List<String> cantonese = new ArrayList<>();
    int k = 0;
    while (k < tokens.length) {
      int end = k;
      StringBuilder joined = new StringBuilder();
      while (end < tokens.length && romanized(name, end, k)) {
        joined.append(tokens[end]);
        end++;
      }
      if (end == k) {
        outTokens.add(tokens[k]);
        outClasses.add(name.classes()[k]);
        outParen.add(name.parenthetical()[k]);
        k++;
        continue;
      }
      List<String> syllables = new ArrayList<>();
      StringBuilder chars = new StringBuilder();
      int at = align(joined.toString(), han, readings, cursor, syllables, chars);
      if (at < 0) { // the characters are not found: cut the words into syllables, without glosses
        chars = null;
        for (int t = k; t < end; t++) {
          syllables.addAll(Arrays.asList(PinyinSyllables.of(tokens[t])));
        }
      } else {
        cursor = at;
      }
      List<String> words = syllables.size() <= MAX_STRETCH ? cut(syllables, chars, listed, meanings, sounds, runs,
          glossed, sounded, wadeGiles, cantonese)
          : null;
      List<String> before = Arrays.asList(tokens).subList(k, end);
      if (words == null || words.equals(before)) {
        words = before;
      } else {
        changed = true;
      }
      for (String w : words.stream().flatMap(x -> Arrays.stream(x.split(" "))).toList()) { // "great wall" is two
        Lexicon.Classified c = Lexicon.classify(w);
        outTokens.add(c.token());
        outClasses.add(c.tokenClass() == TokenClass.STOPWORD ? TokenClass.DISTINCTIVE : c.tokenClass());
        outParen.add(name.parenthetical()[k]);
      }
      k = end;
    }
    changed |= spellBusinessWords(han, readings, listed, english, outTokens, outClasses, outParen);
    if (!changed) {
      return null;
    }
    int kept = Math.min(outTokens.size(), Normalizer.MAX_TOKENS);
    boolean[] paren = new boolean[kept];
    for (int i = 0; i < kept; i++) {
      paren[i] = outParen.get(i);
    }
    return new Reading(new NormalizedName(name.original(), outTokens.subList(0, kept).toArray(new String[0]),
        outClasses.subList(0, kept).toArray(new TokenClass[0]), paren, name.stopwords(),
        name.notCompared() + outTokens.size() - kept), List.copyOf(glossed), List.copyOf(sounded),
        List.copyOf(wadeGiles), List.copyOf(cantonese));
  }

  /**
   * Spells in pinyin the business words of the name that the list spells so (科创 "science technology innovation"
   * as Kechuang): for each business word of the {@link Lexicon} in the name whose pinyin, of four letters or more, is a
   * listed word, the tokens of its translation are replaced by that word. Returns whether any was.
   */
  private static boolean spellBusinessWords(String han, String[] readings, Predicate<String> listed,
      Function<String, String[]> english, List<String> tokens, List<TokenClass> classes, List<Boolean> paren) {
    boolean changed = false;
    for (String[] phrase : Lexicon.hanPhrasesIn(han)) {
      int at = han.indexOf(phrase[0]);
      if (at < 0) {
        continue;
      }
      StringBuilder pinyin = new StringBuilder();
      for (int i = at; i < at + phrase[0].length() && pinyin != null; i++) {
        pinyin = readings[i] == null ? null : pinyin.append(readings[i]);
      }
      if (pinyin == null || pinyin.length() < 4 || !listed.test(pinyin.toString())) {
        continue;
      }
      List<String> translation = Arrays.asList(english.apply(phrase[1]));
      if (translation.equals(List.of(pinyin.toString()))) {
        continue; // a place written in pinyin in both (上海 Shanghai)
      }
      int from = translation.isEmpty() ? -1 : java.util.Collections.indexOfSubList(tokens, translation);
      if (from < 0) {
        continue;
      }
      boolean inParen = paren.get(from);
      for (int k = 0; k < translation.size(); k++) {
        tokens.remove(from);
        classes.remove(from);
        paren.remove(from);
      }
      Lexicon.Classified c = Lexicon.classify(pinyin.toString());
      tokens.add(from, c.token());
      classes.add(from, c.tokenClass() == TokenClass.STOPWORD ? TokenClass.DISTINCTIVE : c.tokenClass());
      paren.add(from, inParen);
      changed = true;
    }
    return changed;
  }

  /** Whether token {@code i} continues a stretch of romanized words begun at {@code from}. */
  private static boolean romanized(NormalizedName name, int i, int from) {
    String t = name.tokens()[i];
    return name.classes()[i] == TokenClass.DISTINCTIVE && name.parenthetical()[i] == name.parenthetical()[from]
        && isLetters(t) && PinyinSyllables.of(t) != null;
  }

  /**
   * The reading of each character of a name folded to simplified characters: its romanization, letters only, for a Han
   * character the romanizer knows; null for any other.
   *
   * @param han the name, folded ({@link SimplifiedHan#fold(String)})
   * @param romanizer the romanizer
   * @return one reading or null per character
   */
  static String[] readings(String han, Romanizer romanizer) {
    String[] readings = new String[han.length()];
    for (int i = 0; i < han.length(); i++) {
      if (Character.UnicodeScript.of(han.charAt(i)) == Character.UnicodeScript.HAN) {
        readings[i] = romanizer.romanize(String.valueOf(han.charAt(i))).map(r -> r.replace(" ", ""))
            .filter(ListedSegmentation::isLetters).orElse(null);
      }
    }
    return readings;
  }

  /**
   * Finds, from {@code from} on, consecutive characters whose readings spell {@code joined}; fills their readings
   * and the characters in, and returns the position after them, or -1 when there are none.
   */
  static int align(String joined, String han, String[] readings, int from, List<String> syllables,
      StringBuilder chars) {
    for (int p = from; p < han.length(); p++) {
      int matched = 0;
      int q = p;
      while (q < han.length() && readings[q] != null && matched < joined.length()
          && joined.startsWith(readings[q], matched)) {
        matched += readings[q].length();
        q++;
      }
      if (matched == joined.length() && q > p) {
        for (int i = p; i < q; i++) {
          syllables.add(readings[i]);
          chars.append(han.charAt(i));
        }
        return q;
      }
    }
    return -1;
  }

  private static boolean isLetters(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !t.isEmpty();
  }

  /**
   * Cuts syllables into words: listed words of pinyin (two points a syllable), or two to four syllables each a listed
   * word where they follow each other in a listed name ("yan tian" for Yan Tian Port; as many points), or, for a
   * character of known meaning, an
   * English distinctive word of the list that is its meaning (one point), or, for a word of two to four characters of
   * known meaning, a listed word (or two) that is its meaning or brand (one point a syllable), or, for two to four
   * syllables, an English distinctive word of the list with their consonant skeleton (one point a syllable); as many
   * points as possible, then as few listed words as possible; null when no listed word is found. A cut that reads by
   * meaning or sound must leave no syllable of the stretch over, and one that reads single characters by meaning must
   * also spell, sound out or read as a word another word (大零号湾 as Dalinghao Bay, not 弘大 as Great Great); a word's
   * meaning stands alone (万科 Vanke); otherwise the stretch is cut with spelled words only.
   *
   * @param syllables the syllables of a stretch
   * @param chars their characters, or null when not known (no meanings then)
   * @param listed whether a token is a word of the list
   * @param meanings whether a word of the list may be the meaning of a character
   * @param sounds the English distinctive words of the list of a consonant skeleton
   * @param runs what the list holds, to spell characters in Cantonese ({@link Cantonese#words})
   * @param glossed where to add the characters and words read by meaning, as "湾 bay" or "万科 vanke"
   * @param sounded where to add the characters read by sound, as "康曼德 commando"
   * @param wadeGiles where to add the characters spelled in Wade-Giles, as "东旭 tunghsu"
   * @param cantonese where to add the characters spelled in Cantonese, as "达华 tatwah"
   * @return the words, or null
   */
  static List<String> cut(List<String> syllables, CharSequence chars, Predicate<String> listed,
      Predicate<String> meanings, Function<String, List<String>> sounds, ListedRuns runs, List<String> glossed,
      List<String> sounded, List<String> wadeGiles, List<String> cantonese) {
    List<String>[] inCantonese = cantoneseWords(syllables, chars, runs);
    Cut c = best(syllables, chars, listed, meanings, sounds, runs, inCantonese, true);
    if (c.glossed.isEmpty() && c.sounded.isEmpty()) {
      wadeGiles.addAll(c.wadeGiles);
      cantonese.addAll(c.cantonese);
      return c.words;
    }
    if (!c.leftOver && (c.glossed.isEmpty() || c.spelledOrSounded)) {
      glossed.addAll(c.glossed);
      sounded.addAll(c.sounded);
      wadeGiles.addAll(c.wadeGiles);
      cantonese.addAll(c.cantonese);
      return c.words;
    }
    Cut spelled = best(syllables, chars, listed, meanings, sounds, runs, inCantonese, false);
    wadeGiles.addAll(spelled.wadeGiles);
    cantonese.addAll(spelled.cantonese);
    return spelled.words;
  }

  /** A cut: its words (null when none is listed), what it read by meaning or sound, and how it covers the stretch. */
  private record Cut(List<String> words, List<String> glossed, List<String> sounded, List<String> wadeGiles,
      List<String> cantonese, boolean leftOver, boolean spelledOrSounded) {}

  private static Cut best(List<String> syllables, CharSequence chars, Predicate<String> listed,
      Predicate<String> meanings, Function<String, List<String>> sounds, ListedRuns runs,
      List<String>[] spelledInCantonese, boolean foreign) {
    int n = syllables.size();
    int[] points = new int[n + 1]; // best points for the prefix of length i
    int[] words = new int[n + 1]; // listed words used for that
    int[] back = new int[n + 1]; // start of the last listed word ending at i, or -1 when syllable i-1 is left over
    String[] word = new String[n + 1]; // that word
    int[] kind = new int[n + 1]; // what that word is: SPELLED, GLOSS, SOUND, WORD or WADE_GILES
    String[] wade = new String[n];
    for (int i = 0; i < n; i++) {
      wade[i] = WadeGiles.spell(syllables.get(i));
    }
    for (int i = 1; i <= n; i++) {
      points[i] = points[i - 1];
      words[i] = words[i - 1];
      back[i] = -1;
      StringBuilder sb = new StringBuilder();
      StringBuilder wb = new StringBuilder();
      StringBuilder spaced = new StringBuilder();
      boolean apart = true; // the syllables from i - len on are listed words that follow each other in a listed name
      for (int len = 1; len <= MAX_WORD && len <= i; len++) {
        String syllable = syllables.get(i - len);
        sb.insert(0, syllable);
        wb.insert(0, wade[i - len]);
        String w = sb.toString();
        if ((len >= 2 || w.length() >= 4) && listed.test(w)
            && consider(points, words, back, word, i, i - len, 2 * len, w)) {
          kind[i] = SPELLED;
        }
        apart = apart && runs.listed(syllable)
            && (len == 1 || runs.adjacent(syllable, syllables.get(i - len + 1)));
        if (apart) {
          spaced.insert(0, len == 1 ? syllable : syllable + " ");
          String s = spaced.toString();
          if (len >= 2 && distinctive(s) && consider(points, words, back, word, i, i - len, 2 * len, s)) {
            kind[i] = SPELLED; // a syllable a word, as a listed name writes them (Yan Tian Port for 盐田港)
          }
        }
        String wg = wb.toString();
        if ((len >= 2 || wg.length() >= 4) && !wg.equals(w) && listed.test(wg)
            && consider(points, words, back, word, i, i - len, 2 * len, wg)) {
          kind[i] = WADE_GILES;
        }
        List<String> inCantonese = spelledInCantonese[i * (MAX_WORD + 1) + len];
        if (inCantonese != null) {
          for (String c : inCantonese) {
            if (!c.equals(w) && !c.equals(wg) && consider(points, words, back, word, i, i - len, 2 * len, c)) {
              kind[i] = CANTONESE;
            }
          }
        }
        if (foreign && chars != null && len >= 2) {
          for (String[] g : HanWords.of(chars, i - len, i)) {
            String joined = String.join("", g);
            String read = listed.test(joined) ? joined
                : g.length > 1 && Arrays.stream(g).allMatch(listed) ? String.join(" ", g) : null;
            if (read != null && consider(points, words, back, word, i, i - len, len, read)) {
              kind[i] = WORD;
            }
          }
        }
        String key = foreign && len >= 2 ? Sounds.skeleton(w) : "";
        if (key.length() >= Sounds.MIN_CONSONANTS) {
          for (String e : sounds.apply(key)) {
            if (consider(points, words, back, word, i, i - len, len, e)) {
              kind[i] = SOUND;
            }
          }
        }
      }
      if (foreign && chars != null) {
        for (String g : HanGlosses.of(chars.charAt(i - 1))) {
          if (meanings.test(g) && consider(points, words, back, word, i, i - 1, 1, g)) {
            kind[i] = GLOSS;
          }
        }
      }
    }
    if (points[n] == 0) {
      return new Cut(null, List.of(), List.of(), List.of(), List.of(), true, false);
    }
    List<String> out = new ArrayList<>();
    List<String> gap = new ArrayList<>();
    List<String> glossed = new ArrayList<>();
    List<String> sounded = new ArrayList<>();
    List<String> wadeGiles = new ArrayList<>();
    List<String> cantonese = new ArrayList<>();
    boolean leftOver = false;
    boolean spelledOrSounded = false;
    int i = n;
    while (i > 0) {
      if (back[i] < 0) {
        gap.add(0, syllables.get(i - 1));
        leftOver = true;
        i--;
      } else {
        flushGap(gap, out);
        out.add(0, word[i]);
        String source = chars == null ? String.join("", syllables.subList(back[i], i))
            : chars.subSequence(back[i], i).toString();
        if (kind[i] == GLOSS) {
          glossed.add(0, source + " " + word[i]);
        } else if (kind[i] == WORD) {
          glossed.add(0, source + " " + word[i]);
          spelledOrSounded = true;
        } else {
          spelledOrSounded = true;
          if (kind[i] == SOUND) {
            sounded.add(0, source + " " + word[i]);
          } else if (kind[i] == WADE_GILES) {
            wadeGiles.add(0, source + " " + word[i]);
          } else if (kind[i] == CANTONESE) {
            cantonese.add(0, source + " " + word[i]);
          }
        }
        i = back[i];
      }
    }
    flushGap(gap, out);
    return new Cut(out, glossed, sounded, wadeGiles, cantonese, leftOver, spelledOrSounded);
  }

  /**
   * The listed words that spell runs of two to {@link #MAX_WORD} characters in Cantonese ({@link Cantonese#words}),
   * those that are distinctive and do not read as pinyin, by the run's end and length ({@code end * (MAX_WORD + 1) +
   * len}); searched once per start, not once per run.
   */
  @SuppressWarnings("unchecked")
  private static List<String>[] cantoneseWords(List<String> syllables, CharSequence chars, ListedRuns runs) {
    int n = syllables.size();
    List<String>[] out = new List[(n + 1) * (MAX_WORD + 1)];
    if (chars == null) {
      return out;
    }
    for (int from = 0; from + 2 <= n; from++) {
      int start = from;
      Cantonese.words(chars, from, Math.min(n, from + MAX_WORD), runs, (to, word) -> {
        int k = to * (MAX_WORD + 1) + (to - start);
        if ((out[k] == null || !out[k].contains(word)) && distinctive(word) && !Cantonese.readsAsPinyin(word)) {
          if (out[k] == null) {
            out[k] = new ArrayList<>(2);
          }
          out[k].add(word);
        }
      });
    }
    return out;
  }

  /**
   * Whether every word of a spelling ("tatwah", "sun hung kai") is a distinctive word: a place or a business word
   * spelled in Cantonese (港 kong) would read a place or a business of the list into the name.
   */
  private static boolean distinctive(String spelling) {
    for (String w : spelling.split(" ")) {
      TokenClass c = Lexicon.classify(w).tokenClass();
      if (c != TokenClass.DISTINCTIVE && c != TokenClass.STOPWORD) {
        return false;
      }
    }
    return true;
  }

  /** Takes a listed word ending at {@code i} when it does better; returns whether it did. */
  private static boolean consider(int[] points, int[] words, int[] back, String[] word, int i, int from, int gain,
      String w) {
    int p = points[from] + gain;
    int u = words[from] + 1;
    if (p > points[i] || p == points[i] && u < words[i]) {
      points[i] = p;
      words[i] = u;
      back[i] = from;
      word[i] = w;
      return true;
    }
    return false;
  }

  /** Prepends the left-over syllables, joined as the normalizer joins a run. */
  private static void flushGap(List<String> gap, List<String> out) {
    if (gap.isEmpty()) {
      return;
    }
    String joined = Normalizer.joinSyllables(String.join(" ", gap));
    out.addAll(0, Arrays.asList(joined.split(" ")));
    gap.clear();
  }
}
