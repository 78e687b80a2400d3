package org.ctpat4j.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.ctpat4j.core.constraints.internal.RegionCodeValidator;
import org.ctpat4j.core.constraints.internal.RegionMatchesCountryValidator;

/**
 * An ISO 3166-2 subdivision code.
 *
 * <ul>
 *   <li>On a string: the value has the shape of a subdivision code of a known country ({@code CN-XJ}), checked by
 *       {@link Codes#isRegionCode(String)}.
 *   <li>On a type implementing {@link Located}: a well-formed region starts with the object's country code, checked
 *       by {@link Codes#regionMatchesCountry(String, String)}; a missing or malformed region or country is left to
 *       the constraints of those fields.
 * </ul>
 *
 * <p>{@code null} is valid. The message is a constant template: the validated value is never interpolated into it.
 */
@Documented
@Constraint(validatedBy = {RegionCodeValidator.class, RegionMatchesCountryValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface RegionCode {

  /**
   * Returns the message template.
   *
   * @return the template; constant text by default
   */
  String message() default "must be an ISO 3166-2 subdivision code of the same country, such as CN-XJ";

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

  /** Something located in a country and, possibly, a subdivision of it. */
  interface Located {

    /**
     * Returns the country.
     *
     * @return the ISO 3166-1 alpha-2 code, or {@code null}
     */
    String country();

    /**
     * Returns the subdivision.
     *
     * @return the ISO 3166-2 code, or {@code null}
     */
    String region();
  }
}
