package org.ctpat4j.core;

/** Whether a requirement binds a partner on a given day. */
public enum Applicability {
  /** The partner is in the requirement's program, of an entity type it applies to, and the requirement is in force. */
  IN_FORCE,
  /** The requirement applies to the partner but is not yet in force on the day. */
  NOT_YET_DUE,
  /** The partner is not in the requirement's program, or is of an entity type the requirement does not cover. */
  NOT_APPLICABLE
}
