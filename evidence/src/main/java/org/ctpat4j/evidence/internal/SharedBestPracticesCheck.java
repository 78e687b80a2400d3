package org.ctpat4j.evidence.internal;

import java.util.List;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.evidence.FindingCode;

/**
 * {@link Requirement#SHARED_BEST_PRACTICES} (Trade Compliance 6): a best practice shared with CBP or the trade
 * community and a forward improvement plan, both within the policy's engagement cycle.
 *
 * <p>Codes: {@link FindingCode#BEST_PRACTICE_NOT_SHARED}, {@link FindingCode#IMPROVEMENT_PLAN_MISSING}, and the shared
 * codes.
 */
final class SharedBestPracticesCheck implements Check {

  @Override
  public Requirement requirement() {
    return Requirement.SHARED_BEST_PRACTICES;
  }

  @Override
  public void run(CheckContext ctx) {
    List<Engagement> engagements = ctx.facts.dossier.evidence().engagements();
    boolean[] counts = new boolean[engagements.size()];
    for (int k = 0; k < engagements.size(); k++) {
      Engagement e = engagements.get(k);
      counts[k] = ctx.notAfterAsOf(e.date(), Subjects.document(e.document()), "evidence.engagements[" + k + "].date");
    }
    latest(ctx, engagements, counts, EngagementKind.BEST_PRACTICE_SHARED, FindingCode.BEST_PRACTICE_NOT_SHARED);
    latest(ctx, engagements, counts, EngagementKind.IMPROVEMENT_PLAN, FindingCode.IMPROVEMENT_PLAN_MISSING);
  }

  private static void latest(
      CheckContext ctx, List<Engagement> engagements, boolean[] counts, EngagementKind kind, FindingCode code) {
    int latest = -1;
    for (int k = 0; k < engagements.size(); k++) {
      Engagement e = engagements.get(k);
      if (counts[k] && e.kind() == kind && (latest < 0 || e.date().isAfter(engagements.get(latest).date()))) {
        latest = k;
      }
    }
    if (latest >= 0 && ctx.isCurrent(engagements.get(latest).date(), ctx.policy().engagementCycle())) {
      ctx.requireDocument(engagements.get(latest).document(), "evidence.engagements[" + latest + "].document");
      return;
    }
    ctx.add(
        code,
        Subjects.PARTNER,
        latest < 0 ? "evidence.engagements" : "evidence.engagements[" + latest + "].date",
        ctx.dateOrNever(latest < 0 ? null : engagements.get(latest).date()),
        ctx.period(ctx.policy().engagementCycle()));
  }
}
