package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ctpat4j.risk.RiskLevel;
import org.ctpat4j.risk.RiskSignal;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.data.WroFinding;
import org.ctpat4j.risk.internal.Names;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code wro-findings}: the facility, or its country and a good it makes, is under a CBP Withhold Release Order or
 * Finding (19 U.S.C. 1307, 19 CFR 12.42-12.45) issued on or before {@code asOf}: HIGH. An entity row matches a
 * facility name or alias after normalisation (the row's {@code a/k/a} names, and names separated by {@code ;} or
 * {@code and}, each count); a merchandise row ("All Turkmenistan cotton...", "Tobacco produced in ... Malawi") matches a
 * facility of that country that makes the good.
 */
public final class WroFindingsRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "wro-findings";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public WroFindingsRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    List<String> own = new ArrayList<>();
    own.add(ctx.facility().name());
    own.addAll(ctx.facility().aliases());
    String iso = Rules.iso(ctx);
    List<RiskSignal> out = new ArrayList<>();
    for (WroFinding w : ctx.referenceData().wroFindings()) {
      if (w.effectiveDate().isAfter(ctx.asOf())) {
        continue;
      }
      String kind = w.isFinding() ? "Finding" : "Withhold Release Order";
      String source = Rules.cite(ctx.referenceData(), ReferenceList.WRO_FINDINGS, w.row()) + "; " + w.verification();
      String matched = matchName(own, w.entityOrScope());
      if (matched != null) {
        out.add(new RiskSignal(ID, RiskLevel.HIGH, w.isFinding() ? 1.0 : 0.95,
            "Facility name '" + matched + "' matches the CBP " + kind + " of " + w.effectiveDate() + " on '"
                + w.entityOrScope() + "' (" + w.country() + ")",
            source));
        continue;
      }
      String scope = Names.normalize(w.entityOrScope());
      boolean merchandise = scope.startsWith("all ") || scope.contains(" produced in ");
      if (!merchandise || !w.isoAlpha2().equalsIgnoreCase(iso)) {
        continue;
      }
      String good = goodInScope(ctx, scope);
      if (good != null) {
        out.add(new RiskSignal(ID, RiskLevel.HIGH, w.isFinding() ? 1.0 : 0.95,
            "Facility in " + w.country() + " makes " + good + ", merchandise covered by the CBP " + kind + " of "
                + w.effectiveDate() + ": '" + w.entityOrScope() + "'",
            source));
      }
    }
    return out;
  }

  private static String matchName(List<String> own, String scope) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : scope.split(";")) {
      for (String alias : part.split("(?i),?\\s*a/k/a\\s*")) {
        String a = alias.replaceFirst("(?i)^\\s*fishing vessel:\\s*", "");
        names.add(Names.normalize(a));
        for (String piece : a.split("\\s+and\\s+")) {
          names.add(Names.normalize(piece));
        }
      }
    }
    names.remove("");
    for (String name : own) {
      if (names.contains(Names.normalize(name))) {
        return name;
      }
    }
    return null;
  }

  private static String goodInScope(FacilityContext ctx, String scope) {
    for (Rules.MadeGood made : Rules.madeGoods(ctx)) {
      for (GoodMapping m : made.mappings()) {
        String good = Names.normalize(m.ilabGood());
        if (!good.isEmpty() && Names.containsWords(scope, good)) {
          return Rules.describe(made.material());
        }
      }
    }
    return null;
  }
}
