package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.risk.RiskLevel;
import org.ctpat4j.risk.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * {@code audit-indicators}: an audit of the facility (dated on or before {@code asOf}) has an open finding that points
 * to one of the ILO's 11 indicators of forced labour (ILO, <i>Indicators of Forced Labour</i>, 2012). A CRITICAL
 * finding gives HIGH, any other severity MEDIUM.
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
    List<RiskSignal> out = new ArrayList<>();
    for (Audit a : ctx.audits()) {
      if (a.date().isAfter(ctx.asOf())) {
        continue;
      }
      for (AuditFinding f : a.findings()) {
        if (f.indicator() == null || f.status() != AuditFindingStatus.OPEN) {
          continue;
        }
        boolean critical = f.severity() == AuditFindingSeverity.CRITICAL;
        String reason = "Open " + f.severity() + " finding of audit " + a.id()
            + (a.scheme() == null ? "" : " (" + a.scheme() + ")") + " of " + a.date()
            + ": ILO forced-labour indicator " + f.indicator()
            + (f.description() == null ? "" : " - " + f.description());
        out.add(new RiskSignal(ID, critical ? RiskLevel.HIGH : RiskLevel.MEDIUM, critical ? 0.9 : 0.6, reason,
            "dossier audit " + a.id() + ", document " + a.document() + "; ILO Indicators of Forced Labour (2012)"));
      }
    }
    return out;
  }
}
