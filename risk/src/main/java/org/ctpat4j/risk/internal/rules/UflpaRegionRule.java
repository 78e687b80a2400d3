package org.ctpat4j.risk.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.location.XuarLocator;
import org.ctpat4j.risk.location.XuarPlacement;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code uflpa-region}: the facility is in the Xinjiang Uyghur Autonomous Region, however the dossier writes it (its
 * region {@code CN-XJ} or {@code CN-65}, or its address in any script and spelling, as decided by
 * {@link XuarLocator}). Under section 3 of the Uyghur Forced Labor Prevention Act (Pub. L. 117-78), goods mined,
 * produced or manufactured wholly or in part in Xinjiang are presumed made with forced labor: HIGH, and the goods made
 * from its output are {@link org.ctpat4j.risk.signal.Admissibility#PRESUMED_FORCED_LABOR}.
 *
 * <ul>
 *   <li>In the XUAR: HIGH, {@link AdmissibilityKind#UFLPA_REGION}.
 *   <li>A region that contradicts the address: treated as in the XUAR, HIGH, {@link AdmissibilityKind#LOCATION_CONFLICT}.
 *   <li>An ambiguous place name, or "Xinjiang" only in a street or company name: MEDIUM, needs review
 *       ({@link AdmissibilityKind#LOCATION_UNCERTAIN}).
 *   <li>A facility in China that neither its region nor its address places, and that makes a good of a UFLPA
 *       high-priority sector or a good the ILAB list names for China: MEDIUM, needs review
 *       ({@link AdmissibilityKind#LOCATION_UNRESOLVED}).
 * </ul>
 */
public final class UflpaRegionRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "uflpa-region";

  private static final String SOURCE = "Uyghur Forced Labor Prevention Act, Pub. L. 117-78, section 3; ";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public UflpaRegionRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    XuarPlacement where = XuarLocator.bundled().locate(ctx.facility());
    String name = "Facility '" + ctx.facility().name() + "'";
    String source = SOURCE + "facility region and address in the dossier, read with the bundled gazetteer of"
        + " Xinjiang's places (xinjiang_places.csv)";
    switch (where.answer()) {
      case IN -> {
        Set<String> sectors = sectors(ctx);
        String reason = name + (where.conflict() ? " is treated as in Xinjiang (XUAR): " : " is in Xinjiang (XUAR): ")
            + where.explanation() + "; goods made wholly or in part there are presumed made with forced labor (UFLPA"
            + " section 3)"
            + (sectors.isEmpty() ? "" : "; it makes goods of UFLPA high-priority sectors: " + String.join(", ", sectors));
        return List.of(new RiskSignal(ID, RiskLevel.HIGH, 1.0, reason, source,
            AdmissibilityEffect.presumed(
                where.conflict() ? AdmissibilityKind.LOCATION_CONFLICT : AdmissibilityKind.UFLPA_REGION,
                (where.conflict() ? "Correct the region or the address so that both name the facility's real place; "
                    : "") + Rules.PRESUMPTION_FIX)));
      }
      case UNCERTAIN -> {
        return List.of(new RiskSignal(ID, RiskLevel.MEDIUM, 0.5,
            name + " may be in Xinjiang (XUAR): " + where.explanation(), source,
            AdmissibilityEffect.review(AdmissibilityKind.LOCATION_UNCERTAIN,
                "Record the facility's full address and its ISO 3166-2 region code; if it is in the XUAR, its goods"
                    + " are presumed made with forced labor")));
      }
      case UNKNOWN -> {
        Set<String> risky = sectors(ctx);
        if (risky.isEmpty() && !Rules.ilabMatches(ctx, false).isEmpty()) {
          risky.add("a good the ILAB list names for China");
        }
        if (risky.isEmpty()) {
          return List.of();
        }
        return List.of(new RiskSignal(ID, RiskLevel.MEDIUM, 0.5,
            name + " is in China, but neither its region nor its address places it in or out of Xinjiang (XUAR): "
                + where.explanation() + "; it makes " + String.join(", ", risky),
            source,
            AdmissibilityEffect.review(AdmissibilityKind.LOCATION_UNRESOLVED,
                "Record the facility's full address and its ISO 3166-2 region code")));
      }
      default -> {
        return List.of();
      }
    }
  }

  private static Set<String> sectors(FacilityContext ctx) {
    Set<String> sectors = new TreeSet<>();
    for (Rules.MadeGood g : Rules.madeGoods(ctx)) {
      for (GoodMapping m : g.mappings()) {
        if (!m.uflpaSector().isEmpty()) {
          sectors.add(m.uflpaSector());
        }
      }
    }
    return sectors;
  }
}
