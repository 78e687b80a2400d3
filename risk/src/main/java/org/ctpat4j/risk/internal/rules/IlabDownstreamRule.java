package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;
import org.ctpat4j.risk.spi.SupplyInput;

/**
 * {@code ilab-downstream}: the facility makes a good that the ILAB list (2022 edition onwards) names as a downstream
 * good of its country, made with an input produced with child or forced labor (for example solar wafers, cells and
 * modules made in China with Chinese polysilicon). The level follows the input's own listing: forced labor gives HIGH,
 * child labor only MEDIUM (MEDIUM too when the input is not known). The reason names the input and its country, and the
 * countries the facility's declared inputs come from.
 */
public final class IlabDownstreamRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "ilab-downstream";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public IlabDownstreamRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    ReferenceData data = ctx.referenceData();
    List<RiskSignal> out = new ArrayList<>();
    for (Rules.IlabMatch match : Rules.ilabMatches(ctx, true)) {
      IlabGood row = match.row();
      if (!row.inForceOn(ctx.asOf())) {
        continue;
      }
      Rules.MadeGood made = match.made();
      String input = data.downstreamInputs().get(row.good());
      IlabGood inputRow = null;
      if (input != null) {
        for (IlabGood r : data.ilabGoods()) {
          if (!r.downstreamGood() && r.good().equals(input) && r.country().equals(row.inputSourceCountry())
              && r.inForceOn(ctx.asOf())) {
            inputRow = r;
            break;
          }
        }
      }
      boolean forced = inputRow != null && inputRow.anyForcedLabor();
      String inputText = (input == null ? "an input" : input) + " from " + row.inputSourceCountry()
          + (inputRow == null ? "" : " (listed for " + (forced ? "forced labor" : "child labor") + ")");
      Set<String> inputCountries = new TreeSet<>();
      for (SupplyInput in : ctx.inputs()) {
        inputCountries.add(in.supplierCountry());
      }
      String declared = inputCountries.isEmpty()
          ? "the dossier maps no supplier of this facility"
          : "its mapped suppliers are in " + String.join(", ", inputCountries);
      String reason = "Facility makes " + Rules.describe(made.material()) + "; the ILAB " + row.edition()
          + " list names " + row.good() + " from " + row.country() + " as a downstream good made with "
          + inputText + "; " + declared;
      out.add(new RiskSignal(ID, forced ? RiskLevel.HIGH : RiskLevel.MEDIUM, forced ? 0.8 : 0.5, reason,
          Rules.cite(data, ReferenceList.ILAB_GOODS, row.row())
              + (inputRow == null ? "" : "; input row line " + inputRow.row())));
    }
    return out;
  }
}
