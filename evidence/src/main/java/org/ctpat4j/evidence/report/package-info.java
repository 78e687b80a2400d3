/**
 * Renderers of the {@link org.ctpat4j.evidence.ComplianceReport} (JSON, the {@code ctpat4j-report/1} contract;
 * Markdown; a self-contained HTML page) and a reader of its JSON form.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.evidence.report;
