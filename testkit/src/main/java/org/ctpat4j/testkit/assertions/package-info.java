/**
 * AssertJ assertions on ctpat4j results, with failure messages that print the relevant part of the result.
 *
 * <pre>{@code
 * import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;
 *
 * assertThat(result).hasProduct("p1").withLevel(RiskLevel.HIGH).withPathThrough("f1");
 * assertThat(result).hasFacility("f1").withSignal("uflpa-entity-list");
 * assertThat(result).hasCoverage(0.5).hasNoSignalFor("f7");
 * }</pre>
 *
 * <p>Assertions on compliance reports come with the evidence engine. Nothing in this package accepts {@code null}
 * except as the value under test, which fails the assertion.
 */
package org.ctpat4j.testkit.assertions;
