package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.internal.Origins;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code unmapped-input}: an input of the facility is not mapped to its origin, so its origin (a listed entity,
 * Xinjiang) cannot be ruled out: UNKNOWN, which propagates downstream as "we do not know", never as "low". Two cases:
 *
 * <ul>
 *   <li>the dossier declares the input unmapped (one signal per declared input);
 *   <li>a silent gap: the facility supplies or produces a good, has no inbound link and no declared unmapped input,
 *       and is not an origin of raw materials (stated by {@code Facility.origin}, or else decided by the HS codes of
 *       what it makes: see {@link Origins}). One signal naming the facility's goods, saying it has "no inbound links
 *       and is not an origin" ({@link Origins#silentGapSignal}); the engine adds it, under this rule's id, when it counts
 *       silent gaps ({@code RiskEngine.Builder.countSilentGaps(true)}), since the rule alone cannot know the
 *       engine's setting.
 * </ul>
 */
public final class UnmappedInputRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "unmapped-input";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public UnmappedInputRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    if (ctx.unmappedInputs().isEmpty()) { // most facilities: no list, no iterator
      return List.of();
    }
    List<RiskSignal> out = new ArrayList<>();
    for (UnmappedInput u : ctx.unmappedInputs()) {
      out.add(new RiskSignal(ID, RiskLevel.UNKNOWN, 0.5,
          "Input '" + u.material() + "' of this facility is not mapped to its origin"
              + (u.note() == null ? "" : " (" + u.note() + ")") + ": forced-labor risk cannot be ruled out",
          "dossier unmappedInputs"));
    }
    return out;
  }

}
