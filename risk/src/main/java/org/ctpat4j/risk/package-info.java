/**
 * The forced-labor risk engine and its results: {@link org.ctpat4j.risk.RiskEngine} (configured with a builder) runs
 * the rules of {@code org.ctpat4j.risk.spi} on every facility of a dossier's {@link org.ctpat4j.risk.SupplierGraph} and
 * returns a {@link org.ctpat4j.risk.RiskResult}: the risk of facilities, the exposure of products with the paths and
 * admissibility reasons that explain it, mapping coverage and the reference data used. The levels and signals
 * themselves are in {@code org.ctpat4j.risk.signal}.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.risk;
