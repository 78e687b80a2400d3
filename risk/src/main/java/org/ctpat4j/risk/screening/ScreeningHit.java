package org.ctpat4j.risk.screening;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One listed entity a supplier may be.
 *
 * @param entry the listed entry
 * @param matchedName the entry's name or alias that matched best (or the primary name for an identifier match)
 * @param score the similarity in [0, 1], country adjustment included; 1.0 for an identifier match
 * @param level MATCH (a HIGH risk signal) or POSSIBLE (a MEDIUM signal for review)
 * @param explanation why, for a reviewer
 */
public record ScreeningHit(
    ScreeningEntry entry, String matchedName, double score, ScreeningLevel level, Explanation explanation) {

  /** The order of hits: score descending, then entry id, then matched name. */
  public static final Comparator<ScreeningHit> ORDER = Comparator.comparingDouble(ScreeningHit::score).reversed()
      .thenComparing(h -> h.entry().id()).thenComparing(ScreeningHit::matchedName);

  /**
   * Checks the components.
   *
   * @param entry see {@link #entry()}
   * @param matchedName see {@link #matchedName()}
   * @param score see {@link #score()}
   * @param level see {@link #level()}
   * @param explanation see {@link #explanation()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public ScreeningHit {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(explanation, "explanation");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score: must be in [0, 1], got " + score);
    }
  }

  /**
   * One line: level, score, entry id and the explanation.
   *
   * @return a line a reviewer can read
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.2f %s: %s", level, score, entry.id(), explanation);
  }
}
