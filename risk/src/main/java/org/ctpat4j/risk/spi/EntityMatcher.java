package org.ctpat4j.risk.spi;

import java.util.List;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.risk.data.UflpaEntity;

/**
 * Matches a facility against listed entities; the {@code uflpa-entity-list} rule uses the engine's matcher. The
 * engine's default is the fuzzy screening engine
 * ({@code org.ctpat4j.risk.ScreeningEntityMatcher}); the exact matcher
 * ({@code org.ctpat4j.risk.RiskEngine.exactEntityMatcher()}) compares normalised names and aliases only. Must be
 * immutable and thread-safe.
 */
@Incubating
public interface EntityMatcher {

  /**
   * Finds the entities a facility is, or is an alias of.
   *
   * @param facility the facility (its name and aliases); never null
   * @param candidates the entities to match against; the engine passes the same list instance for every facility of
   *     an assessment (so a matcher may cache an index built from it) and keeps only the matches whose listing is in
   *     force on the day of the assessment; never null
   * @return the matches, at most one per entity, in the candidates' order; never null
   */
  List<EntityMatch> match(Facility facility, List<UflpaEntity> candidates);
}
