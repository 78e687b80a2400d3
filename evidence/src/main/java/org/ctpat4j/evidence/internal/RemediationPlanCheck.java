package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.RiskLevel;
import org.ctpat4j.risk.RiskSignal;

/**
 * {@link Requirement#REMEDIATION_PLAN} (Trade Compliance 5): a plan that includes disclosure to CBP; every case with
 * forced-labor indicators disclosed to CBP and given corrective actions; overdue actions flagged.
 *
 * <p>Codes: {@link FindingCode#REMEDIATION_PLAN_MISSING}, {@link FindingCode#REMEDIATION_PLAN_NO_CBP_DISCLOSURE},
 * {@link FindingCode#CASE_NOT_DISCLOSED}, {@link FindingCode#CASE_NO_ACTIONS} (cancelled actions do not count),
 * {@link FindingCode#ACTION_OVERDUE} (an action of a case open on the day, due before the day, planned or in progress),
 * {@link FindingCode#PRESUMPTION_NOT_REMEDIATED} (a facility that reaches a product and carries a HIGH signal of the
 * {@code uflpa-entity-list} or {@code uflpa-region} rule, with no remediation case open for it on the day), and the
 * shared codes. A case opened, or a disclosure made, after the day does not count.
 */
final class RemediationPlanCheck implements Check {

  private static final String PLAN = "evidence.remediationPlan";

  @Override
  public Requirement requirement() {
    return Requirement.REMEDIATION_PLAN;
  }

  @Override
  public void run(CheckContext ctx) {
    RemediationPlan plan = ctx.facts.dossier.evidence().remediationPlan();
    if (plan == null) {
      ctx.add(FindingCode.REMEDIATION_PLAN_MISSING, Subjects.PARTNER, PLAN);
    } else if (!ctx.notAfterAsOf(plan.adopted(), Subjects.document(plan.document()), PLAN + ".adopted")) {
      ctx.add(FindingCode.REMEDIATION_PLAN_MISSING, Subjects.PARTNER, PLAN);
    } else {
      ctx.requireDocument(plan.document(), PLAN + ".document");
      if (!plan.includesCbpDisclosure()) {
        ctx.add(
            FindingCode.REMEDIATION_PLAN_NO_CBP_DISCLOSURE,
            Subjects.document(plan.document()),
            PLAN + ".includesCbpDisclosure",
            ctx.facts.documentLabel(plan.document()));
      }
    }
    List<RemediationCase> cases = ctx.facts.dossier.evidence().remediationCases();
    for (int k = 0; k < cases.size(); k++) {
      remediationCase(ctx, cases.get(k), "evidence.remediationCases[" + k + "]");
    }
    presumptions(ctx);
  }

  /** Rules whose HIGH signal means the UFLPA rebuttable presumption applies to the facility's goods. */
  private static final Set<String> PRESUMPTION_RULES = Set.of("uflpa-entity-list", "uflpa-region");

  private static void presumptions(CheckContext ctx) {
    for (FacilityRisk f : ctx.facts.risk.facilities()) {
      if (ctx.facts.risk.tierOf(f.facility()).isEmpty()) {
        continue;
      }
      List<String> grounds =
          f.signals().stream()
              .filter(s -> s.level() == RiskLevel.HIGH && PRESUMPTION_RULES.contains(s.rule()))
              .map(RiskSignal::rule)
              .distinct()
              .sorted()
              .toList();
      if (grounds.isEmpty()) {
        continue;
      }
      boolean remediating =
          ctx.facts.casesOf(f.facility()).stream().anyMatch(c -> c.isOpenOn(ctx.asOf()));
      if (!remediating) {
        ctx.add(
            FindingCode.PRESUMPTION_NOT_REMEDIATED,
            Subjects.facility(f.facility()),
            ctx.facts.facilityPath(f.facility()),
            ctx.facts.facilityLabel(f.facility()),
            String.join(", ", grounds));
      }
    }
  }

  private static void remediationCase(CheckContext ctx, RemediationCase c, String path) {
    String subject = Subjects.caseOf(c.id());
    if (!ctx.notAfterAsOf(c.opened(), subject, path + ".opened")) {
      return;
    }
    String facility = ctx.facts.facilityLabel(c.facility());
    if (!c.indicators().isEmpty()) {
      LocalDate disclosed = c.disclosedToCbp();
      if (!ctx.notAfterAsOf(disclosed, subject, path + ".disclosedToCbp")) {
        disclosed = null;
      }
      if (disclosed == null) {
        ctx.add(
            FindingCode.CASE_NOT_DISCLOSED,
            subject,
            path + ".disclosedToCbp",
            c.id(),
            facility,
            CheckContext.join(c.indicators()),
            c.opened());
      }
      boolean anyAction = c.actions().stream().anyMatch(a -> a.status() != RemediationActionStatus.CANCELLED);
      if (!anyAction) {
        ctx.add(FindingCode.CASE_NO_ACTIONS, subject, path + ".actions", c.id(), facility);
      }
    }
    if (c.isOpenOn(ctx.asOf())) {
      List<RemediationAction> actions = c.actions();
      for (int j = 0; j < actions.size(); j++) {
        RemediationAction a = actions.get(j);
        boolean pending =
            a.status() == RemediationActionStatus.PLANNED || a.status() == RemediationActionStatus.IN_PROGRESS;
        if (pending && a.due() != null && a.due().isBefore(ctx.asOf())) {
          ctx.add(
              FindingCode.ACTION_OVERDUE,
              subject,
              path + ".actions[" + j + "]",
              c.id(),
              a.description(),
              a.due(),
              a.status().name());
        }
      }
    }
  }
}
