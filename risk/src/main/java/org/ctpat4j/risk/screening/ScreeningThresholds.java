package org.ctpat4j.risk.screening;

/**
 * Every tunable number of the screener, in one place, with defaults chosen on the labelled test set of the project
 * (positive variants generated from each row and alias of the bundled UFLPA Entity List, and hand-made and recombined
 * negatives that share locality, sector and generic words with listed names). Override any of them with the {@code
 * withXxx} methods; {@link #defaults()} documents the choice.
 *
 * <p><b>How the score is made.</b> Both names are normalised into tokens, and each token gets a class: distinctive (the
 * default), descriptor (sector words such as textile, silicon, food), generic (group, industry, technology, trade ...),
 * locality (Xinjiang, Hotan, China ...), legal form (Co., Ltd., GmbH, 有限公司 ...) or stop word. A class has a weight
 * (distinctive tokens weigh 1). Tokens are paired (exactly, with a small typo, or by joining two adjacent tokens), a
 * typo costs {@link #typoPenalty()} per edit, and the score is {@code listCoverageWeight * (matched weight of the list
 * name / its total weight) + (1 - listCoverageWeight) * (matched weight of the query / its total weight)}. When the
 * listed name has distinctive tokens and none of them matched, the score is capped at {@link #noDistinctiveCap()}.
 * The country then adds {@link #sameCountryBonus()} or subtracts {@link #differentCountryPenalty()}. An identifier
 * (USCC, LEI) equal to a listed one gives 1.0 and {@link ScreeningLevel#MATCH} whatever the names say.
 *
 * <p><b>Rules on top of the score</b> (each named in {@link Explanation#notes()} when it applies): when each name keeps
 * a weighted word the other lacks (a substitution such as Sweden / Finland, not an omission) 0.15 is subtracted;
 * differing numbers (2nd / Second / 第二, 14th, years, Roman numerals) and legal forms of different kinds (AG / GmbH,
 * from GLEIF's ISO 20275 list) keep a pair below MATCH; a supplier name that is the distinctive part of a listed name
 * (a brand, "Daqo") is at least POSSIBLE, and MATCH when the countries agree and no other listed entity has that brand;
 * a supplier token equal to the initials of a listed name ("XPCC", "PLA") is POSSIBLE; a one-word alias ("Yida")
 * counts only when the countries agree; a Hong Kong name matched through pinyin is at most POSSIBLE.
 *
 * @param match score at or above which a hit is a {@link ScreeningLevel#MATCH}
 * @param possible score at or above which a hit is reported at all, as {@link ScreeningLevel#POSSIBLE}
 * @param descriptorWeight weight of sector words (textile, cotton, silicon, energy, food, mining ...)
 * @param genericWeight weight of generic business words (group, industry, technology, trade, international ...)
 * @param localityWeight weight of place names (provinces, cities and prefectures, China, Hong Kong ...), and the cap
 *     on the weight of any token written in parentheses
 * @param legalFormWeight weight of legal forms (Co., Ltd., Inc., GmbH, Sdn Bhd, 股份有限公司 ...)
 * @param typoPenalty similarity lost per edit of a token matched with a typo
 * @param listCoverageWeight share of the score given to the coverage of the listed name (the rest goes to the query)
 * @param noDistinctiveCap the highest score a pair may reach when no distinctive token of the listed name matched
 * @param sameCountryBonus added when the supplier is in the listed entity's country (or a related one: CN, HK, MO)
 * @param differentCountryPenalty subtracted when both countries are known and unrelated
 */
public record ScreeningThresholds(
    double match,
    double possible,
    double descriptorWeight,
    double genericWeight,
    double localityWeight,
    double legalFormWeight,
    double typoPenalty,
    double listCoverageWeight,
    double noDistinctiveCap,
    double sameCountryBonus,
    double differentCountryPenalty) {

  /**
   * Checks the values.
   *
   * @param match see {@link #match()}
   * @param possible see {@link #possible()}
   * @param descriptorWeight see {@link #descriptorWeight()}
   * @param genericWeight see {@link #genericWeight()}
   * @param localityWeight see {@link #localityWeight()}
   * @param legalFormWeight see {@link #legalFormWeight()}
   * @param typoPenalty see {@link #typoPenalty()}
   * @param listCoverageWeight see {@link #listCoverageWeight()}
   * @param noDistinctiveCap see {@link #noDistinctiveCap()}
   * @param sameCountryBonus see {@link #sameCountryBonus()}
   * @param differentCountryPenalty see {@link #differentCountryPenalty()}
   * @throws IllegalArgumentException if a value is outside [0, 1], or {@code possible} is 0 or above {@code match}
   */
  public ScreeningThresholds {
    unit("match", match);
    unit("possible", possible);
    unit("descriptorWeight", descriptorWeight);
    unit("genericWeight", genericWeight);
    unit("localityWeight", localityWeight);
    unit("legalFormWeight", legalFormWeight);
    unit("typoPenalty", typoPenalty);
    unit("listCoverageWeight", listCoverageWeight);
    unit("noDistinctiveCap", noDistinctiveCap);
    unit("sameCountryBonus", sameCountryBonus);
    unit("differentCountryPenalty", differentCountryPenalty);
    if (possible <= 0.0 || possible > match) {
      throw new IllegalArgumentException(
          "possible: must be in (0, match], got possible=" + possible + " match=" + match);
    }
  }

  private static void unit(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + ": must be in [0, 1], got " + value);
    }
  }

  /**
   * The defaults, and why:
   *
   * <ul>
   *   <li>{@code match = 0.88}: an exact or re-ordered name, a legal-form change, an abbreviation, a dropped locality
   *       prefix and a typo in one of several distinctive words stay above it; a typo in the only distinctive word of a
   *       short name ("Esquell Group", 0.875) or a name that adds sector words goes to review. On the labelled set no
   *       negative reaches it and 97% of the positive variants do.
   *   <li>{@code possible = 0.75}: on the labelled set (579 positive variants, 412 negatives) it gives precision 0.998
   *       and recall 0.997 (see {@code ScreeningQualityTest}); a decoy that shares only place, sector and generic words
   *       with a listed name is capped at {@code noDistinctiveCap}, well below it.
   *   <li>{@code descriptorWeight = 0.5}, {@code genericWeight = 0.2}, {@code localityWeight = 0.3}, {@code
   *       legalFormWeight = 0}: users of screening tools report false alarms from generic words and legal forms and
   *       misses from dropped locality prefixes; these weights make a shared "Group Co., Ltd." worth nothing and a
   *       missing "Xinjiang" cost about a tenth of the score of a typical three-token name.
   *   <li>{@code typoPenalty = 0.15}: one edit keeps a distinctive token worth 0.85; edits are only allowed on tokens
   *       of four characters or more (two edits from eight), so short names never match by accident.
   *   <li>{@code listCoverageWeight = 0.6}: missing part of the listed name matters more than extra words in the
   *       supplier's name (suppliers add branch and product words).
   *   <li>{@code noDistinctiveCap = 0.6}: sharing only place, sector and generic words is never enough.
   *   <li>{@code sameCountryBonus = 0.02}, {@code differentCountryPenalty = 0.08}: country is supporting evidence only;
   *       an exact name in another country still reaches MATCH (0.92), a fuzzy one drops to review or out.
   * </ul>
   *
   * @return the default thresholds
   */
  public static ScreeningThresholds defaults() {
    return new ScreeningThresholds(0.88, 0.75, 0.5, 0.2, 0.3, 0.0, 0.15, 0.6, 0.6, 0.02, 0.08);
  }

  /**
   * Returns a copy with another MATCH cut-off.
   *
   * @param value the new cut-off
   * @return the copy
   */
  public ScreeningThresholds withMatch(double value) {
    return new ScreeningThresholds(value, possible, descriptorWeight, genericWeight, localityWeight, legalFormWeight,
        typoPenalty, listCoverageWeight, noDistinctiveCap, sameCountryBonus, differentCountryPenalty);
  }

  /**
   * Returns a copy with another POSSIBLE cut-off.
   *
   * @param value the new cut-off
   * @return the copy
   */
  public ScreeningThresholds withPossible(double value) {
    return new ScreeningThresholds(match, value, descriptorWeight, genericWeight, localityWeight, legalFormWeight,
        typoPenalty, listCoverageWeight, noDistinctiveCap, sameCountryBonus, differentCountryPenalty);
  }

  /**
   * Returns a copy with other token-class weights.
   *
   * @param descriptor weight of sector words
   * @param generic weight of generic words
   * @param locality weight of place names
   * @param legalForm weight of legal forms
   * @return the copy
   */
  public ScreeningThresholds withWeights(double descriptor, double generic, double locality, double legalForm) {
    return new ScreeningThresholds(match, possible, descriptor, generic, locality, legalForm, typoPenalty,
        listCoverageWeight, noDistinctiveCap, sameCountryBonus, differentCountryPenalty);
  }

  /**
   * Returns a copy with other country adjustments.
   *
   * @param sameBonus added for the same (or a related) country
   * @param differentPenalty subtracted for different countries
   * @return the copy
   */
  public ScreeningThresholds withCountryAdjustments(double sameBonus, double differentPenalty) {
    return new ScreeningThresholds(match, possible, descriptorWeight, genericWeight, localityWeight, legalFormWeight,
        typoPenalty, listCoverageWeight, noDistinctiveCap, sameBonus, differentPenalty);
  }

  /**
   * Returns a copy with another typo penalty.
   *
   * @param value similarity lost per edit
   * @return the copy
   */
  public ScreeningThresholds withTypoPenalty(double value) {
    return new ScreeningThresholds(match, possible, descriptorWeight, genericWeight, localityWeight, legalFormWeight,
        value, listCoverageWeight, noDistinctiveCap, sameCountryBonus, differentCountryPenalty);
  }

  /**
   * The level of a score.
   *
   * @param score a score in [0, 1]
   * @return MATCH, POSSIBLE, or nothing when the score is below {@link #possible()}
   */
  public java.util.Optional<ScreeningLevel> levelOf(double score) {
    if (score >= match) {
      return java.util.Optional.of(ScreeningLevel.MATCH);
    }
    return score >= possible ? java.util.Optional.of(ScreeningLevel.POSSIBLE) : java.util.Optional.empty();
  }
}
