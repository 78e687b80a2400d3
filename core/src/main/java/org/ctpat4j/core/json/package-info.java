/**
 * The JSON form of the dossier ({@code ctpat4j-dossier/1}): {@link org.ctpat4j.core.json.DossierReader} (strict,
 * collects every problem), {@link org.ctpat4j.core.json.DossierWriter}, {@link
 * org.ctpat4j.core.json.CtpatJacksonModule} for a caller's own {@code ObjectMapper}, the published JSON Schema ({@link
 * org.ctpat4j.core.json.DossierSchema}) and the {@link org.ctpat4j.core.dossier.Problem}s of a {@link
 * org.ctpat4j.core.dossier.DossierFormatException} with their stable {@link org.ctpat4j.core.dossier.ProblemCode}s.
 *
 * <p>Null rule: arguments must not be {@code null} ({@link java.lang.NullPointerException} otherwise); methods never
 * return {@code null}.
 */
package org.ctpat4j.core.json;
