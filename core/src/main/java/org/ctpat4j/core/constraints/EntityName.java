package org.ctpat4j.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is the name of a company or facility that entity screening compares: required, not blank, and
 * at most {@link Codes#MAX_ENTITY_NAME_LENGTH} characters. Composed of {@code @NotBlank} and {@code @Size}, each
 * reported with its own message.
 */
@Documented
@NotBlank
@Size(max = Codes.MAX_ENTITY_NAME_LENGTH)
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface EntityName {

  /**
   * Returns the message template.
   *
   * @return the template; constant text by default
   */
  String message() default "must be a name of at most 1000 characters, not blank";

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
