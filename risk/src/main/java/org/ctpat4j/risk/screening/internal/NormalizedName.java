package org.ctpat4j.risk.screening.internal;

import java.util.List;
import org.ctpat4j.risk.screening.Explanation.TokenClass;

/**
 * A name cut into canonical tokens, each with its class and whether it was written in parentheses. Stop words are
 * not tokens; they are kept in {@link #stopwords()} for explanations. At most {@link Normalizer#MAX_TOKENS} tokens
 * are compared; the rest are counted in {@link #notCompared()} so that an explanation can say what was left out.
 *
 * @param original the name as given
 * @param tokens canonical tokens in name order
 * @param classes the class of each token
 * @param parenthetical whether each token was inside parentheses
 * @param stopwords the stop words dropped (at most {@link Normalizer#MAX_TOKENS})
 * @param notCompared how many tokens came after the {@link Normalizer#MAX_TOKENS}th and were not compared
 */
public record NormalizedName(
    String original, String[] tokens, TokenClass[] classes, boolean[] parenthetical, List<String> stopwords,
    int notCompared) {

  /**
   * The number of tokens.
   *
   * @return the size
   */
  public int size() {
    return tokens.length;
  }

  /**
   * The tokens joined by spaces.
   *
   * @return the canonical form
   */
  public String canonical() {
    return String.join(" ", tokens);
  }
}
