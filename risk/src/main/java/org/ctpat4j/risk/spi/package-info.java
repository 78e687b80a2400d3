/**
 * The extension points of the risk engine: {@link org.ctpat4j.risk.spi.RiskRule} (found with
 * {@link java.util.ServiceLoader}), the {@link org.ctpat4j.risk.spi.FacilityContext} a rule sees, the
 * {@link org.ctpat4j.risk.spi.Aggregator} of scores and the {@link org.ctpat4j.risk.spi.EntityMatcher} of names.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.risk.spi;
