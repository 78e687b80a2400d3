package org.ctpat4j.evidence;

/**
 * Where one requirement stands for the partner on the day of the check.
 *
 * <p>{@link #NOT_APPLICABLE} and {@link #NOT_YET_DUE} come from the requirement catalog
 * ({@link org.ctpat4j.core.RequirementCatalog#applicability}); for a requirement in force, the status is {@link #MET}
 * when none of its findings is an {@link Severity#ERROR} and {@link #NOT_MET} otherwise.
 */
public enum RequirementStatus {
  /** In force, and no error finding. */
  MET,
  /** In force, with at least one error finding. */
  NOT_MET,
  /** Binds the partner, but only from a later day; its gaps are reported as {@link Severity#INFO} at most. */
  NOT_YET_DUE,
  /** The partner is not in the requirement's program, or is of an entity type it does not cover. */
  NOT_APPLICABLE
}
