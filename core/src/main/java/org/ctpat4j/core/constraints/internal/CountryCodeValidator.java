package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.CountryCode;

/** Validates {@link CountryCode} on strings with {@link Codes#isCountryCode(String)}; {@code null} is valid. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isCountryCode(value);
  }
}
