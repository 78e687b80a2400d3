/**
 * What a risk rule says about a facility, the vocabulary that rules, matchers and the engine share: the
 * {@link org.ctpat4j.risk.signal.RiskLevel}, the {@link org.ctpat4j.risk.signal.RiskSignal} a rule raises, and what a
 * signal means for the admissibility of goods ({@link org.ctpat4j.risk.signal.AdmissibilityEffect},
 * {@link org.ctpat4j.risk.signal.Admissibility}, {@link org.ctpat4j.risk.signal.AdmissibilityKind}).
 *
 * <p>This package depends on no other package of the library: the SPI ({@code org.ctpat4j.risk.spi}), the screening
 * matcher and the engine ({@code org.ctpat4j.risk}) all build on it.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.risk.signal;
