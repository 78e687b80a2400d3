/**
 * Entity screening: matching supplier names, aliases and identifiers against an entity list such as the UFLPA Entity
 * List, offline and deterministically.
 *
 * <p>Start with {@link org.ctpat4j.risk.screening.EntityScreener#newBuilder()}: give it the list as {@link
 * org.ctpat4j.risk.screening.ScreeningEntry} records, optionally {@link
 * org.ctpat4j.risk.screening.ScreeningThresholds} and a {@link org.ctpat4j.risk.screening.Romanizer}, then call {@link
 * org.ctpat4j.risk.screening.EntityScreener#screen(ScreeningQuery)} for each supplier. Every hit carries a score in
 * [0, 1], a {@link org.ctpat4j.risk.screening.ScreeningLevel} and an {@link
 * org.ctpat4j.risk.screening.Explanation} a compliance reviewer can read.
 *
 * <p>The screening engine stands alone: it uses no other package of the risk module. {@link
 * org.ctpat4j.risk.ScreeningEntityMatcher} puts it behind the risk engine's {@code uflpa-entity-list} rule.
 *
 * <p>Nothing in this package accepts or returns {@code null}: absent values are {@link java.util.Optional} or empty
 * collections. Every public type is immutable and thread-safe.
 */
package org.ctpat4j.risk.screening;
