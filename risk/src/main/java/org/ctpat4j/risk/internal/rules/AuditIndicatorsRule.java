package org.ctpat4j.risk.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code audit-indicators}: the facility's current audit findings include an open finding that points to one of the
 * ILO's 11 indicators of forced labour (ILO, <i>Indicators of Forced Labour</i>, 2012). A CRITICAL finding gives HIGH,
 * any other severity MEDIUM.
 *
 * <p>The latest audit decides the current findings: the latest independent audit ({@code Audit.isIndependent()}, a
 * {@code THIRD_PARTY} audit) dated on or before {@code asOf} replaces every earlier audit, so a closure audit that
 * records a finding CLOSED (or no longer records it) brings the facility down. Ties: when several independent audits
 * share the latest date, all of them count, and a finding open in any of them stays open (the worse reading wins). An
 * audit that is not independent (a {@code SELF_ASSESSMENT} by the supplier, a {@code SECOND_PARTY} visit by the buyer)
 * cannot close what an independent audit found, so it never replaces one; its open findings dated on or after the
 * latest independent audit still count, since a problem a supplier reports itself is a problem. With no independent
 * audit, every audit that is not independent counts.
 */
public final class AuditIndicatorsRule implements RiskRule {

  /** The rule id. */
  public static final String ID = "audit-indicators";

  /** Creates the rule (for {@link java.util.ServiceLoader}). */
  public AuditIndicatorsRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RiskSignal> evaluate(FacilityContext ctx) {
    if (ctx.audits().isEmpty()) { // most facilities: no list, no iterator
      return List.of();
    }
    List<Audit> current = current(ctx.audits(), ctx.asOf());
    List<RiskSignal> out = new ArrayList<>();
    for (Audit a : current) {
      for (AuditFinding f : a.findings()) {
        if (f.indicator() == null || f.status() != AuditFindingStatus.OPEN) {
          continue;
        }
        boolean critical = f.severity() == AuditFindingSeverity.CRITICAL;
        String reason = "Open " + f.severity() + " finding of audit " + a.id()
            + (a.scheme() == null ? "" : " (" + a.scheme() + ")") + " of " + a.date()
            + (a.isIndependent() ? "" : ", not independent (" + a.type() + ")")
            + ": ILO forced-labour indicator " + f.indicator()
            + (f.description() == null ? "" : " - " + f.description());
        out.add(new RiskSignal(ID, critical ? RiskLevel.HIGH : RiskLevel.MEDIUM, critical ? 0.9 : 0.6, reason,
            "dossier audit " + a.id() + ", document " + a.document() + "; ILO Indicators of Forced Labour (2012)"));
      }
    }
    return out;
  }

  /**
   * The audits that decide the current findings on a day: the independent audits of the latest independent date, and
   * every audit that is not independent dated on or after it (every one when no independent audit exists).
   */
  static List<Audit> current(List<Audit> audits, LocalDate asOf) {
    LocalDate latest = null;
    for (Audit a : audits) {
      if (a.isIndependent() && !a.date().isAfter(asOf) && (latest == null || a.date().isAfter(latest))) {
        latest = a.date();
      }
    }
    List<Audit> out = new ArrayList<>();
    for (Audit a : audits) {
      if (a.date().isAfter(asOf)) {
        continue;
      }
      boolean deciding = latest == null || (a.isIndependent() ? a.date().equals(latest) : !a.date().isBefore(latest));
      if (deciding) {
        out.add(a);
      }
    }
    return out;
  }
}
