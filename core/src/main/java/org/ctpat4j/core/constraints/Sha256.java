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
import org.ctpat4j.core.constraints.internal.Sha256Validator;

/**
 * The annotated string is a SHA-256 digest written as 64 lower-case hexadecimal digits, checked by
 * {@link Codes#isSha256(String)}.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required. The message is a constant
 * template: the validated value is never interpolated into it.
 */
@Documented
@Constraint(validatedBy = Sha256Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Sha256 {

  /**
   * Returns the message template.
   *
   * @return the template; constant text by default
   */
  String message() default "must be a SHA-256 digest: 64 lower-case hexadecimal digits";

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
