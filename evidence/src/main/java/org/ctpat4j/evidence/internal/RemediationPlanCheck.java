package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * {@link Requirement#REMEDIATION_PLAN} (Trade Compliance 5): a plan that includes disclosure to CBP; every case with
 * forced-labor indicators disclosed to CBP and given corrective actions; overdue actions flagged.
 *
 * <p>Codes: {@link FindingCode#REMEDIATION_PLAN_MISSING}, {@link FindingCode#REMEDIATION_PLAN_NO_CBP_DISCLOSURE},
 * {@link FindingCode#CASE_NOT_DISCLOSED}, {@link FindingCode#CASE_NO_ACTIONS} (cancelled actions do not count),
 * {@link FindingCode#REMEDIATION_NOT_VERIFIED} (a closed case with indicators, without a verification document or a
 * later audit recording its indicators closed), {@link FindingCode#ACTION_OVERDUE} (an action of a case open on the
 * day, due before the day, planned or in progress) and {@link FindingCode#ACTION_LONG_OVERDUE} (the same, overdue by
 * more than the policy's {@link org.ctpat4j.evidence.CompliancePolicy#overdueEscalation()}),
 * {@link FindingCode#PRESUMPTION_NOT_REMEDIATED} (a facility that reaches a product and carries a signal that raises
 * the UFLPA presumption, with no remediation case that names it, is open on the day and has an action with a due day),
 * {@link FindingCode#WRO_NOT_REMEDIATED} (the same for a facility a Withhold Release Order or Finding covers),
 * {@link FindingCode#REMEDIATION_CONTRADICTED} (a done "stop sourcing" action for a facility the dossier still links
 * in), and the shared codes. A case opened, or a disclosure made, after the day does not count.
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
    presumptions(ctx, cases);
  }

  /**
   * An action that says sourcing from the facility stopped: "stop sourcing", "cease purchasing", "terminate the
   * supplier", "exit the relationship", "re-source", "phase out" and the like, matched on the action's description.
   */
  private static final Pattern STOP_SOURCING = Pattern.compile(
      "\\b(?:(?:stop|stopped|cease|ceased|end|ended|terminat\\w*|discontinu\\w*|exit\\w*|suspend\\w*|phase[ds]? out)"
          + "\\b.{0,40}\\b(?:sourc\\w*|purchas\\w*|buying|orders?|supplier|relationship|business|contract)"
          + "|re-?sourc\\w*|delist\\w*)",
      Pattern.CASE_INSENSITIVE);

  /**
   * Facilities whose goods CBP would detain need a remediation case that names them, is open on the day and has at
   * least one action with a due day; an audit is never enough. A case that says sourcing stopped while the dossier
   * still links the facility in contradicts the dossier.
   */
  private static void presumptions(CheckContext ctx, List<RemediationCase> cases) {
    Facts facts = ctx.facts;
    for (FacilityRisk f : facts.risk.facilities()) {
      if (facts.risk.tierOf(f.facility()).isEmpty()) {
        continue;
      }
      List<String> presumed = new ArrayList<>();
      boolean detained = false;
      for (RiskSignal s : f.signals()) {
        if (s.raisesPresumption()) {
          presumed.add(s.rule());
        } else if (s.admissibility() == Admissibility.WRO_DETAINED) {
          detained = true;
        }
      }
      if (presumed.isEmpty() && !detained) {
        continue;
      }
      boolean remediating = facts.casesOf(f.facility()).stream().anyMatch(c -> !c.opened().isAfter(ctx.asOf()) && c.isOpenOn(ctx.asOf())
          && c.actions().stream().anyMatch(a -> a.status() != RemediationActionStatus.CANCELLED && a.due() != null));
      if (remediating) {
        continue;
      }
      if (!presumed.isEmpty()) {
        ctx.add(
            FindingCode.PRESUMPTION_NOT_REMEDIATED,
            Subjects.facility(f.facility()),
            facts.facilityPath(f.facility()),
            facts.facilityLabel(f.facility()),
            String.join(", ", new TreeSet<>(presumed)));
      } else {
        ctx.add(FindingCode.WRO_NOT_REMEDIATED, Subjects.facility(f.facility()), facts.facilityPath(f.facility()),
            facts.facilityLabel(f.facility()));
      }
    }
    // facilities that still supply something: only those with a remediation case matter
    Set<String> withCases = new HashSet<>();
    cases.forEach(c -> withCases.add(c.facility()));
    Set<String> linkedIn = new HashSet<>();
    if (!withCases.isEmpty()) {
      facts.dossier.links().forEach(l -> {
        if (withCases.contains(l.from())) {
          linkedIn.add(l.from());
        }
      });
      facts.dossier.products().forEach(p -> {
        if (withCases.contains(p.producedBy())) {
          linkedIn.add(p.producedBy());
        }
      });
    }
    for (int k = 0; k < cases.size(); k++) {
      RemediationCase c = cases.get(k);
      if (!linkedIn.contains(c.facility()) || c.opened().isAfter(ctx.asOf())) {
        continue;
      }
      for (int j = 0; j < c.actions().size(); j++) {
        RemediationAction a = c.actions().get(j);
        if (a.status() == RemediationActionStatus.DONE && STOP_SOURCING.matcher(a.description()).find()) {
          ctx.add(FindingCode.REMEDIATION_CONTRADICTED, Subjects.caseOf(c.id()),
              "evidence.remediationCases[" + k + "].actions[" + j + "]", c.id(), facts.facilityLabel(c.facility()),
              a.description(), reached(facts, c.facility()));
          break;
        }
      }
    }
  }

  /** The products whose chain the facility is in, or the facilities it still supplies. */
  private static String reached(Facts facts, String facility) {
    Set<String> products = new TreeSet<>();
    for (ProductExposure p : facts.risk.products()) {
      if (p.reasons().stream().anyMatch(r -> r.facility().equals(facility))
          || p.paths().stream().anyMatch(path -> path.contains(facility))) {
        products.add(facts.productLabel(p.product()));
      }
    }
    if (!products.isEmpty()) {
      return String.join(", ", products);
    }
    Set<String> customers = new TreeSet<>();
    facts.dossier.links().stream().filter(l -> l.from().equals(facility))
        .forEach(l -> customers.add(facts.facilityLabel(l.to())));
    facts.dossier.products().stream().filter(p -> p.producedBy().equals(facility))
        .forEach(p -> customers.add(facts.productLabel(p.id())));
    return String.join(", ", customers);
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
      if (c.closed() != null && !c.isOpenOn(ctx.asOf()) && !ctx.facts.verified(c)) {
        ctx.add(
            FindingCode.REMEDIATION_NOT_VERIFIED,
            subject,
            path + ".verification",
            c.id(),
            facility,
            CheckContext.join(c.indicators()),
            c.closed());
      }
    }
    if (c.isOpenOn(ctx.asOf())) {
      List<RemediationAction> actions = c.actions();
      for (int j = 0; j < actions.size(); j++) {
        RemediationAction a = actions.get(j);
        boolean pending =
            a.status() == RemediationActionStatus.PLANNED || a.status() == RemediationActionStatus.IN_PROGRESS;
        if (pending && a.due() != null && a.due().plus(ctx.policy().overdueEscalation()).isBefore(ctx.asOf())) {
          ctx.add(
              FindingCode.ACTION_LONG_OVERDUE,
              subject,
              path + ".actions[" + j + "]",
              c.id(),
              a.description(),
              a.due(),
              a.status().name(),
              ctx.period(ctx.policy().overdueEscalation()));
        } else if (pending && a.due() != null && a.due().isBefore(ctx.asOf())) {
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
