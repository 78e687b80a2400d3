/**
 * The dossier model: the {@link org.ctpat4j.core.dossier.Dossier} aggregate of the {@code ctpat4j-dossier/1} format,
 * with the partner's supply chain (facilities, materials, links, products) and evidence. Immutable records; lists are
 * copied and never {@code null}.
 *
 * <p>The records carry Jakarta Validation constraints; {@code org.ctpat4j.core.validation.DossierValidator} runs the
 * same checks and the referential ones without a provider.
 *
 * <p>Null rule: record components documented as "or {@code null}" are optional values; every other component and every
 * method result is never {@code null}. Methods reject {@code null} arguments.
 */
package org.ctpat4j.core.dossier;
