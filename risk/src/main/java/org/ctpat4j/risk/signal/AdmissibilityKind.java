package org.ctpat4j.risk.signal;

/**
 * Why a facility affects the admissibility of the goods made from its output. The names are part of the report
 * contract ({@code risk.products[].reasons[].kind}).
 */
public enum AdmissibilityKind {
  /** The signal does not affect admissibility. */
  NONE,
  /** The facility is in the Xinjiang Uyghur Autonomous Region (UFLPA section 3). */
  UFLPA_REGION,
  /** The facility is an entity on the UFLPA Entity List in force on the day. */
  UFLPA_ENTITY,
  /** A Withhold Release Order or Finding in force covers the facility, or its country and good. */
  WRO,
  /** The facility's name possibly (not certainly) matches a UFLPA Entity List entity. */
  POSSIBLE_LISTED_ENTITY,
  /** The facility's name possibly matches an entity named by a Withhold Release Order or Finding. */
  POSSIBLE_WRO_ENTITY,
  /** An order covering the facility was lifted, but the source gives no date for it, or its status is unconfirmed. */
  WRO_STATUS_UNCERTAIN,
  /** The facility is in China and neither its region nor its address places it in or out of the XUAR. */
  LOCATION_UNRESOLVED,
  /** The location names something that may or may not be in the XUAR (an ambiguous name, a street or company name). */
  LOCATION_UNCERTAIN,
  /** The region contradicts the address; treated as in the XUAR. */
  LOCATION_CONFLICT
}
