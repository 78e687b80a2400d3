package org.ctpat4j.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
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
import org.ctpat4j.core.constraints.internal.GlnValidator;

/**
 * The annotated string is a GS1 Global Location Number with a valid check digit, checked by {@link Codes#isGln(String)}.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required. The message is a constant
 * template: the validated value is never interpolated into it.
 */
@Documented
@Constraint(validatedBy = GlnValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Gln {

  /**
   * Returns the message template.
   *
   * @return the template; constant text by default
   */
  String message() default "must be a GS1 GLN: 13 digits with a valid check digit";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
