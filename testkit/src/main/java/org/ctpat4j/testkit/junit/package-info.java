/**
 * A JUnit 5 extension for seeded tests: it supplies a seed, random on every run, reports it when the test fails, and
 * replays it from an annotation or a system property.
 *
 * <pre>{@code
 * class ExposureProperties {
 *
 *   @RepeatedTest(20)
 *   void listedEntity_reachesEveryDownstreamProduct(@Seeded long seed) {
 *     GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder()
 *         .seed(seed).facilities(500).tiers(4)
 *         .inject(InjectedRisk.LISTED_ENTITY, 3)
 *         .build().generate();
 *     RiskResult result = assessor.assess(chain.dossier(), chain.dossier().asOf());
 *     for (Injection i : chain.injections()) {
 *       for (String p : i.downstreamProducts()) {
 *         CtpatAssertions.assertThat(result).hasProduct(p).withLevel(RiskLevel.HIGH).withPathThrough(i.facility());
 *       }
 *     }
 *   }
 *
 *   @Test
 *   @Seed(-4126593325081460385L) // a seed that once failed, kept as a regression test
 *   void listedEntity_regression(@Seeded long seed) { ... }
 * }
 * }</pre>
 *
 * <p>A failure reads {@code ... [ctpat4j] seed=-4126593325081460385 (random); replay with @Seed(-4126593325081460385L)
 * or -Dctpat4j.seed=-4126593325081460385}. Nothing in this package accepts or returns {@code null} unless its
 * documentation says so.
 */
package org.ctpat4j.testkit.junit;
