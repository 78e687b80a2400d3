/**
 * Validation of dossiers built in code: {@link org.ctpat4j.core.validation.DossierValidator} runs every field, date
 * and referential check of the format without a Jakarta Validation provider. For per-field Jakarta Validation, the
 * model carries the standard constraints and those of {@code org.ctpat4j.core.constraints}.
 *
 * <p>Null rule: arguments must not be {@code null} ({@link java.lang.NullPointerException} otherwise); methods never
 * return {@code null}.
 */
package org.ctpat4j.core.validation;
