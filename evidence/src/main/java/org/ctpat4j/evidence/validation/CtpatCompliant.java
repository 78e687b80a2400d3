package org.ctpat4j.evidence.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.ctpat4j.evidence.internal.validation.CtpatCompliantValidator;

/**
 * The annotated {@link org.ctpat4j.core.dossier.Dossier} must be CTPAT compliant: every
 * {@link org.ctpat4j.evidence.Severity#ERROR} finding of a {@link org.ctpat4j.evidence.ComplianceChecker} becomes one
 * constraint violation, with a property path derived from the finding (for example {@code dossier.facilities[2]} or
 * {@code dossier.evidence.codeOfConduct.publicUrl}) and the message {@code [CODE] message}.
 *
 * <p>The checker comes from a {@link ComplianceCheckerProvider}: the one of the {@code ValidatorFactory} built with
 * {@link CtpatValidation#constraintValidatorFactory}, else a declared {@link ComplianceCheckerProvider} service (see
 * {@link CtpatValidation}); without one, validation throws a {@link jakarta.validation.ConstraintDeclarationException}
 * saying how to provide it.
 * The day of the check is {@link #asOf()} when given, else the provider's choice (by default the dossier's own
 * {@code asOf}).
 *
 * <pre>{@code
 * record Submission(@CtpatCompliant Dossier dossier) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = CtpatCompliantValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CtpatCompliant {

  /**
   * The message of a violation that has no finding (used only when the check itself cannot run).
   *
   * @return the message template
   */
  String message() default "must be CTPAT compliant";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The day of the check as {@code YYYY-MM-DD}; empty (the default) leaves it to the provider.
   *
   * @return the day, or empty
   */
  String asOf() default "";
}
