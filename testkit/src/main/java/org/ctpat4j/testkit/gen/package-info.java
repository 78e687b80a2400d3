/**
 * Seeded, deterministic generators of supply chains with planted forced-labor risk, for property tests and
 * benchmarks.
 *
 * <pre>{@code
 * GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder()
 *     .seed(42)                              // required; same seed, same dossier on every machine and JDK
 *     .facilities(5_000).tiers(5)            // tier 1 = producers of the products, tier 5 = origins
 *     .fanIn(2, 5).fanOut(1, 10)             // suppliers per buyer, buyers per supplier
 *     .cycleRate(0.02)                       // return flows that close cycles
 *     .inject(InjectedRisk.LISTED_ENTITY, 3) // a real UFLPA Entity List name at tier 3
 *     .inject(InjectedRisk.XINJIANG_REGION, 4)
 *     .inject(InjectedRisk.ILAB_GOOD, 2)     // e.g. polysilicon from China
 *     .inject(InjectedRisk.UNMAPPED_INPUT, 5, 3)
 *     .evidence(EvidenceGap.NO_REMEDIATION_PLAN) // complete evidence but for this gap
 *     .build()
 *     .generate();
 *
 * for (Injection i : chain.injections()) {
 *   // i.facility() carries i.risk(); every product in i.downstreamProducts() is exposed to it
 * }
 * List<String> clean = chain.cleanProducts(); // reach no planted risk
 *
 * // a million facilities and about 4.15 million links in about 3.5 s (JMH GenerateBench in ctpat4j's bench module)
 * Dossier big = SupplyChainGenerator.newBuilder().seed(1).facilities(1_000_000).tiers(6)
 *     .fanIn(4, 9).fanOut(1, 12).cycleRate(0.005).build().generate().dossier();
 * }</pre>
 *
 * <p>A property test states what a correct assessment must find, from what the generator knows:
 *
 * <pre>{@code
 * @RepeatedTest(20)
 * void listedEntity_exposesEveryDownstreamProduct(@Seeded long seed) {
 *   GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder().seed(seed).facilities(500)
 *       .inject(InjectedRisk.LISTED_ENTITY, 3).build().generate();
 *   RiskResult result = RiskEngine.standard().assess(chain.dossier(), chain.dossier().asOf());
 *   for (Injection i : chain.injections()) {
 *     assertThat(result).hasFacility(i.facility()).withSignal("uflpa-entity-list");
 *     for (String p : i.downstreamProducts()) {
 *       assertThat(result).hasProduct(p).withLevel(RiskLevel.HIGH).withPathThrough(i.facility());
 *     }
 *   }
 *   for (String p : chain.cleanProducts()) {
 *     assertThat(result).hasProduct(p).withLevel(RiskLevel.LOW);
 *   }
 * }
 * }</pre>
 *
 * <p>Planted risks use real reference data ({@link org.ctpat4j.testkit.gen.RiskFixtures}); everything else is benign
 * by construction: facilities in TIP Tier 1 countries with invented names that match no listed entity, materials on
 * no ILAB list for those countries, so the standard risk engine flags exactly the planted facilities. Evidence is
 * complete unless a gap is asked for, and covers the planted facilities (audit, commitment, supplier training): with
 * no gap the default checker's verdict is {@code COMPLIANT}, unless an unmapped input is planted. Nothing in this
 * package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.testkit.gen;
