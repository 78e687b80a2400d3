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
import org.ctpat4j.core.constraints.internal.CountryCodeValidator;

/**
 * The annotated string is an ISO 3166-1 alpha-2 country code, checked by {@link Codes#isCountryCode(String)}.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required. The message is a constant
 * template: the validated value is never interpolated into it.
 */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {

  /**
   * Returns the message template.
   *
   * @return the template; constant text by default
   */
  String message() default "must be an ISO 3166-1 alpha-2 country code";

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
