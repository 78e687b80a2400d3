/** ctpat4j evidence: one check per requirement, the compliance report, renderers and the evidence package. */
module org.ctpat4j.evidence {
  requires transitive org.ctpat4j.core;
  requires transitive org.ctpat4j.risk;

  exports org.ctpat4j.evidence.pkg;
}
