/**
 * The extension points of the risk engine: {@link org.ctpat4j.risk.spi.RiskRule} (found with
 * {@link java.util.ServiceLoader}), the {@link org.ctpat4j.risk.spi.FacilityContext} a rule sees, the
 * {@link org.ctpat4j.risk.spi.Aggregator} of scores and the {@link org.ctpat4j.risk.spi.EntityMatcher} of names.
 *
 * <p>Every type of this package is {@link org.ctpat4j.core.Incubating}: the context a rule sees will grow (a record
 * component added to {@code FacilityContext} changes its constructor) and the matcher contract may grow with the fuzzy
 * screening engine (the engine's default matcher). Implementing these interfaces is supported; expect to recompile on
 * upgrade. The signals a rule returns are in {@code org.ctpat4j.risk.signal}, which this package builds on.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.risk.spi;
