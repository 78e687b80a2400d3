package org.ctpat4j.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.risk.data.UflpaEntity;
import org.ctpat4j.risk.screening.EntityIdentifier;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.KnownChineseNames;
import org.ctpat4j.risk.screening.Romanizer;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningHit;
import org.ctpat4j.risk.screening.ScreeningLevel;
import org.ctpat4j.risk.screening.ScreeningQuery;
import org.ctpat4j.risk.screening.ScreeningThresholds;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.spi.EntityMatch;
import org.ctpat4j.risk.spi.EntityMatcher;

/**
 * The {@link EntityMatcher} that puts the {@link EntityScreener} behind the {@code uflpa-entity-list} rule: a
 * {@link ScreeningLevel#MATCH} raises a {@link RiskLevel#HIGH} signal, a {@link ScreeningLevel#POSSIBLE} a
 * {@link RiskLevel#MEDIUM} signal for review, each with the screener's explanation. The facility's name, aliases,
 * country and identifiers (USCC, LEI) form the query.
 *
 * <p>UFLPA Entity List rows become {@link ScreeningEntry entries} with {@link #entries(List)}: the row's name and
 * aliases, the Chinese-script names of {@link KnownChineseNames} (author-supplied, see there), country {@code HK} when
 * the row's location names Hong Kong and {@code CN} otherwise (the list names PRC entities), and the row's effective
 * date and source. The screener's index is built once per candidate list and reused for every facility of an
 * assessment (the engine passes the same list instance each time).
 *
 * <p>Immutable and thread-safe.
 */
public final class ScreeningEntityMatcher implements EntityMatcher {

  private static final ScreeningEntityMatcher STANDARD =
      new ScreeningEntityMatcher(ScreeningThresholds.defaults(), Romanizer.defaults());

  private final ScreeningThresholds thresholds;
  private final Romanizer romanizer;

  /** The index of the last candidate list seen; replaced, never mutated. */
  private volatile Prepared prepared;

  private final Object lock = new Object();

  private ScreeningEntityMatcher(ScreeningThresholds thresholds, Romanizer romanizer) {
    this.thresholds = thresholds;
    this.romanizer = romanizer;
  }

  /**
   * Returns the matcher with the default thresholds and romanizer.
   *
   * @return the standard matcher; never null
   */
  public static ScreeningEntityMatcher standard() {
    return STANDARD;
  }

  /**
   * Returns a matcher with the given thresholds and romanizer.
   *
   * @param thresholds the thresholds; never null
   * @param romanizer the romanizer of Chinese-script names; never null
   * @return a new matcher; never null
   */
  public static ScreeningEntityMatcher of(ScreeningThresholds thresholds, Romanizer romanizer) {
    return new ScreeningEntityMatcher(
        Objects.requireNonNull(thresholds, "thresholds"), Objects.requireNonNull(romanizer, "romanizer"));
  }

  /**
   * Turns UFLPA Entity List rows into screening entries, with ids {@code uflpa-row-N} (N the row's line number) and the
   * Chinese-script names of {@link KnownChineseNames} added as aliases.
   *
   * @param entities the rows; never null
   * @return one entry per row, in the same order; never null
   */
  public static List<ScreeningEntry> entries(List<UflpaEntity> entities) {
    return entries(entities, true);
  }

  /**
   * Turns UFLPA Entity List rows into screening entries, with ids {@code uflpa-row-N} (N the row's line number).
   *
   * @param entities the rows; never null
   * @param withKnownChineseNames whether to add the Chinese-script names of {@link KnownChineseNames} as aliases
   *     ({@code false} gives the list as published)
   * @return one entry per row, in the same order; never null
   */
  public static List<ScreeningEntry> entries(List<UflpaEntity> entities, boolean withKnownChineseNames) {
    Objects.requireNonNull(entities, "entities");
    List<ScreeningEntry> out = new ArrayList<>(entities.size());
    for (UflpaEntity e : entities) {
      ScreeningEntry.Builder b =
          ScreeningEntry.newBuilder(entryId(e), e.name())
              .aliases(e.aliases())
              .country(e.location().toLowerCase(Locale.ROOT).contains("hong kong") ? "HK" : "CN")
              .source(e.source());
      if (withKnownChineseNames) {
        KnownChineseNames.forListedName(e.name()).forEach(b::alias);
      }
      e.effective().ifPresent(b::effectiveDate);
      out.add(b.build());
    }
    return List.copyOf(out);
  }

  private static String entryId(UflpaEntity e) {
    return "uflpa-row-" + e.row();
  }

  @Override
  public List<EntityMatch> match(Facility facility, List<UflpaEntity> candidates) {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(candidates, "candidates");
    if (candidates.isEmpty()) {
      return List.of();
    }
    Prepared p = prepare(candidates);
    List<ScreeningHit> hits = p.screener.screen(query(facility));
    if (hits.isEmpty()) {
      return List.of(); // most facilities: no list, no iterator
    }
    List<EntityMatch> out = new ArrayList<>();
    for (ScreeningHit hit : hits) {
      UflpaEntity entity = p.byId.get(hit.entry().id());
      RiskLevel level = hit.level() == ScreeningLevel.MATCH ? RiskLevel.HIGH : RiskLevel.MEDIUM;
      String method = hit.explanation().identifier().isPresent() ? "identifier" : "screening";
      out.add(
          new EntityMatch(
              entity,
              hit.explanation().queryName(),
              hit.matchedName(),
              method,
              Math.min(1.0, Math.max(0.0, hit.score())),
              level,
              hit.explanation().toString()));
    }
    out.sort((a, b) -> Integer.compare(candidates.indexOf(a.entity()), candidates.indexOf(b.entity())));
    return List.copyOf(out);
  }

  private Prepared prepare(List<UflpaEntity> candidates) {
    Prepared p = prepared;
    if (p != null && p.source == candidates) {
      return p;
    }
    return prepareOnce(candidates);
  }

  /**
   * Builds the screener of a list under a lock: threads that ask for the same list meanwhile (the command line
   * prepares an engine on one thread while another assesses) wait for it instead of building it again.
   */
  private Prepared prepareOnce(List<UflpaEntity> candidates) {
    synchronized (lock) {
      Prepared p = prepared;
      if (p != null && p.source == candidates) {
        return p;
      }
      return build(candidates);
    }
  }

  private Prepared build(List<UflpaEntity> candidates) {
    Map<String, UflpaEntity> byId = new HashMap<>();
    for (UflpaEntity e : candidates) {
      byId.put(entryId(e), e);
    }
    EntityScreener screener =
        EntityScreener.newBuilder().entries(entries(candidates)).thresholds(thresholds).romanizer(romanizer).build();
    Prepared p = new Prepared(candidates, screener, Map.copyOf(byId));
    prepared = p;
    return p;
  }

  private static ScreeningQuery query(Facility facility) {
    ScreeningQuery.Builder q = ScreeningQuery.newBuilder(facility.name());
    facility.aliases().forEach(q::alias);
    if (facility.country() != null) {
      q.country(facility.country());
    }
    Identifiers ids = facility.identifiers();
    if (ids.uscc() != null && wellFormed(() -> EntityIdentifier.uscc(ids.uscc()))) {
      q.identifier(EntityIdentifier.uscc(ids.uscc()));
    }
    if (ids.lei() != null && wellFormed(() -> EntityIdentifier.lei(ids.lei()))) {
      q.identifier(EntityIdentifier.lei(ids.lei()));
    }
    return q.build();
  }

  /** A malformed identifier (possible in a dossier built in code and not validated) is left out of the query. */
  private static boolean wellFormed(java.util.function.Supplier<EntityIdentifier> identifier) {
    try {
      identifier.get();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "ScreeningEntityMatcher[" + thresholds + ", " + romanizer.description() + "]";
  }

  private record Prepared(List<UflpaEntity> source, EntityScreener screener, Map<String, UflpaEntity> byId) {}
}
