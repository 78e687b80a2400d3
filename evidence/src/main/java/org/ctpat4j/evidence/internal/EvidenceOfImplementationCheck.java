package org.ctpat4j.evidence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.evidence.FindingCode;

/**
 * {@link Requirement#EVIDENCE_OF_IMPLEMENTATION} (Trade Compliance 3): employee training on forced-labor indicators
 * within the cycle; a recent, independent (third-party), unredacted audit of every high-risk facility (or an open
 * remediation case for it), preferably unannounced; no open finding that needs remediation (critical, or major with a
 * forced-labour indicator) that no open or verified remediation case covers.
 *
 * <p>Codes: {@link FindingCode#EMPLOYEE_TRAINING_MISSING}, {@link FindingCode#EMPLOYEE_TRAINING_STALE},
 * {@link FindingCode#HIGH_RISK_FACILITY_NOT_AUDITED}, {@link FindingCode#AUDIT_STALE},
 * {@link FindingCode#AUDIT_NOT_INDEPENDENT}, {@link FindingCode#AUDIT_REDACTED} (the audit, or its report document, is
 * redacted), {@link FindingCode#CRITICAL_FINDING_UNREMEDIATED}, {@link FindingCode#AUDIT_DEFERRED_BY_REMEDIATION},
 * {@link FindingCode#AUDIT_ANNOUNCED}, and
 * the shared codes.
 *
 * <p>Rules: staff training is training of {@link TrainingAudience#EMPLOYEES} or {@link TrainingAudience#MANAGEMENT}
 * covering the policy's topic. Only the latest audit of a facility (on or before the day) speaks for its open
 * findings; a second-party visit or supplier self-assessment ({@link org.ctpat4j.core.dossier.AuditType}) never
 * counts as independent; an open finding that needs remediation is covered by a remediation case for the same
 * facility that is open on the day, or that was opened on or after the audit and whose remediation was verified.
 */
final class EvidenceOfImplementationCheck implements Check {

  private static final Comparator<Audit> LATEST_FIRST =
      Comparator.comparing(Audit::date).reversed().thenComparing(Audit::id);

  @Override
  public Requirement requirement() {
    return Requirement.EVIDENCE_OF_IMPLEMENTATION;
  }

  @Override
  public void run(CheckContext ctx) {
    staffTraining(ctx);
    List<Audit> all = ctx.facts.dossier.evidence().audits();
    TreeMap<String, List<Audit>> byFacility = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Audit a = all.get(i);
      if (ctx.notAfterAsOf(a.date(), Subjects.audit(a.id()), "evidence.audits[" + i + "].date")) {
        byFacility.computeIfAbsent(a.facility(), k -> new ArrayList<>()).add(a);
      }
    }
    byFacility.values().forEach(l -> l.sort(LATEST_FIRST));
    for (String facility : ctx.facts.auditable()) {
      highRiskAudit(ctx, facility, byFacility.getOrDefault(facility, List.of()));
    }
    byFacility.forEach((facility, audits) -> criticalFindings(ctx, audits.get(0)));
  }

  private static void staffTraining(CheckContext ctx) {
    List<Training> trainings = ctx.facts.dossier.evidence().trainings();
    int latest = -1;
    for (int i = 0; i < trainings.size(); i++) {
      Training t = trainings.get(i);
      boolean staff = t.audience() == TrainingAudience.EMPLOYEES || t.audience() == TrainingAudience.MANAGEMENT;
      if (!staff || !t.topics().contains(ctx.policy().requiredTrainingTopic())) {
        continue;
      }
      if (!ctx.notAfterAsOf(t.date(), Subjects.document(t.document()), "evidence.trainings[" + i + "].date")) {
        continue;
      }
      if (latest < 0 || t.date().isAfter(trainings.get(latest).date())) {
        latest = i;
      }
    }
    String topic = ctx.policy().requiredTrainingTopic().name();
    if (latest < 0) {
      ctx.add(FindingCode.EMPLOYEE_TRAINING_MISSING, Subjects.PARTNER, "evidence.trainings", topic);
      return;
    }
    Training t = trainings.get(latest);
    ctx.requireDocument(t.document(), "evidence.trainings[" + latest + "].document");
    if (!ctx.isCurrent(t.date(), ctx.policy().trainingMaxAge())) {
      ctx.add(
          FindingCode.EMPLOYEE_TRAINING_STALE,
          Subjects.document(t.document()),
          "evidence.trainings[" + latest + "].date",
          topic,
          t.date(),
          ctx.period(ctx.policy().trainingMaxAge()));
    }
  }

  private static void highRiskAudit(CheckContext ctx, String facility, List<Audit> audits) {
    Facts facts = ctx.facts;
    String label = facts.facilityLabel(facility);
    List<Audit> current =
        audits.stream().filter(a -> ctx.isCurrent(a.date(), ctx.policy().auditMaxAge())).toList();
    if (current.isEmpty()) {
      Optional<RemediationCase> open =
          facts.casesOf(facility).stream()
              .filter(c -> c.isOpenOn(facts.asOf))
              .min(Comparator.comparing(RemediationCase::id));
      if (open.isPresent()) {
        ctx.add(
            FindingCode.AUDIT_DEFERRED_BY_REMEDIATION,
            Subjects.facility(facility),
            facts.facilityPath(facility),
            label,
            open.get().id());
      } else if (audits.isEmpty()) {
        ctx.add(
            FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED,
            Subjects.facility(facility),
            facts.facilityPath(facility),
            label,
            facts.risk.levelOf(facility).name());
      } else {
        Audit latest = audits.get(0);
        ctx.add(
            FindingCode.AUDIT_STALE,
            Subjects.audit(latest.id()),
            auditPath(ctx, latest) + ".date",
            label,
            latest.date(),
            ctx.period(ctx.policy().auditMaxAge()));
      }
      return;
    }
    Optional<Audit> good = current.stream().filter(a -> a.isIndependent() && !redacted(ctx, a)).findFirst();
    if (good.isPresent()) {
      Audit a = good.get();
      ctx.requireDocument(a.document(), auditPath(ctx, a) + ".document");
      if (a.announced()) {
        ctx.add(FindingCode.AUDIT_ANNOUNCED, Subjects.audit(a.id()), auditPath(ctx, a) + ".announced", label, a.date());
      }
      return;
    }
    Audit latest = current.get(0);
    String path = auditPath(ctx, latest);
    ctx.requireDocument(latest.document(), path + ".document");
    if (!latest.isIndependent()) {
      ctx.add(FindingCode.AUDIT_NOT_INDEPENDENT, Subjects.audit(latest.id()), path + ".type", label, latest.date(),
          latest.type().name());
    }
    if (redacted(ctx, latest)) {
      ctx.add(
          FindingCode.AUDIT_REDACTED,
          Subjects.audit(latest.id()),
          latest.redacted() ? path + ".redacted" : path + ".document",
          label,
          latest.date());
    }
  }

  private static void criticalFindings(CheckContext ctx, Audit audit) {
    Facts facts = ctx.facts;
    List<AuditFinding> findings = audit.findings();
    for (int j = 0; j < findings.size(); j++) {
      AuditFinding f = findings.get(j);
      if (f.status() != AuditFindingStatus.OPEN || !needsRemediation(f)) {
        continue;
      }
      boolean covered =
          facts.casesOf(audit.facility()).stream()
              .anyMatch(
                  c -> !c.opened().isAfter(facts.asOf)
                      && (c.isOpenOn(facts.asOf) || (!c.opened().isBefore(audit.date()) && facts.verified(c))));
      if (!covered) {
        ctx.add(
            FindingCode.CRITICAL_FINDING_UNREMEDIATED,
            Subjects.audit(audit.id()),
            auditPath(ctx, audit) + ".findings[" + j + "]",
            facts.facilityLabel(audit.facility()),
            f.indicator() == null ? ctx.unspecified() : f.indicator().name(),
            audit.date(),
            f.severity().name());
      }
    }
  }

  /**
   * A finding needs a remediation case when it is CRITICAL, or MAJOR and of one of the ILO indicators of forced labour
   * (ILO, Indicators of Forced Labour, 2012): a major finding of debt bondage or retained identity documents is forced
   * labour whatever the auditor's grading scale calls it.
   */
  private static boolean needsRemediation(AuditFinding f) {
    return f.severity() == AuditFindingSeverity.CRITICAL
        || (f.severity() == AuditFindingSeverity.MAJOR && f.indicator() != null);
  }

  private static boolean redacted(CheckContext ctx, Audit a) {
    return a.redacted() || ctx.facts.document(a.document()).map(Document::redacted).orElse(false);
  }

  private static String auditPath(CheckContext ctx, Audit a) {
    return ctx.facts.auditPath(a);
  }
}
