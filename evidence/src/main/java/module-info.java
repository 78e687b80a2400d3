/**
 * ctpat4j evidence: one check per forced-labor requirement, the compliance report, its renderers and the Jakarta
 * Validation constraint {@code @CtpatCompliant}, and the evidence package that answers a CBP request.
 */
module org.ctpat4j.evidence {
  requires transitive org.ctpat4j.core;
  requires transitive org.ctpat4j.risk;

  exports org.ctpat4j.evidence;
  exports org.ctpat4j.evidence.picture;
  exports org.ctpat4j.evidence.pkg;
  exports org.ctpat4j.evidence.report;
  exports org.ctpat4j.evidence.validation;

  opens org.ctpat4j.evidence.internal.validation to org.hibernate.validator;

  uses org.ctpat4j.evidence.validation.ComplianceCheckerProvider;
}
