/**
 * Jakarta Validation integration: the {@link org.ctpat4j.evidence.validation.CtpatCompliant} constraint, which reports
 * each ERROR finding of a compliance check as a constraint violation, and the way a host application supplies the
 * checker it runs.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.evidence.validation;
