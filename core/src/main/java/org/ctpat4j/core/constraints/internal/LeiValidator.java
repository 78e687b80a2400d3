package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.Lei;

/** Validates {@link Lei} on strings with {@link Codes#isLei(String)}; {@code null} is valid. */
public final class LeiValidator implements ConstraintValidator<Lei, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public LeiValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isLei(value);
  }
}
