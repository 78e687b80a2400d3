package org.ctpat4j.risk.screening.internal;

import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.ScreeningThresholds;

/**
 * A normalised name with the weight of each token under given thresholds.
 */
public final class PreparedName {

  final NormalizedName name;
  final String[] tokens;
  final double[] weights;
  final double totalWeight;
  /** Whether the name has a distinctive token outside parentheses. */
  final boolean hasDistinctive;
  /** The initials of its tokens other than legal forms, when it has at least three ("pla", "xpcc"); else null. */
  final String acronym;
  /** Whether exactly one token has weight (a one-word alias such as "Yida"). */
  final boolean singleToken;
  /** Whether the name was written (at least partly) in Chinese script. */
  final boolean hanScript;
  /**
   * Whether this is a second reading of a Chinese name (its syllables cut into the words of the list) rather than the
   * name as cut: a second reading meets the list's words by construction, so the trade-name rule does not take it.
   */
  final boolean secondReading;
  /**
   * For a name in Chinese script (not a second reading): the initials of the pinyin syllables of its trade name, two to
   * four letters, when the trade name is its first distinctive word and is read from as many Han characters (许继 xu ji:
   * "xj", 惠博普 hui bo pu: "hbp"); else null. Chinese companies often take these initials as their English name
   * (XJ Electric, JA Solar, HBP).
   */
  final String tradeInitials;
  /**
   * For a name in Chinese script (not a second reading): its trade name spelled in Wade-Giles ({@link WadeGiles}: 东旭
   * dongxu as "tunghsu"), read from the same characters as {@link #tradeInitials}, when that differs from the pinyin;
   * else null.
   */
  final String tradeWadeGiles;
  /**
   * For a name in Chinese script (not a second reading): its trade name spelled in Cantonese as Hong Kong names write
   * it ({@link Cantonese#forms}: 达华 dahua as "tatwah"), read from the same characters as {@link #tradeInitials}, at
   * most {@link Cantonese#MAX_FORMS}; else null. Those that read as pinyin ({@link Cantonese#readsAsPinyin}) are
   * dropped where one meets a listed word, not here: most meet none.
   */
  final String[] tradeCantonese;

  /**
   * Weighs a normalised name.
   *
   * @param name the name
   * @param thresholds the weights
   */
  public PreparedName(NormalizedName name, ScreeningThresholds thresholds) {
    this(name, thresholds, java.util.Set.of());
  }

  /**
   * Weighs a normalised name, counting some of its place names as fully as its distinctive words: for a listed name
   * whose distinctive words another listed entity shares (Aksu Huafu Color Spinning beside Huafu Fashion), a place that
   * none of those namesakes has is what tells them apart, so it is not discounted for that name. Places in
   * parentheses stay discounted; the classes, and so the brand and distinctive-word rules, do not change.
   *
   * @param name the name
   * @param thresholds the weights
   * @param placesThatCount the place names that weigh as much as distinctive words in this name
   */
  public PreparedName(NormalizedName name, ScreeningThresholds thresholds, java.util.Set<String> placesThatCount) {
    this(name, thresholds, placesThatCount, false);
  }

  /**
   * Weighs a second reading of a Chinese name: its syllables cut into the words of the list.
   *
   * @param name the reading
   * @param thresholds the weights
   * @return the prepared reading
   */
  public static PreparedName secondReading(NormalizedName name, ScreeningThresholds thresholds) {
    return new PreparedName(name, thresholds, java.util.Set.of(), true);
  }

  private PreparedName(NormalizedName name, ScreeningThresholds thresholds, java.util.Set<String> placesThatCount,
      boolean secondReading) {
    this.secondReading = secondReading;
    this.name = name;
    this.tokens = name.tokens();
    this.weights = new double[tokens.length];
    double total = 0;
    boolean distinctive = false;
    for (int i = 0; i < tokens.length; i++) {
      double w = weightOf(name.classes()[i], thresholds);
      if (name.classes()[i] == TokenClass.LOCALITY && placesThatCount.contains(tokens[i])) {
        w = weightOf(TokenClass.DISTINCTIVE, thresholds);
      }
      if (name.parenthetical()[i]) {
        w = Math.min(w, thresholds.localityWeight());
      } else if (name.classes()[i] == TokenClass.DISTINCTIVE) {
        distinctive = true;
      }
      weights[i] = w;
      total += w;
    }
    this.totalWeight = total;
    this.hasDistinctive = distinctive;
    StringBuilder initials = new StringBuilder();
    int weighted = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (name.classes()[i] != TokenClass.LEGAL_FORM && !tokens[i].isEmpty()) {
        initials.append(tokens[i].charAt(0));
      }
      weighted += weights[i] > 0 ? 1 : 0;
    }
    this.acronym = initials.length() >= 3 ? initials.toString() : null;
    this.singleToken = weighted == 1;
    this.hanScript = hasHan(name.original());
    String tradeAcronym = null;
    String wadeGiles = null;
    String[] cantonese = null;
    if (hanScript && !secondReading) {
      int t = Scorer.firstDistinctive(this);
      java.util.List<String> syllables = new java.util.ArrayList<>(4);
      StringBuilder chars = new StringBuilder(4);
      if (t >= 0 && Scorer.isTradeName(tokens[t]) && syllablesOf(name.original(), tokens[t], syllables, chars)) {
        StringBuilder sb = new StringBuilder(syllables.size());
        syllables.forEach(syllable -> sb.append(syllable.charAt(0)));
        tradeAcronym = sb.length() <= 4 ? sb.toString() : null;
        String spelled = WadeGiles.spell(syllables, 0, syllables.size());
        wadeGiles = spelled.equals(tokens[t]) ? null : spelled;
        java.util.List<String> forms = Cantonese.forms(chars, 0, chars.length());
        cantonese = forms.isEmpty() ? null : forms.toArray(new String[0]);
      }
    }
    this.tradeInitials = tradeAcronym;
    this.tradeWadeGiles = wadeGiles;
    this.tradeCantonese = cantonese;
  }

  /**
   * Finds the run of Han characters of a name whose pinyin, run together, is a token, and its syllables: 许继, xu, ji
   * for "xuji"; none when no run of two characters or more reads as the token. The characters are read as the second
   * reading aligns them ({@link ListedSegmentation#align}), with the bundled table, so a token read otherwise (a word
   * by its meaning) has none.
   *
   * @param original the name as written
   * @param token a token of its Latin reading (two syllables or more: {@link Scorer#isTradeName})
   * @param syllables where to add the syllables
   * @param chars where to add their characters (folded to simplified ones)
   * @return whether two syllables or more were found
   */
  static boolean syllablesOf(String original, String token, java.util.List<String> syllables, StringBuilder chars) {
    String han = SimplifiedHan.fold(original);
    int end = ListedSegmentation.align(token, han, ListedSegmentation.readings(han, BundledPinyin.INSTANCE), 0,
        syllables, chars);
    return end >= 0 && syllables.size() >= 2;
  }

  /** Whether a name has a Han character; a loop, since every facility of a large dossier is asked. */
  private static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * The distinctive tokens outside parentheses, in name order.
   *
   * @return the tokens, possibly empty
   */
  public java.util.List<String> distinctiveTokens() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (name.classes()[i] == TokenClass.DISTINCTIVE && !name.parenthetical()[i]) {
        out.add(tokens[i]);
      }
    }
    return out;
  }

  /**
   * The place names outside parentheses, place words (District, Province ...) left out.
   *
   * @return the places, in name order
   */
  public java.util.List<String> places() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (name.classes()[i] == TokenClass.LOCALITY && !name.parenthetical()[i]
          && !Lexicon.PLACE_WORDS.contains(tokens[i])) {
        out.add(tokens[i]);
      }
    }
    return out;
  }

  /**
   * Whether exactly one token has weight: a one-word name or alias.
   *
   * @return true for a one-word name
   */
  public boolean singleToken() {
    return singleToken;
  }

  /**
   * Whether the name was written (at least partly) in Chinese script.
   *
   * @return true for a name with Han characters
   */
  public boolean hanScript() {
    return hanScript;
  }

  static double weightOf(TokenClass c, ScreeningThresholds t) {
    return switch (c) {
      case DISTINCTIVE -> 1.0;
      case DESCRIPTOR -> t.descriptorWeight();
      case GENERIC -> t.genericWeight();
      case LOCALITY -> t.localityWeight();
      case LEGAL_FORM -> t.legalFormWeight();
      case STOPWORD -> 0.0;
    };
  }

  /**
   * The normalised name.
   *
   * @return the name
   */
  public NormalizedName name() {
    return name;
  }

  /**
   * Whether any token has weight: a name of legal forms and stop words only cannot be screened.
   *
   * @return true when the total weight is positive
   */
  public boolean screenable() {
    return totalWeight > 0;
  }
}
