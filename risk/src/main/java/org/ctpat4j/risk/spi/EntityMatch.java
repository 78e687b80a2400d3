package org.ctpat4j.risk.spi;

import java.util.Objects;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.risk.data.UflpaEntity;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * A facility name that matched a listed entity.
 *
 * @param entity the listed entity; never null
 * @param facilityName the facility's name or alias that matched; never null
 * @param listedName the entity's name or alias it matched; never null
 * @param method how it matched (for example {@code exact}, {@code alias}, {@code fuzzy}); never null
 * @param score the strength of the match in [0, 1] (1 for an exact or alias match)
 * @param level the level of the signal the match raises: {@link RiskLevel#HIGH} for a match, {@link RiskLevel#MEDIUM}
 *     for a possible match a reviewer must confirm; never null
 * @param explanation why the names match, for a reviewer; never null, possibly empty
 */
@Incubating
public record EntityMatch(
    UflpaEntity entity,
    String facilityName,
    String listedName,
    String method,
    double score,
    RiskLevel level,
    String explanation) {

  /**
   * Creates a certain match (level {@link RiskLevel#HIGH}) without explanation.
   *
   * @param entity the listed entity
   * @param facilityName the facility's name or alias that matched
   * @param listedName the entity's name or alias it matched
   * @param method how it matched
   * @param score the strength of the match in [0, 1]
   */
  public EntityMatch(UflpaEntity entity, String facilityName, String listedName, String method, double score) {
    this(entity, facilityName, listedName, method, score, RiskLevel.HIGH, "");
  }

  /**
   * Checks the arguments.
   *
   * @param entity see {@link #entity()}
   * @param facilityName see {@link #facilityName()}
   * @param listedName see {@link #listedName()}
   * @param method see {@link #method()}
   * @param score see {@link #score()}
   * @param level the level of the signal the match raises; never null
   * @param explanation why the names match; never null, possibly empty
   */
  public EntityMatch {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(facilityName, "facilityName");
    Objects.requireNonNull(listedName, "listedName");
    Objects.requireNonNull(method, "method");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
