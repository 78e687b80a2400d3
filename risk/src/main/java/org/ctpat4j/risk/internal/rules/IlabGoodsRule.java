package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code ilab-goods}: the facility makes a good that the ILAB List of Goods Produced by Child Labor or Forced Labor
 * (U.S. DOL, TVPRA list) names for its country. Forced labor (adult or child) gives HIGH, child labor only MEDIUM.
 * Materials map to ILAB goods through the bundled HS-prefix / keyword table.
 */
public final class IlabGoodsRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "ilab-goods";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public IlabGoodsRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    ReferenceData data = ctx.referenceData();
    List<RiskSignal> out = new ArrayList<>();
    for (Rules.IlabMatch match : Rules.ilabMatches(ctx, false)) {
      IlabGood row = match.row();
      Rules.MadeGood made = match.made();
      GoodMapping mapping = match.mapping();
      String cite = Rules.cite(data, ReferenceList.ILAB_GOODS, row.row()) + "; mapping "
          + ReferenceList.ILAB_GOOD_MAPPING.fileName() + " line " + mapping.row();
      if (!row.inForceOn(ctx.asOf())) {
        if (row.endDate() != null && !ctx.asOf().isBefore(row.endDate())) {
          out.add(new RiskSignal(ID, RiskLevel.LOW, 0.0, "Facility makes " + Rules.describe(made.material())
              + ", which maps to the ILAB good '" + row.good() + "'; the ILAB " + row.edition() + " list named "
              + row.good() + " from " + row.country() + ", but the row no longer applies from " + row.endDate() + ": "
              + row.change(), cite));
        }
        continue;
      }
      if (!row.laborFlagsStated()) {
        out.add(new RiskSignal(ID, RiskLevel.MEDIUM, 0.5, "Facility makes " + Rules.describe(made.material())
            + ", which maps to the ILAB good '" + row.good() + "'; the ILAB " + row.edition() + " list adds "
            + row.good() + " from " + row.country() + " (the bundled source does not say whether for child or forced"
            + " labor; check the 2024 edition): " + row.change(),
            Rules.cite(data, ReferenceList.ILAB_CHANGES, row.row()) + "; mapping "
                + ReferenceList.ILAB_GOOD_MAPPING.fileName() + " line " + mapping.row()));
        continue;
      }
      if (!(row.childLabor() || row.anyForcedLabor())) {
        continue;
      }
      boolean forced = row.anyForcedLabor();
      String labor = Rules.laborFlags(row);
      String reason = "Facility makes " + Rules.describe(made.material()) + ", which maps to the ILAB good '"
          + row.good() + "'; the ILAB " + row.edition() + " list names " + row.good() + " from " + row.country()
          + " as produced with " + labor;
      out.add(new RiskSignal(ID, forced ? RiskLevel.HIGH : RiskLevel.MEDIUM, forced ? 0.9 : 0.5, reason, cite));
    }
    return out;
  }
}
