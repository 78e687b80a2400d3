package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.data.UflpaEntity;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.EntityMatch;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code uflpa-entity-list}: the facility is, or is an alias of, an entity on the UFLPA Entity List (UFLPA section
 * 2(d)(2)(B); https://www.dhs.gov/uflpa-entity-list) in force on {@code asOf}. Goods made wholly or in part by a listed
 * entity are presumed made with forced labor: HIGH. A row without an effective date is treated as in force, and the
 * reason says so; a listing that takes effect after {@code asOf}, or was removed on or before it, does not match. A
 * certain match raises the UFLPA presumption ({@link AdmissibilityKind#UFLPA_ENTITY}); a possible one needs review
 * ({@link AdmissibilityKind#POSSIBLE_LISTED_ENTITY}). Names are matched by the engine's
 * {@link org.ctpat4j.risk.spi.EntityMatcher}.
 */
public final class UflpaEntityListRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "uflpa-entity-list";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public UflpaEntityListRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    List<RiskSignal> out = new ArrayList<>();
    for (EntityMatch m : ctx.entityMatcher().match(ctx.facility(), ctx.referenceData().uflpaEntities())) {
      UflpaEntity e = m.entity();
      if (!e.inForceOn(ctx.asOf())) {
        continue;
      }
      String when = (e.effectiveDate() == null
          ? "the list gives no effective date, so the listing is treated as in force"
          : "listed from " + e.effectiveDate())
          + e.removed().map(d -> ", removed on " + d).orElse("");
      boolean certain = m.level() == RiskLevel.HIGH;
      String reason = "Facility name '" + m.facilityName() + "' "
          + (certain ? "matches" : "possibly matches (for review)")
          + " (" + m.method() + (certain && m.score() >= 1.0 ? "" : String.format(Locale.ROOT, " %.2f", m.score()))
          + ") '" + m.listedName()
          + "' of UFLPA Entity List entity '" + e.name() + "'"
          + (e.section().isEmpty() ? "" : ", section " + e.section()) + ", " + when
          + (certain
              ? ": goods made wholly or in part by it are presumed made with forced labor"
              : ": confirm or rule out the identity; if confirmed, goods made by it are presumed made with forced labor")
          + (m.explanation().isEmpty() ? "" : " [" + m.explanation() + "]");
      AdmissibilityEffect effect = certain
          ? AdmissibilityEffect.presumed(AdmissibilityKind.UFLPA_ENTITY, Rules.PRESUMPTION_FIX)
          : AdmissibilityEffect.review(AdmissibilityKind.POSSIBLE_LISTED_ENTITY,
              "Confirm or rule out that '" + m.facilityName() + "' is the listed entity '" + e.name()
                  + "' (registry identifiers such as the USCC, addresses, ownership); if it is, remove it from the"
                  + " chain or prepare a rebuttal");
      out.add(new RiskSignal(ID, m.level(), m.score(), reason,
          Rules.cite(ctx.referenceData(), ReferenceList.UFLPA_ENTITY_LIST, e.row()) + "; " + e.source(), effect));
    }
    return out;
  }
}
