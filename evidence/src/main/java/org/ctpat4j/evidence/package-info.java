/**
 * Checks a partner's evidence against each CTPAT forced-labor requirement as of a day: the
 * {@link org.ctpat4j.evidence.ComplianceChecker}, its {@link org.ctpat4j.evidence.CompliancePolicy}, the
 * {@link org.ctpat4j.evidence.ComplianceReport} and its {@link org.ctpat4j.evidence.Finding}s with their stable
 * {@link org.ctpat4j.evidence.FindingCode}s.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so. Every type is immutable
 * and thread-safe.
 */
package org.ctpat4j.evidence;
