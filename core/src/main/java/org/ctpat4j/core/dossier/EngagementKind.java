package org.ctpat4j.core.dossier;

/** Kinds of engagement with CBP and the trade community (Trade Compliance requirement 6). */
public enum EngagementKind {
  /** A best practice or lesson shared with CBP or the trade community. */
  BEST_PRACTICE_SHARED,
  /** A forward plan describing how the program will keep improving. */
  IMPROVEMENT_PLAN,
  /** Participation in a CTPAT working group, conference or webinar. */
  CTPAT_EVENT
}
