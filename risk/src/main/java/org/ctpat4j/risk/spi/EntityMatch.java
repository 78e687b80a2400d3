package org.ctpat4j.risk.spi;

import java.util.Objects;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.risk.data.UflpaEntity;

/**
 * A facility name that matched a listed entity.
 *
 * @param entity the listed entity; never null
 * @param facilityName the facility's name or alias that matched; never null
 * @param listedName the entity's name or alias it matched; never null
 * @param method how it matched (for example {@code exact}, {@code alias}, {@code fuzzy}); never null
 * @param score the strength of the match in [0, 1] (1 for an exact or alias match)
 */
@Incubating
public record EntityMatch(UflpaEntity entity, String facilityName, String listedName, String method, double score) {

  /**
   * Checks the arguments.
   *
   * @param entity the listed entity; never null
   * @param facilityName the facility's name or alias that matched; never null
   * @param listedName the entity's name or alias it matched; never null
   * @param method how it matched (for example {@code exact}, {@code alias}, {@code fuzzy}); never null
   * @param score the strength of the match in [0, 1] (1 for an exact or alias match)
   */
  public EntityMatch {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(facilityName, "facilityName");
    Objects.requireNonNull(listedName, "listedName");
    Objects.requireNonNull(method, "method");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
