/** ctpat4j testkit: builders, seeded generators and assertions for downstream test suites. */
module org.ctpat4j.testkit {
  requires transitive org.ctpat4j.core;
  requires transitive org.ctpat4j.risk;
  requires transitive org.ctpat4j.evidence;
}
