package org.ctpat4j.core;

/**
 * The standing of a partner's membership in a CTPAT program.
 *
 * <p>The obligations of a program (the CTPAT forced-labor requirements among them) bind an applicant from the day it
 * applies and a member for as long as it is a member; a suspension or removal stops the benefits, not the obligations
 * (CBP, CTPAT Trade Compliance Handbook v2, "new applicants" and "suspension and removal"; see {@code domain.md}
 * section 3 of the project documentation).
 */
public enum MembershipStatus {
  /** A member in good standing: obligations and benefits. */
  ACTIVE,
  /** An applicant: the criteria apply from the day of the application, before the membership starts. */
  APPLICANT,
  /** A member whose benefits CBP has suspended; its obligations continue and the report says so. */
  SUSPENDED,
  /** A member CBP has removed; the report says so, and the obligations still bind for the period judged. */
  REMOVED
}
