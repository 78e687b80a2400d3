/**
 * ctpat4j testkit: what downstream test suites add with test scope to build dossiers, generate supply chains and
 * assert on results without hand-writing JSON.
 *
 * <ul>
 *   <li>{@link org.ctpat4j.testkit.builders}: fluent builders with sensible defaults and
 *       {@link org.ctpat4j.testkit.builders.Dossiers#compliantDossier()};
 *   <li>{@link org.ctpat4j.testkit.gen}: seeded, deterministic supply-chain generators with injected risk;
 *   <li>{@link org.ctpat4j.testkit.junit}: a JUnit 5 extension that supplies, reports and replays seeds;
 *   <li>{@link org.ctpat4j.testkit.assertions}: AssertJ assertions on compliance reports and risk results.
 * </ul>
 */
module org.ctpat4j.testkit {
  requires transitive org.ctpat4j.core;
  requires transitive org.ctpat4j.risk;
  requires transitive org.ctpat4j.evidence;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;

  exports org.ctpat4j.testkit.assertions;
  exports org.ctpat4j.testkit.builders;
  exports org.ctpat4j.testkit.gen;
  exports org.ctpat4j.testkit.junit;
}
