package org.ctpat4j.risk.screening;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a supplier name was matched to a listed name, in terms a compliance reviewer can check: which tokens matched
 * (and how), which were discounted as legal form, generic, sector or place words, what was left over on each side,
 * what the country did, and whether an identifier decided it. {@link #toString()} gives it on one line.
 *
 * @param queryName the supplier name (or alias) that was compared, as given
 * @param matchedName the listed name (or alias) it was compared with, as listed
 * @param matches the token pairs that matched, in the order of the listed name
 * @param discounted tokens of either name that weigh less than a distinctive token, with their class
 * @param unmatchedQueryTokens normalised tokens of the supplier name that found no partner (legal forms excluded)
 * @param unmatchedListTokens normalised tokens of the listed name that found no partner (legal forms excluded)
 * @param nameScore the name similarity before the country adjustment, in [0, 1]
 * @param countryEffect how the countries compared
 * @param countryAdjustment what the country added to (positive) or took from (negative) the name score
 * @param identifier the identifier both sides share, when the hit rests on it
 * @param notes what else shaped the score, one sentence each: differing numbers or legal forms that keep a pair below
 *     MATCH, an acronym or brand match, tokens of a very long name left out of the comparison
 */
public record Explanation(
    String queryName,
    String matchedName,
    List<TokenMatch> matches,
    List<DiscountedToken> discounted,
    List<String> unmatchedQueryTokens,
    List<String> unmatchedListTokens,
    double nameScore,
    CountryEffect countryEffect,
    double countryAdjustment,
    Optional<EntityIdentifier> identifier,
    List<String> notes) {

  /**
   * Copies the lists.
   *
   * @param queryName see {@link #queryName()}
   * @param matchedName see {@link #matchedName()}
   * @param matches see {@link #matches()}
   * @param discounted see {@link #discounted()}
   * @param unmatchedQueryTokens see {@link #unmatchedQueryTokens()}
   * @param unmatchedListTokens see {@link #unmatchedListTokens()}
   * @param nameScore see {@link #nameScore()}
   * @param countryEffect see {@link #countryEffect()}
   * @param countryAdjustment see {@link #countryAdjustment()}
   * @param identifier see {@link #identifier()}
   * @param notes what else shaped the score, one sentence each
   * @throws NullPointerException if a component is null
   */
  public Explanation {
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(matchedName, "matchedName");
    matches = List.copyOf(matches);
    discounted = List.copyOf(discounted);
    unmatchedQueryTokens = List.copyOf(unmatchedQueryTokens);
    unmatchedListTokens = List.copyOf(unmatchedListTokens);
    Objects.requireNonNull(countryEffect, "countryEffect");
    Objects.requireNonNull(identifier, "identifier");
    notes = List.copyOf(notes);
  }

  /**
   * An explanation without notes.
   *
   * @param queryName the supplier name (or alias) that was compared, as given
   * @param matchedName the listed name (or alias) it was compared with, as listed
   * @param matches the token pairs that matched, in the order of the listed name
   * @param discounted tokens of either name that weigh less than a distinctive token, with their class
   * @param unmatchedQueryTokens normalised tokens of the supplier name that found no partner (legal forms excluded)
   * @param unmatchedListTokens normalised tokens of the listed name that found no partner (legal forms excluded)
   * @param nameScore the name similarity before the country adjustment, in [0, 1]
   * @param countryEffect how the countries compared
   * @param countryAdjustment what the country added to (positive) or took from (negative) the name score
   * @param identifier the identifier both sides share, when the hit rests on it
   * @throws NullPointerException if a component is null
   */
  public Explanation(String queryName, String matchedName, List<TokenMatch> matches, List<DiscountedToken> discounted,
      List<String> unmatchedQueryTokens, List<String> unmatchedListTokens, double nameScore,
      CountryEffect countryEffect, double countryAdjustment, Optional<EntityIdentifier> identifier) {
    this(queryName, matchedName, matches, discounted, unmatchedQueryTokens, unmatchedListTokens, nameScore,
        countryEffect, countryAdjustment, identifier, List.of());
  }

  /** The class of a normalised token, which sets its weight (see {@link ScreeningThresholds}). */
  public enum TokenClass {
    /** A word that tells one company from another (the default). */
    DISTINCTIVE,
    /** A sector word: textile, cotton, silicon, energy, food, mining ... */
    DESCRIPTOR,
    /** A generic business word: group, industry, technology, trade, international, holding ... */
    GENERIC,
    /** A place: province, city, prefecture, county, China, Hong Kong ... */
    LOCALITY,
    /** A legal form: Co., Ltd., Corp., Inc., LLC, GmbH, Sdn Bhd, 有限公司 ... */
    LEGAL_FORM,
    /** A word with no weight: and, of, the, formerly known as ... */
    STOPWORD
  }

  /** How two tokens were found equal. */
  public enum MatchKind {
    /** The normalised tokens are equal (after folding case, accents, script and abbreviations). */
    EXACT,
    /** The tokens differ by a few edits (insert, delete, substitute, swap adjacent letters). */
    TYPO,
    /** Two adjacent tokens of one name, joined, equal one token of the other ("Sun Speed" / "Sunspeed"). */
    JOINED
  }

  /** How the supplier's country compared with the listed entity's. */
  public enum CountryEffect {
    /** Same country. */
    SAME,
    /** Related jurisdictions treated as the same (mainland China, Hong Kong, Macao). */
    RELATED,
    /** Both known and different. */
    DIFFERENT,
    /** One side has no country. */
    UNKNOWN
  }

  /**
   * One matched token pair.
   *
   * @param queryToken the normalised token of the supplier name (two tokens joined by a space for {@link
   *     MatchKind#JOINED})
   * @param listToken the normalised token of the listed name
   * @param kind how they matched
   * @param edits edit distance for {@link MatchKind#TYPO}, otherwise 0
   * @param tokenClass the class of the listed token
   */
  public record TokenMatch(String queryToken, String listToken, MatchKind kind, int edits, TokenClass tokenClass) {
    /**
     * Checks the components.
     *
     * @param queryToken the normalised token of the supplier name (two tokens joined by a space for {@link
     *     MatchKind#JOINED})
     * @param listToken the normalised token of the listed name
     * @param kind how they matched
     * @param edits edit distance for {@link MatchKind#TYPO}, otherwise 0
     * @param tokenClass the class of the listed token
     * @throws NullPointerException if a component is null
     */
    public TokenMatch {
      Objects.requireNonNull(queryToken, "queryToken");
      Objects.requireNonNull(listToken, "listToken");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(tokenClass, "tokenClass");
    }

    @Override
    public String toString() {
      return switch (kind) {
        case EXACT -> listToken;
        case TYPO -> queryToken + "~" + listToken + " (" + edits + (edits == 1 ? " edit)" : " edits)");
        case JOINED -> "'" + queryToken + "'='" + listToken + "'";
      };
    }
  }

  /**
   * A token that weighs less than a distinctive one.
   *
   * @param token the normalised token
   * @param tokenClass why it is discounted
   */
  public record DiscountedToken(String token, TokenClass tokenClass) {
    /**
     * Checks the components.
     *
     * @param token the normalised token
     * @param tokenClass why it is discounted
     * @throws NullPointerException if a component is null
     */
    public DiscountedToken {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(tokenClass, "tokenClass");
    }
  }

  /**
   * Whether the hit rests on an identifier rather than on the names.
   *
   * @return true when both sides share an identifier
   */
  public boolean identifierMatch() {
    return identifier.isPresent();
  }

  /**
   * One line for a reviewer, for example {@code "Xinjiang Great New Energy Co Ltd" ~ "Xinjiang Great New Energy Co.,
   * Ltd.": matched xinjiang, great, new, energy; discounted legal form ltd, locality xinjiang, generic new; name 1.00,
   * country SAME +0.02}.
   *
   * @return the explanation on one line
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append('"').append(queryName).append("\" ~ \"").append(matchedName).append('"');
    if (identifier.isPresent()) {
      sb.append(": identifier ").append(identifier.get()).append(" is listed");
    }
    sb.append(": matched ").append(matches.isEmpty() ? "nothing" : join(matches));
    for (TokenClass c : TokenClass.values()) {
      List<String> tokens = discounted.stream().filter(d -> d.tokenClass() == c).map(DiscountedToken::token)
          .distinct().collect(Collectors.toList());
      if (!tokens.isEmpty()) {
        sb.append("; discounted ").append(c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
            .append(String.join(" ", tokens));
      }
    }
    if (!unmatchedQueryTokens.isEmpty()) {
      sb.append("; only in supplier: ").append(String.join(" ", unmatchedQueryTokens));
    }
    if (!unmatchedListTokens.isEmpty()) {
      sb.append("; only in list: ").append(String.join(" ", unmatchedListTokens));
    }
    for (String note : notes) {
      sb.append("; ").append(note);
    }
    sb.append(String.format(Locale.ROOT, "; name %.2f, country %s %+.2f", nameScore, countryEffect, countryAdjustment));
    return sb.toString();
  }

  private static String join(List<?> items) {
    return items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
