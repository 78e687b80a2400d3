package org.ctpat4j.risk.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.risk.RiskLevel;
import org.ctpat4j.risk.RiskSignal;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code uflpa-region}: the facility is in the Xinjiang Uyghur Autonomous Region (ISO 3166-2 {@code CN-XJ}). Under
 * section 3 of the Uyghur Forced Labor Prevention Act (Pub. L. 117-78), goods mined, produced or manufactured wholly or
 * in part in Xinjiang are presumed made with forced labor: HIGH.
 */
public final class UflpaRegionRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "uflpa-region";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public UflpaRegionRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    String region = ctx.facility().region();
    if (region == null || !region.strip().equalsIgnoreCase("CN-XJ")) {
      return List.of();
    }
    Set<String> sectors = new TreeSet<>();
    for (Rules.MadeGood g : Rules.madeGoods(ctx)) {
      for (GoodMapping m : g.mappings()) {
        if (!m.uflpaSector().isEmpty()) {
          sectors.add(m.uflpaSector());
        }
      }
    }
    String reason = "Facility '" + ctx.facility().name() + "' is in Xinjiang (CN-XJ): goods made wholly or in part"
        + " there are presumed made with forced labor (UFLPA section 3)"
        + (sectors.isEmpty() ? "" : "; it makes goods of UFLPA high-priority sectors: " + String.join(", ", sectors));
    return List.of(new RiskSignal(ID, RiskLevel.HIGH, 1.0, reason,
        "Uyghur Forced Labor Prevention Act, Pub. L. 117-78, section 3; facility region in the dossier"));
  }
}
