package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.risk.data.UflpaEntity;
import org.ctpat4j.risk.screening.internal.Normalizer;
import org.ctpat4j.risk.spi.EntityMatch;
import org.ctpat4j.risk.spi.EntityMatcher;

/** Exact and alias matching on normalised names. */
public final class ExactEntityMatcher implements EntityMatcher {

  /** The instance. */
  public static final ExactEntityMatcher INSTANCE = new ExactEntityMatcher();

  private ExactEntityMatcher() {}

  @Override
  public List<EntityMatch> match(Facility facility, List<UflpaEntity> candidates) {
    Objects.requireNonNull(facility, "facility");
    List<String> own = new ArrayList<>();
    own.add(facility.name());
    own.addAll(facility.aliases());
    List<EntityMatch> out = new ArrayList<>();
    for (UflpaEntity e : candidates) {
      EntityMatch m = matchOne(own, e);
      if (m != null) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  private static EntityMatch matchOne(List<String> own, UflpaEntity e) {
    for (String name : own) {
      String n = Normalizer.key(name);
      if (n.isEmpty()) {
        continue;
      }
      if (n.equals(Normalizer.key(e.name()))) {
        return new EntityMatch(e, name, e.name(), "exact", 1.0);
      }
      for (String alias : e.aliases()) {
        if (n.equals(Normalizer.key(alias))) {
          return new EntityMatch(e, name, alias, "alias", 1.0);
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "RiskEngine.exactEntityMatcher()";
  }
}
