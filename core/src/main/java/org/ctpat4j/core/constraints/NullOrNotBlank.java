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
import org.ctpat4j.core.constraints.internal.NullOrNotBlankValidator;

/**
 * The annotated string is optional, but when it is given it has a character that is not white space (checked by
 * {@link Codes#isNotBlank(String)}): an address, a scheme or a URL that is {@code " "} says nothing and is refused
 * rather than read as given.
 *
 * <p>{@code null} is valid. The message is a constant template: the validated value is never interpolated into it.
 */
@Documented
@Constraint(validatedBy = NullOrNotBlankValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface NullOrNotBlank {

  /**
   * Returns the message template.
   *
   * @return the template; constant text by default
   */
  String message() default "must not be blank";

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
