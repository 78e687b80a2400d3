/**
 * The CTPAT vocabulary: partners, programs, business entity types, and the {@link
 * org.ctpat4j.core.RequirementCatalog}, the one place where each forced-labor requirement's source, applicability and
 * effective date are encoded.
 *
 * <p>Null rule: arguments must not be {@code null} unless a parameter says otherwise ({@link
 * java.lang.NullPointerException} otherwise); methods never return {@code null}, using {@link java.util.Optional} or
 * empty collections instead. Record components documented as "or {@code null}" are optional values of the model.
 */
package org.ctpat4j.core;
