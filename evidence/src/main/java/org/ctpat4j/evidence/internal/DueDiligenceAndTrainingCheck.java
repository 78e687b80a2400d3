package org.ctpat4j.evidence.internal;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.evidence.FindingCode;

/**
 * {@link Requirement#DUE_DILIGENCE_AND_TRAINING} (Trade Compliance 4): every tier-1 supplier (the producer of a
 * product) and every high-risk facility acknowledged the current code of conduct and committed not to partner with
 * businesses that use forced labor; every high-risk supplier was trained within the cycle; each with a proof document.
 *
 * <p>Codes: {@link FindingCode#SUPPLIER_COMMITMENT_MISSING}, {@link FindingCode#COMMITMENT_OUTDATED_VERSION} (only
 * judged when a code of conduct is in effect), {@link FindingCode#COMMITMENT_NO_FORCED_LABOR_EXCLUSION},
 * {@link FindingCode#SUPPLIER_TRAINING_MISSING}, {@link FindingCode#SUPPLIER_TRAINING_STALE}, and the shared codes.
 *
 * <p>Of a supplier's commitments, the one judged is the latest that acknowledges the current version, else the latest.
 */
final class DueDiligenceAndTrainingCheck implements Check {

  @Override
  public Requirement requirement() {
    return Requirement.DUE_DILIGENCE_AND_TRAINING;
  }

  @Override
  public void run(CheckContext ctx) {
    Facts facts = ctx.facts;
    List<SupplierCommitment> commitments = facts.dossier.evidence().supplierCommitments();
    boolean[] counts = new boolean[commitments.size()];
    for (int k = 0; k < commitments.size(); k++) {
      SupplierCommitment c = commitments.get(k);
      counts[k] =
          ctx.notAfterAsOf(
              c.acknowledged(), Subjects.facility(c.facility()), "evidence.supplierCommitments[" + k + "].acknowledged");
    }
    Optional<String> version = facts.codeOfConductInEffect().map(CodeOfConduct::version);
    SortedSet<String> scope = new TreeSet<>(facts.tier1);
    scope.addAll(facts.highRisk);
    scope.removeAll(facts.detaining);
    for (String facility : scope) {
      int best = -1;
      for (int k = 0; k < commitments.size(); k++) {
        SupplierCommitment c = commitments.get(k);
        if (!counts[k] || !c.facility().equals(facility)) {
          continue;
        }
        if (best < 0 || better(c, commitments.get(best), version)) {
          best = k;
        }
      }
      String label = facts.facilityLabel(facility);
      if (best < 0) {
        ctx.add(
            FindingCode.SUPPLIER_COMMITMENT_MISSING,
            Subjects.facility(facility),
            facts.facilityPath(facility),
            label,
            version.orElse(ctx.none()));
        continue;
      }
      SupplierCommitment c = commitments.get(best);
      String path = "evidence.supplierCommitments[" + best + "]";
      ctx.requireDocument(c.document(), path + ".document");
      if (version.isPresent() && !version.get().equals(c.codeOfConductVersion())) {
        ctx.add(
            FindingCode.COMMITMENT_OUTDATED_VERSION,
            Subjects.facility(facility),
            path + ".codeOfConductVersion",
            label,
            c.codeOfConductVersion(),
            version.get());
      }
      if (!c.excludesForcedLaborPartners()) {
        ctx.add(
            FindingCode.COMMITMENT_NO_FORCED_LABOR_EXCLUSION,
            Subjects.facility(facility),
            path + ".excludesForcedLaborPartners",
            label);
      }
    }
    supplierTraining(ctx);
  }

  private static boolean better(SupplierCommitment c, SupplierCommitment best, Optional<String> version) {
    boolean cCurrent = version.map(v -> v.equals(c.codeOfConductVersion())).orElse(false);
    boolean bestCurrent = version.map(v -> v.equals(best.codeOfConductVersion())).orElse(false);
    if (cCurrent != bestCurrent) {
      return cCurrent;
    }
    return c.acknowledged().isAfter(best.acknowledged());
  }

  private static void supplierTraining(CheckContext ctx) {
    Facts facts = ctx.facts;
    List<Training> trainings = facts.dossier.evidence().trainings();
    boolean[] counts = new boolean[trainings.size()];
    for (int k = 0; k < trainings.size(); k++) {
      Training t = trainings.get(k);
      counts[k] =
          t.audience() == TrainingAudience.SUPPLIER
              && ctx.notAfterAsOf(t.date(), Subjects.document(t.document()), "evidence.trainings[" + k + "].date");
    }
    String topic = ctx.policy().requiredTrainingTopic().name();
    for (String facility : facts.auditable()) {
      int latest = -1;
      for (int k = 0; k < trainings.size(); k++) {
        Training t = trainings.get(k);
        if (counts[k]
            && facility.equals(t.facility())
            && t.topics().contains(ctx.policy().requiredTrainingTopic())
            && (latest < 0 || t.date().isAfter(trainings.get(latest).date()))) {
          latest = k;
        }
      }
      String label = facts.facilityLabel(facility);
      if (latest < 0) {
        ctx.add(
            FindingCode.SUPPLIER_TRAINING_MISSING,
            Subjects.facility(facility),
            facts.facilityPath(facility),
            label,
            topic);
        continue;
      }
      Training t = trainings.get(latest);
      ctx.requireDocument(t.document(), "evidence.trainings[" + latest + "].document");
      if (!ctx.isCurrent(t.date(), ctx.policy().trainingMaxAge())) {
        ctx.add(
            FindingCode.SUPPLIER_TRAINING_STALE,
            Subjects.facility(facility),
            "evidence.trainings[" + latest + "].date",
            label,
            t.date(),
            ctx.period(ctx.policy().trainingMaxAge()));
      }
    }
  }
}
