package org.ctpat4j.testkit.gen;

/**
 * A kind of forced-labor risk the generator can plant at a chosen tier, built from real reference data so that the
 * bundled risk rules recognise it.
 */
public enum InjectedRisk {
  /**
   * A facility named exactly as an entity of the UFLPA Entity List (one of {@link RiskFixtures#LISTED_ENTITIES}),
   * in China, region not given. Expected signal: the entity-list rule, {@code HIGH}.
   */
  LISTED_ENTITY,
  /**
   * A facility in the Xinjiang Uyghur Autonomous Region (country {@code CN}, region {@code CN-XJ}) whose name is on
   * no list. Expected signal: the UFLPA region presumption, {@code HIGH}.
   */
  XINJIANG_REGION,
  /**
   * A facility that supplies a good the ILAB List (2022 edition) flags for forced labor in its country (one of
   * {@link RiskFixtures#ILAB_FORCED_LABOR_GOODS}); at tier 1 the products it makes are that good. Expected signal:
   * the ILAB rule, {@code HIGH}.
   */
  ILAB_GOOD,
  /**
   * A facility with an input whose origin is not mapped. Expected: {@code UNKNOWN} for the products downstream, and
   * mapping coverage below 1.
   */
  UNMAPPED_INPUT
}
