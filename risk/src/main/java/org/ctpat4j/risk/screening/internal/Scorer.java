package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctpat4j.risk.screening.Explanation.DiscountedToken;
import org.ctpat4j.risk.screening.Explanation.MatchKind;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.Explanation.TokenMatch;
import org.ctpat4j.risk.screening.ScreeningThresholds;

/**
 * The precise name scorer (see {@link ScreeningThresholds} for the formula). Token pairs are aligned greedily: best
 * similarity first, then heavier pairs, then list order; then unmatched adjacent tokens are joined. Deterministic and
 * stateless.
 */
public final class Scorer {

  private final ScreeningThresholds thresholds;

  /**
   * Creates a scorer.
   *
   * @param thresholds weights and penalties
   */
  public Scorer(ScreeningThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** The alignment of two names and the score it gives. */
  public static final class Result {
    final int[] listPartner; // per list token: query token index, -1 unmatched, -2 - i when joined from q[i], q[i+1]
    final int[] queryPartner; // per query token: list token index, -1 unmatched, -2 - j when joined from l[j], l[j+1]
    double score;
    List<String> notes; // null until a rule adds one
    boolean brand;
    boolean neverMatch;
    boolean neverPossible;

    /**
     * Whether the names differ in a way that rules out even POSSIBLE whatever the country adds (generic names of
     * different places).
     *
     * @return true when the pair must stay below POSSIBLE
     */
    public boolean neverPossible() {
      return neverPossible;
    }

    /**
     * Whether the names differ in a way that rules out MATCH whatever the country adds (numbers, legal-form kinds).
     *
     * @return true when the pair must stay below MATCH
     */
    public boolean neverMatch() {
      return neverMatch;
    }

    /**
     * Whether the score rests on the supplier name being the distinctive part of the listed name.
     *
     * @return true for a brand match
     */
    public boolean brand() {
      return brand;
    }

    void note(String note) {
      if (notes == null) {
        notes = new ArrayList<>(2);
      }
      notes.add(note);
    }

    Result(int q, int l) {
      listPartner = new int[l];
      queryPartner = new int[q];
      Arrays.fill(listPartner, -1);
      Arrays.fill(queryPartner, -1);
    }

    /**
     * The name score in [0, 1].
     *
     * @return the score
     */
    public double score() {
      return score;
    }
  }

  /**
   * Scores a supplier name against a listed name.
   *
   * @param q the supplier name
   * @param l the listed name
   * @return the alignment and score
   */
  public Result score(PreparedName q, PreparedName l) {
    Result r = new Result(q.tokens.length, l.tokens.length);
    if (!q.screenable() || !l.screenable()) {
      r.score = 0;
      return r;
    }
    // candidate pairs
    int n = q.tokens.length;
    int m = l.tokens.length;
    long[] pairs = new long[Math.min(n * m, 4096)];
    double[] sims = new double[pairs.length];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (q.weights[i] <= 0) {
        continue;
      }
      for (int j = 0; j < m; j++) {
        if (l.weights[j] <= 0 || count == pairs.length) {
          continue;
        }
        int e = TokenDistance.edits(q.tokens[i], l.tokens[j]);
        if (e >= 0) {
          pairs[count] = ((long) i << 32) | j;
          sims[count] = 1.0 - thresholds.typoPenalty() * e;
          count++;
        }
      }
    }
    Integer[] order = new Integer[count];
    for (int k = 0; k < count; k++) {
      order[k] = k;
    }
    final long[] p = pairs;
    final double[] s = sims;
    Arrays.sort(order, (x, y) -> {
      int c = Double.compare(s[y], s[x]);
      if (c != 0) {
        return c;
      }
      int ix = (int) (p[x] >>> 32);
      int jx = (int) p[x];
      int iy = (int) (p[y] >>> 32);
      int jy = (int) p[y];
      c = Double.compare(q.weights[iy] + l.weights[jy], q.weights[ix] + l.weights[jx]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(jx, jy);
      return c != 0 ? c : Integer.compare(ix, iy);
    });
    double[] simL = new double[m]; // similarity credited to each list token (0 when unmatched)
    double[] simQ = new double[n];
    boolean distinctiveMatched = false;
    for (Integer k : order) {
      int i = (int) (p[k] >>> 32);
      int j = (int) p[k];
      if (r.queryPartner[i] != -1 || r.listPartner[j] != -1) {
        continue;
      }
      r.queryPartner[i] = j;
      r.listPartner[j] = i;
      simL[j] = s[k];
      simQ[i] = s[k];
      distinctiveMatched |= isDistinctive(l, j);
    }
    // joined: two adjacent query tokens equal one list token
    for (int j = 0; j < m; j++) {
      if (r.listPartner[j] != -1 || l.weights[j] <= 0) {
        continue;
      }
      for (int i = 0; i + 1 < n; i++) {
        if (r.queryPartner[i] == -1 && r.queryPartner[i + 1] == -1 && q.weights[i] > 0
            && joinedEquals(q.tokens[i], q.tokens[i + 1], l.tokens[j])) {
          r.listPartner[j] = -2 - i;
          r.queryPartner[i] = j;
          r.queryPartner[i + 1] = j;
          simL[j] = 1.0;
          simQ[i] = 1.0;
          simQ[i + 1] = 1.0;
          distinctiveMatched |= isDistinctive(l, j);
          break;
        }
      }
    }
    // joined: one query token equals two adjacent list tokens
    for (int i = 0; i < n; i++) {
      if (r.queryPartner[i] != -1 || q.weights[i] <= 0) {
        continue;
      }
      for (int j = 0; j + 1 < m; j++) {
        if (r.listPartner[j] == -1 && r.listPartner[j + 1] == -1 && l.weights[j] > 0
            && joinedEquals(l.tokens[j], l.tokens[j + 1], q.tokens[i])) {
          r.queryPartner[i] = -2 - j;
          r.listPartner[j] = i;
          r.listPartner[j + 1] = i;
          simL[j] = 1.0;
          simL[j + 1] = 1.0;
          simQ[i] = 1.0;
          distinctiveMatched |= isDistinctive(l, j) || isDistinctive(l, j + 1);
          break;
        }
      }
    }
    double a = thresholds.listCoverageWeight();
    // coverage as 1 - lost weight / total weight, so that a full exact match is exactly 1.0
    double lostL = 0;
    for (int j = 0; j < m; j++) {
      lostL += l.weights[j] * (1.0 - simL[j]);
    }
    double lostQ = 0;
    double totalQ = q.totalWeight;
    String place = null; // a place that tells the listed entity apart from another with its brand, matched
    for (int i = 0; i < n; i++) {
      lostQ += q.weights[i] * (1.0 - simQ[i]);
      int j = r.queryPartner[i];
      if (j >= 0 && l.weights[j] > q.weights[i] && l.name.classes()[j] == TokenClass.LOCALITY) {
        totalQ += l.weights[j] - q.weights[i]; // it weighs for the supplier as it does for that listed name
        lostQ += (l.weights[j] - q.weights[i]) * (1.0 - simQ[i]);
        place = l.tokens[j];
      }
    }
    double score = a * (1.0 - lostL / l.totalWeight) + (1 - a) * (1.0 - lostQ / totalQ);
    if (l.hasDistinctive && !distinctiveMatched) {
      score = Math.min(score, thresholds.noDistinctiveCap());
    }
    // each name keeps a weighted word the other lacks: a substitution (Sweden / Finland, Oil / Gas), not an omission
    int extraQ = firstUnmatched(q, r.queryPartner);
    int extraL = firstUnmatched(l, r.listPartner);
    if (extraQ >= 0 && extraL >= 0 && q.hanScript != l.hanScript) {
      // one name in Chinese script, the other in Latin: the word left over on the Latin side may translate the one
      // left over on the Chinese side (耕耘 gengyun / Cultivation, 鹿秀 luxiu / Roadshow), so it is no evidence of a
      // different entity
      r.note("names in different scripts: the words left over may translate each other, no penalty");
    } else if (extraQ >= 0 && extraL >= 0 && place != null) {
      r.note("'" + place + "' tells this listed entity apart from another with its name, and both names have it:"
          + " no penalty for the words left over");
    } else if (extraQ >= 0 && extraL >= 0) {
      score -= CONFLICT_PENALTY;
      r.note(String.format(Locale.ROOT, "different words on both sides (%s / %s) -%.2f", q.tokens[extraQ],
          l.tokens[extraL], CONFLICT_PENALTY));
    }
    // the supplier name is the listed name's distinctive part (a brand): "Daqo" for Xinjiang Daqo New Energy Co., Ltd.
    if (l.hasDistinctive && firstUnmatched(q, r.queryPartner, true) < 0 && allDistinctiveMatched(l, r.listPartner)
        && firstUnmatched(l, r.listPartner, true) >= 0) {
      double querySide = 1.0 - lostQ / q.totalWeight; // below 1 when a brand token matched with a typo
      r.brand = querySide >= 1.0;
      if (score < Math.min(thresholds.possible(), querySide)) {
        score = Math.min(thresholds.possible(), querySide);
        r.note("the supplier name is the distinctive part of the listed name");
      }
    }
    // the supplier name holds the listed name's distinctive words and the place that tells it apart from another
    // listed entity of that name: "Huafu Fashion Aksu" for Aksu Huafu Color Spinning (beside Huafu Fashion)
    if (place != null && score < thresholds.possible() && allDistinctiveMatched(l, r.listPartner)) {
      score = thresholds.possible();
      r.note("the supplier name holds the listed name's distinctive words and its place '" + place + "'");
    }
    // the supplier name holds the listed name's initials: "PLA" for People's Liberation Army
    if (score < thresholds.possible() && acronymOf(q, l) >= 0) {
      score = thresholds.possible();
      r.note("'" + l.acronym + "' is the initials of the listed name");
    }
    // a Chinese name's trade name is the listed Latin name's distinctive word: 浙江双环传动机械股份有限公司 for Zhejiang
    // Shuanghuan Driveline Co., Ltd. A Chinese company name is [place][trade name][business words][legal form], and its
    // English name keeps the trade name in pinyin while it translates, rewords or drops the business words (传动机械
    // chuandong machinery / Driveline, 锂业 liye / Lithium); so the trade name alone, spelled exactly, is POSSIBLE, never
    // a MATCH, unless the two names name different places
    int trade = score < thresholds.possible() ? tradeName(q, l, r.queryPartner, r.listPartner, simQ) : -1;
    if (trade >= 0) {
      score = thresholds.possible();
      r.neverMatch = true;
      r.note("the trade name '" + q.tokens[trade] + "' of the Chinese name is the listed name's distinctive word; the"
          + " business words are not compared: POSSIBLE at most");
    }
    // the listed name spells the Chinese name's trade name otherwise than in pinyin: as its initials (许继电气股份有限公司
    // for XJ Electric Co., Ltd., 晶澳太阳能科技 for JA Solar Technology; two letters only with a sector word on both
    // sides), in Wade-Giles (东旭蓝天新能源 for Tunghsu Azure Renewable Energy) or in Cantonese as Hong Kong names write
    // it (福州达华智能科技 for Tatwah Smartech). POSSIBLE at most, as the trade-name rule
    for (Spelling spelling : Spelling.values()) {
      int j = score < thresholds.possible()
          ? tradeSpelledOtherwise(q, l, r.queryPartner, r.listPartner, spelling) : -1;
      if (j >= 0) {
        score = thresholds.possible();
        r.neverMatch = true;
        r.note("'" + spelledWords(q, l, r.listPartner, j, spelling) + "' is " + switch (spelling) {
          case INITIALS -> "the initials of the pinyin of the trade name '" + q.tokens[firstDistinctive(q)]
              + "' of the Chinese name: POSSIBLE at most";
          case WADE_GILES -> "the trade name '" + q.tokens[firstDistinctive(q)] + "' of the Chinese name spelled in"
              + " Wade-Giles; the business words are not compared: POSSIBLE at most";
          case CANTONESE -> "the trade name '" + q.tokens[firstDistinctive(q)] + "' of the Chinese name spelled in"
              + " Cantonese as Hong Kong names write it; the business words are not compared: POSSIBLE at most";
        });
      }
    }
    // legal forms of different kinds (AG / GmbH): related companies at most, never the same entity
    String[] forms = differentForms(q, l);
    if (forms != null) {
      r.neverMatch = true;
      score = Math.min(score, Math.nextDown(thresholds.match()));
      r.note("legal forms of different kinds (" + forms[0] + " / " + forms[1] + "): never a MATCH");
    }
    // names of generic words only ("State-owned Assets Supervision and Administration Commission of Shanghai" / "...
    // of Minhang District of Shanghai"): the place is what tells them apart, so a place on one side only keeps the pair
    // below POSSIBLE
    if (!q.hasDistinctive && !l.hasDistinctive) {
      String onlyOneSide = unmatchedLocality(q, r.queryPartner);
      if (onlyOneSide == null) {
        onlyOneSide = unmatchedLocality(l, r.listPartner);
      }
      if (onlyOneSide != null) {
        r.neverPossible = true;
        score = Math.min(score, Math.nextDown(thresholds.possible()));
        r.note("names without a distinctive word, and '" + onlyOneSide + "' is on one side only: below POSSIBLE");
      }
    }
    // differing numbers (series, ordinals, years) may be one family, never the same entity
    String nq = unmatchedNumber(q, r.queryPartner);
    String nl = unmatchedNumber(l, r.listPartner);
    if (nq != null && nl != null) {
      r.neverMatch = true;
      score = Math.min(score, Math.nextDown(thresholds.match()));
      r.note("numbers differ (" + nq + " / " + nl + "): never a MATCH");
    }
    r.score = Math.max(0.0, Math.min(1.0, score));
    return r;
  }

  /**
   * Subtracted when each name keeps a weighted word (other than a number, which only keeps a pair below MATCH, or a
   * word companies add and drop freely, {@link Lexicon#OPTIONAL}) that found no partner in the other: 0.15, so that two names that
   * differ only by one substituted place, sector or generic word ("Bank of China (Hong Kong)" / "(Singapore)", "BAE
   * Systems" / "BAE Industries") fall below the default POSSIBLE cut-off, while a name that only adds or drops words
   * keeps its score. On OpenSanctions' name benchmark it removes more false alarms than it loses matches.
   */
  static final double CONFLICT_PENALTY = 0.15;

  private static int firstUnmatched(PreparedName name, int[] partners) {
    return firstUnmatched(name, partners, false);
  }

  private static int firstUnmatched(PreparedName name, int[] partners, boolean withNumbers) {
    for (int k = 0; k < partners.length; k++) {
      if (partners[k] == -1 && name.weights[k] > 0 && (withNumbers || !Numbers.hasDigit(name.tokens[k])
          && !Lexicon.OPTIONAL.contains(name.tokens[k]))) {
        return k;
      }
    }
    return -1;
  }

  /** A pair of legal forms of different kinds, one from each name, when the names share no legal form; else null. */
  private static String[] differentForms(PreparedName q, PreparedName l) {
    String[] found = null;
    for (int i = 0; i < q.tokens.length; i++) {
      if (q.name.classes()[i] != TokenClass.LEGAL_FORM) {
        continue;
      }
      for (int j = 0; j < l.tokens.length; j++) {
        if (l.name.classes()[j] != TokenClass.LEGAL_FORM) {
          continue;
        }
        if (!LegalForms.differentKinds(q.tokens[i], l.tokens[j])) {
          if (LegalForms.isKnown(q.tokens[i]) && LegalForms.isKnown(l.tokens[j])) {
            return null; // a compatible pair: the same kind
          }
        } else if (found == null) {
          found = new String[] {q.tokens[i], l.tokens[j]};
        }
      }
    }
    return found;
  }

  /**
   * The trade name of a name in Chinese script: its first distinctive token when it is two or more pinyin syllables
   * ({@link #isTradeName}) and matched a distinctive token of a listed name in Latin script exactly, or, when that first
   * token is unmatched, the next distinctive one so matched, provided the listed name has an unmatched word before it
   * that may translate the first (江苏东方盛虹 / Jiangsu Eastern Shenghong, 派斯双林 / Pacific Shuanglin; not 申万宏源 /
   * Hongyuan Green Energy); -1 otherwise, and
   * also when the two names each have a place the other lacks, when the listed name has another distinctive word in
   * pinyin that is unmatched (its trade name is two words), when either name is a fund or an investment manager, and
   * for a second reading of the Chinese name.
   *
   * <p>A Chinese enterprise name is made of the administrative division, the trade name (字号), the industry or business
   * and the organisational form, in that order: Regulations on the Administration of Enterprise Name Registration
   * (企业名称登记管理规定), State Council Decree No. 734 (2020), article 6.
   */
  static int tradeName(PreparedName q, PreparedName l, int[] queryPartner, int[] listPartner, double[] simQ) {
    if (!q.hanScript || l.hanScript || q.secondReading) {
      return -1;
    }
    int first = firstDistinctive(q);
    // the first word may be translated (东方 Eastern, 派斯 Pacific) while the second is spelled: try the next one
    int t = first >= 0 && queryPartner[first] < 0 ? nextDistinctive(q, first) : first;
    if (t < 0 || !isTradeName(q.tokens[t]) || queryPartner[t] < 0 || simQ[t] < 1.0
        || !isDistinctive(l, queryPartner[t])) {
      return -1;
    }
    if (t != first && !unmatchedWordBefore(l, listPartner, queryPartner[t])) {
      return -1;
    }
    if (unmatchedLocality(q, queryPartner) != null && unmatchedLocality(l, listPartner) != null) {
      return -1; // 江苏双环 / Zhejiang Shuanghuan: two places, two companies
    }
    for (int j = 0; j < l.tokens.length; j++) {
      if (listPartner[j] == -1 && isDistinctive(l, j) && pinyinName(l.tokens[j])) {
        return -1; // 长宏制造 / Changhong Meiling: the listed trade name has a second word in pinyin, which is missing
      }
    }
    if (investmentVehicle(q) || investmentVehicle(l)) {
      return -1; // 保银 funds and their manager: a family of investment vehicles shares one trade name by design
    }
    return t;
  }

  /** How a Chinese name's trade name may be spelled otherwise than in pinyin. */
  enum Spelling {
    /** The initials of its pinyin syllables ({@link PreparedName#tradeInitials}): one listed word. */
    INITIALS,
    /** In Wade-Giles ({@link PreparedName#tradeWadeGiles}): one listed word or two run together. */
    WADE_GILES,
    /** In Cantonese ({@link PreparedName#tradeCantonese}): one listed word or two run together ("Tat Wah"). */
    CANTONESE
  }

  /**
   * The first listed token of the word or two that spell a Chinese name's trade name otherwise than in pinyin, as its
   * initials, in Wade-Giles or in Cantonese ({@link Spelling}), when the two names do not name different places and
   * neither is an investment vehicle (whose families share a name); -1 otherwise. As for the trade-name rule, the
   * listed name may have other distinctive words left over (translations: Azure for 蓝天), but none in pinyin.
   * Initials, shorter and so likelier to meet by chance, must moreover be the only distinctive word left over on both
   * sides, and two letters need a sector word (solar, electric, textile) on both sides.
   *
   * @param q the supplier name
   * @param l the listed name
   * @param queryPartner the listed token each supplier token matched, or -1
   * @param listPartner the supplier token each listed token matched, or -1
   * @param spelling how the trade name is spelled
   * @return the index of the first listed token, or -1
   */
  static int tradeSpelledOtherwise(PreparedName q, PreparedName l, int[] queryPartner, int[] listPartner,
      Spelling spelling) {
    boolean initials = spelling == Spelling.INITIALS;
    boolean spelled = switch (spelling) {
      case INITIALS -> q.tradeInitials != null;
      case WADE_GILES -> q.tradeWadeGiles != null;
      case CANTONESE -> q.tradeCantonese != null;
    };
    if (l.hanScript || !spelled) {
      return -1;
    }
    int t = firstDistinctive(q);
    if (t < 0 || queryPartner[t] >= 0) {
      return -1;
    }
    int found = -1;
    for (int j = 0; j < l.tokens.length; j++) {
      if (listPartner[j] == -1 && isDistinctive(l, j)) {
        int run = found < 0 ? spelledRun(q, l, listPartner, j, spelling) : 0;
        if (run > 0) {
          found = j;
          j += run - 1;
        } else if (initials || pinyinName(l.tokens[j])) {
          return -1; // initials must stand alone; a second listed word in pinyin is a trade name of two words
        }
      }
    }
    if (found < 0) {
      return -1;
    }
    boolean sector = false;
    for (int i = 0; i < q.tokens.length; i++) {
      if (initials && i != t && queryPartner[i] == -1 && isDistinctive(q, i)) {
        return -1;
      }
      sector |= queryPartner[i] >= 0 && q.name.classes()[i] == TokenClass.DESCRIPTOR;
    }
    if (initials && q.tradeInitials.length() == 2 && !sector) {
      return -1;
    }
    if (unmatchedLocality(q, queryPartner) != null && unmatchedLocality(l, listPartner) != null) {
      return -1;
    }
    if (investmentVehicle(q) || investmentVehicle(l)) {
      return -1;
    }
    return found;
  }

  /**
   * How many listed tokens from {@code j} on spell the trade name: 1 when the token does, 2 when it and the next,
   * unmatched, run together do (not for initials), else 0.
   */
  private static int spelledRun(PreparedName q, PreparedName l, int[] listPartner, int j, Spelling spelling) {
    String token = l.tokens[j];
    String next = spelling != Spelling.INITIALS && j + 1 < l.tokens.length && listPartner[j + 1] == -1
        && !l.name.parenthetical()[j + 1] ? l.tokens[j + 1] : null;
    switch (spelling) {
      case INITIALS:
        return token.equals(q.tradeInitials) ? 1 : 0;
      case WADE_GILES:
        return token.equals(q.tradeWadeGiles) ? 1
            : next != null && joinedEquals(token, next, q.tradeWadeGiles) ? 2 : 0;
      default: // a Cantonese spelling that reads as pinyin would read one Mandarin name as another
        for (String form : q.tradeCantonese) {
          if (token.equals(form) && !Cantonese.readsAsPinyin(form)) {
            return 1;
          }
        }
        for (String form : q.tradeCantonese) {
          if (next != null && joinedEquals(token, next, form) && !Cantonese.readsAsPinyin(form)) {
            return 2;
          }
        }
        return 0;
    }
  }

  /** The listed word or two that spell the trade name from {@code j} on, as the explanation names them. */
  private static String spelledWords(PreparedName q, PreparedName l, int[] listPartner, int j, Spelling spelling) {
    return spelledRun(q, l, listPartner, j, spelling) == 2 ? l.tokens[j] + " " + l.tokens[j + 1] : l.tokens[j];
  }

  /** Whether a listed name has an unmatched distinctive word or place before a position, outside parentheses. */
  private static boolean unmatchedWordBefore(PreparedName l, int[] listPartner, int end) {
    for (int j = 0; j < end; j++) {
      if (listPartner[j] == -1 && l.weights[j] > 0 && !l.name.parenthetical()[j]
          && (l.name.classes()[j] == TokenClass.DISTINCTIVE || l.name.classes()[j] == TokenClass.LOCALITY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token can be a trade name for the trade-name rule: two or more syllables of pinyin ("tianqi", "ganfeng").
   * One syllable ("shuang", "jiang") is too common a word to stand for a company, and a second reading of a Chinese
   * name cuts its syllables apart to meet the list's words.
   */
  static boolean isTradeName(String token) {
    String[] syllables = PinyinSyllables.of(token);
    return syllables != null && syllables.length >= 2;
  }

  /**
   * Whether a listed word reads as a name in pinyin rather than an English word: two or more syllables, each opening
   * with a consonant ("meiling"), where English words that happen to cut into syllables open one with a vowel ("e ye",
   * "bi o", "me an").
   */
  static boolean pinyinName(String token) {
    String[] syllables = PinyinSyllables.of(token);
    if (syllables == null || syllables.length < 2) {
      return false;
    }
    for (String syllable : syllables) {
      char first = syllable.charAt(0);
      if (first == 'a' || first == 'e' || first == 'o' || syllable.length() < 2) {
        return false;
      }
    }
    return true;
  }

  /** Words of funds, investment and asset managers, whose families share a trade name (the lexicon's English forms). */
  private static final java.util.Set<String> INVESTMENT_WORDS =
      java.util.Set.of("fund", "investment", "capital", "asset", "equity", "partnership", "venture");

  private static boolean investmentVehicle(PreparedName name) {
    for (String token : name.tokens) {
      if (INVESTMENT_WORDS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** The first distinctive token of a name (outside parentheses), or -1. */
  static int firstDistinctive(PreparedName name) {
    return nextDistinctive(name, -1);
  }

  /**
   * The first weighted distinctive token outside parentheses after a position.
   *
   * @param name the name
   * @param after the position, -1 for the first
   * @return its index, or -1 when there is none
   */
  static int nextDistinctive(PreparedName name, int after) {
    for (int i = after + 1; i < name.tokens.length; i++) {
      if (name.weights[i] > 0 && name.name.classes()[i] == TokenClass.DISTINCTIVE && !name.name.parenthetical()[i]) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allDistinctiveMatched(PreparedName l, int[] partners) {
    for (int k = 0; k < partners.length; k++) {
      if (partners[k] == -1 && isDistinctive(l, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The supplier token that equals the listed name's initials, when the supplier name has no other distinctive
   * token; -1 otherwise.
   */
  static int acronymOf(PreparedName q, PreparedName l) {
    if (l.acronym == null) {
      return -1;
    }
    int found = -1;
    for (int i = 0; i < q.tokens.length; i++) {
      if (q.tokens[i].equals(l.acronym) && q.weights[i] > 0) {
        found = i;
      } else if (q.name.classes()[i] == TokenClass.DISTINCTIVE && !q.name.parenthetical()[i]) {
        return -1;
      }
    }
    return found;
  }

  private static String unmatchedLocality(PreparedName name, int[] partners) {
    for (int k = 0; k < partners.length; k++) {
      if (partners[k] == -1 && name.name.classes()[k] == TokenClass.LOCALITY
          && !Lexicon.PLACE_WORDS.contains(name.tokens[k])) {
        return name.tokens[k];
      }
    }
    return null;
  }

  private static String unmatchedNumber(PreparedName name, int[] partners) {
    for (int k = 0; k < partners.length; k++) {
      if (partners[k] == -1 && Numbers.hasDigit(name.tokens[k])) {
        return name.tokens[k];
      }
    }
    return null;
  }

  private static boolean isDistinctive(PreparedName l, int j) {
    return l.name.classes()[j] == TokenClass.DISTINCTIVE && !l.name.parenthetical()[j];
  }

  /**
   * Whether two adjacent tokens, joined, equal a third: "sun" + "speed" = "sunspeed"; a first token the plural stemmer
   * shortened may take its "s" back ("siemen" + "ag" = "siemensag", from "Siemens AG" / "SiemensAG").
   */
  static boolean joinedEquals(String a, String b, String whole) {
    if (whole.length() == a.length() + b.length()) {
      return whole.startsWith(a) && whole.endsWith(b);
    }
    return whole.length() == a.length() + 1 + b.length() && Normalizer.mayBeStem(a) && whole.startsWith(a)
        && whole.charAt(a.length()) == 's' && whole.endsWith(b);
  }

  /**
   * The matched token pairs, in list order.
   *
   * @param q the supplier name
   * @param l the listed name
   * @param r their alignment
   * @return the matches
   */
  public static List<TokenMatch> matches(PreparedName q, PreparedName l, Result r) {
    List<TokenMatch> out = new ArrayList<>();
    for (int j = 0; j < l.tokens.length; j++) {
      int p = r.listPartner[j];
      TokenClass c = l.name.classes()[j];
      if (p >= 0) {
        int qi = p;
        if (r.queryPartner[qi] < -1) { // one query token joined to l[j], l[j+1]
          if (r.queryPartner[qi] == -2 - j) {
            out.add(new TokenMatch(q.tokens[qi], l.tokens[j] + " " + l.tokens[j + 1], MatchKind.JOINED, 0, c));
          }
          continue;
        }
        int e = TokenDistance.edits(q.tokens[qi], l.tokens[j]);
        out.add(new TokenMatch(q.tokens[qi], l.tokens[j], e == 0 ? MatchKind.EXACT : MatchKind.TYPO, e, c));
      } else if (p < -1) {
        int qi = -2 - p;
        out.add(new TokenMatch(q.tokens[qi] + " " + q.tokens[qi + 1], l.tokens[j], MatchKind.JOINED, 0, c));
      }
    }
    return out;
  }

  /**
   * Tokens of either name that weigh less than a distinctive token, list name first, without repeats.
   *
   * @param q the supplier name
   * @param l the listed name
   * @return the discounted tokens
   */
  public static List<DiscountedToken> discounted(PreparedName q, PreparedName l) {
    Set<DiscountedToken> out = new LinkedHashSet<>();
    for (PreparedName name : List.of(l, q)) {
      for (int k = 0; k < name.tokens.length; k++) {
        TokenClass c = name.name.classes()[k];
        if (c != TokenClass.DISTINCTIVE) {
          out.add(new DiscountedToken(name.tokens[k], c));
        } else if (name.name.parenthetical()[k]) {
          out.add(new DiscountedToken(name.tokens[k], TokenClass.LOCALITY));
        }
      }
      for (String stop : name.name.stopwords()) {
        out.add(new DiscountedToken(stop, TokenClass.STOPWORD));
      }
    }
    return List.copyOf(out);
  }

  /**
   * What else shaped the score of a pair, one sentence each.
   *
   * @param q the supplier name
   * @param l the listed name
   * @param r their alignment
   * @return the notes, possibly empty
   */
  public static List<String> notes(PreparedName q, PreparedName l, Result r) {
    List<String> out = r.notes == null ? new ArrayList<>() : new ArrayList<>(r.notes);
    notCompared(out, "supplier", q);
    notCompared(out, "listed", l);
    return out;
  }

  private static void notCompared(List<String> out, String side, PreparedName name) {
    int n = name.name.notCompared();
    if (n > 0) {
      out.add(String.format(Locale.ROOT, "%s name: %,d token%s after the %dth not compared", side, n,
          n == 1 ? "" : "s", Normalizer.MAX_TOKENS));
    }
  }

  /**
   * Tokens without a partner, legal forms left out.
   *
   * @param name a name
   * @param partners its partner array from a {@link Result}
   * @return the unmatched tokens in name order
   */
  static List<String> unmatched(PreparedName name, int[] partners) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < name.tokens.length; k++) {
      if (partners[k] == -1 && name.name.classes()[k] != TokenClass.LEGAL_FORM) {
        out.add(name.tokens[k]);
      }
    }
    return out;
  }

  /**
   * Unmatched tokens of the supplier name.
   *
   * @param q the supplier name
   * @param r the alignment
   * @return the tokens
   */
  public static List<String> unmatchedQuery(PreparedName q, Result r) {
    return unmatched(q, r.queryPartner);
  }

  /**
   * Unmatched tokens of the listed name.
   *
   * @param l the listed name
   * @param r the alignment
   * @return the tokens
   */
  public static List<String> unmatchedList(PreparedName l, Result r) {
    return unmatched(l, r.listPartner);
  }
}
