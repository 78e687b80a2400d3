package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.WroFinding;
import org.ctpat4j.risk.internal.GoodIndex;
import org.ctpat4j.risk.screening.ScreeningHit;
import org.ctpat4j.risk.screening.ScreeningLevel;
import org.ctpat4j.risk.screening.ScreeningQuery;
import org.ctpat4j.risk.screening.internal.Normalizer;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code wro-findings}: a CBP Withhold Release Order or Finding (19 U.S.C. 1307, 19 CFR 12.42-12.45) in force on
 * {@code asOf} covers the facility, or its country (or region) and a good it makes: HIGH, and goods made from its
 * output are {@link org.ctpat4j.risk.signal.Admissibility#WRO_DETAINED}.
 *
 * <ul>
 *   <li>Named entities and vessels are matched with the screening engine ({@link org.ctpat4j.risk.screening}), so
 *       aliases, legal forms, word order and typos count; a possible (not certain) match needs review
 *       ({@link AdmissibilityKind#POSSIBLE_WRO_ENTITY}).
 *   <li>Merchandise orders ("All Turkmenistan cotton...", "Tobacco produced in ... Malawi") match a facility of that
 *       country (for an order on a region of Xinjiang, a facility placed in the XUAR) that makes the good: by the
 *       material's HS code first; only a material without an HS code is matched by keywords, as whole words of its
 *       own name.
 *   <li>An order is in force from its effective date until its end: the day the source says it was modified, revoked
 *       or vacated, or the effective date of the Finding a WRO was expanded to. A lifted order detains nothing (a LOW
 *       signal records it); one the source says was lifted without a date needs review
 *       ({@link AdmissibilityKind#WRO_STATUS_UNCERTAIN}). A row of the undated list that a dated row describes is
 *       superseded by it.
 * </ul>
 */
public final class WroFindingsRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "wro-findings";

  private static final String DETAINED_FIX = "Remove the facility's goods from the chain of every product they reach,"
      + " or, for goods already detained, file proof of admissibility within three months (19 CFR 12.43: a certificate"
      + " of origin and a statement tracing the goods) or re-export them";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public WroFindingsRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    WroIndex index = WroIndex.of(ctx.referenceData());
    List<RiskSignal> out = new ArrayList<>();
    String iso = Rules.iso(ctx);
    for (Map.Entry<WroIndex.Row, ScreeningHit> e : index.screen(query(ctx.facility(), iso)).entrySet()) {
      WroIndex.Row row = e.getKey();
      ScreeningHit hit = e.getValue();
      String what = "Facility name '" + hit.explanation().queryName() + "' "
          + (hit.level() == ScreeningLevel.MATCH ? "matches" : "possibly matches (for review)") + " '"
          + hit.matchedName() + "' (screening " + String.format(Locale.ROOT, "%.2f", hit.score()) + ")";
      signal(ctx, row, what, hit.level() == ScreeningLevel.MATCH).ifPresent(out::add);
    }
    Boolean inXuar = null; // placed once per facility, and only when a region-scoped order needs it
    for (WroIndex.Row row : index.merchandiseRows(iso)) {
      if (row.xuarScope()) {
        if (inXuar == null) {
          inXuar = Rules.inXuar(ctx);
        }
        if (!inXuar) {
          continue;
        }
      }
      String good = goodInScope(ctx, row.scopeText());
      if (good != null) {
        String what = "Facility in " + row.finding().country() + (row.xuarScope() ? " (XUAR)" : "") + " makes " + good
            + ", merchandise covered by";
        signal(ctx, row, what, true).ifPresent(out::add);
      }
    }
    return out;
  }

  private static java.util.Optional<RiskSignal> signal(FacilityContext ctx, WroIndex.Row row, String what,
      boolean certain) {
    WroFinding w = row.finding();
    if (w.effectiveDate().isAfter(ctx.asOf())) {
      return java.util.Optional.empty();
    }
    String kind = w.isFinding() ? "Finding" : "Withhold Release Order";
    String order = " the CBP " + kind + " of " + w.effectiveDate() + " on '" + w.entityOrScope() + "' ("
        + w.country() + ")";
    String source = Rules.cite(ctx.referenceData(), w.list(), w.row())
        + (w.sourceUrl().isEmpty() ? "" : "; " + w.sourceUrl())
        + (w.verification().isEmpty() ? "" : "; " + w.verification());
    double score = w.isFinding() ? 1.0 : 0.95;
    if (row.end() != null && !ctx.asOf().isBefore(row.end())) {
      return java.util.Optional.of(new RiskSignal(ID, RiskLevel.LOW, 0.0,
          what + order + ", which no longer detains goods from " + row.end() + " (status " + w.status() + ")",
          source));
    }
    if (w.isLifted() && row.end() == null) {
      return java.util.Optional.of(new RiskSignal(ID, RiskLevel.MEDIUM, 0.5,
          what + order + "; the source says it was " + w.status().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " but gives no date, so whether it detains goods on " + ctx.asOf() + " is not known",
          source, AdmissibilityEffect.review(AdmissibilityKind.WRO_STATUS_UNCERTAIN,
              "Check the order's current status on CBP's Withhold Release Orders and Findings list")));
    }
    String status = w.status().startsWith("ACTIVE") ? ""
        : " (status per the source: " + w.status() + (w.status().equals("UNKNOWN") ? ", treated as in force" : "")
            + ")";
    if (!certain) {
      return java.util.Optional.of(new RiskSignal(ID, RiskLevel.MEDIUM, score * 0.6, what + order + status, source,
          AdmissibilityEffect.review(AdmissibilityKind.POSSIBLE_WRO_ENTITY,
              "Confirm or rule out that the facility is the entity the order names; if it is, remove its goods from"
                  + " the chain")));
    }
    return java.util.Optional.of(new RiskSignal(ID, RiskLevel.HIGH, score, what + order + status, source,
        AdmissibilityEffect.detained(DETAINED_FIX)));
  }

  /** The facility's names, and its country when {@code iso} (see {@link Rules#iso}) has the shape of a code. */
  private static ScreeningQuery query(Facility f, String iso) {
    ScreeningQuery.Builder q = ScreeningQuery.newBuilder(f.name());
    f.aliases().forEach(q::alias);
    if (iso.length() == 2 && isUpperAscii(iso.charAt(0)) && isUpperAscii(iso.charAt(1))) {
      q.country(iso);
    }
    return q.build();
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The first good the facility makes that the scope names: HS code first, keywords only without an HS code. */
  private static String goodInScope(FacilityContext ctx, String scope) {
    GoodIndex index = GoodIndex.of(ctx.referenceData());
    for (Material m : ctx.goodsMade()) {
      List<GoodMapping> mappings =
          m.hsCode() == null || m.hsCode().isBlank() ? index.lookupKeywords(m) : index.lookupHs(m);
      for (GoodMapping mapping : mappings) {
        String good = Normalizer.key(mapping.ilabGood());
        if (!good.isEmpty() && Normalizer.containsWords(scope, good)) {
          return Rules.describe(m);
        }
      }
    }
    return null;
  }
}
