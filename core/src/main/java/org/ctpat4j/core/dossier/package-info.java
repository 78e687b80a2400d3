/**
 * The dossier model: the {@link org.ctpat4j.core.dossier.Dossier} aggregate of the {@code ctpat4j-dossier/1} format,
 * with the partner's supply chain (facilities, materials, links, products) and evidence. Immutable records; lists are
 * copied and never {@code null}.
 *
 * <p>The records carry Jakarta Validation constraints, the one statement of their field rules: a Jakarta Validation
 * provider reads them, and so do the checks of {@link org.ctpat4j.core.dossier.DossierBuilder#build()}, {@code
 * DossierReader} and {@code org.ctpat4j.core.validation.DossierValidator}, which add the referential ones without a
 * provider and report each {@link org.ctpat4j.core.dossier.Problem} with its stable
 * {@link org.ctpat4j.core.dossier.ProblemCode}, in a {@link org.ctpat4j.core.dossier.DossierFormatException} when a
 * dossier is refused.
 *
 * <p>Null rule: record components documented as "or {@code null}" are optional values (most also have an
 * {@code Optional} accessor, such as {@link org.ctpat4j.core.dossier.Facility#regionCode()}); a {@code null} list
 * reads as empty. Every other component is never {@code null}: the canonical and convenience constructors throw a
 * {@link java.lang.NullPointerException} whose message names the component ({@code "id"}), or the list and index of a
 * {@code null} element ({@code "facilities: element 3 is null"}). Every method result is never {@code null}. Methods
 * reject {@code null} arguments.
 *
 * <p>What constructors do not check are the rules between values and across records: blank names, code formats and
 * check digits, region codes in the facility's country, duplicate ids, broken references and dates after
 * {@code asOf}. {@link org.ctpat4j.core.dossier.DossierBuilder#build()}, {@code DossierReader} and
 * {@code DossierValidator} check them all and report every problem with its JSON Pointer.
 */
package org.ctpat4j.core.dossier;
