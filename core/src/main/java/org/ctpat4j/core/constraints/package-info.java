/**
 * Jakarta Validation constraints for the codes and identifiers of the dossier format, and {@link
 * org.ctpat4j.core.constraints.Codes}, the one implementation of their checks.
 *
 * <p>The constraints sit on the model's record components, so any Jakarta Validation provider validates a dossier
 * field by field. Referential checks (an audit naming a facility that does not exist) and checks against the dossier's
 * {@code asOf} date are beyond annotations; {@code org.ctpat4j.core.validation.DossierValidator} runs them together
 * with every check here, without a provider.
 *
 * <p>Messages are constant templates; a validated value is never interpolated into a message, so input such as
 * {@code ${...}} cannot inject expressions.
 *
 * <p>Null rule: methods of this package never return {@code null}; the constraints treat a {@code null} value as valid
 * (pair them with {@code @NotNull}).
 */
package org.ctpat4j.core.constraints;
