package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.Uscc;

/** Validates {@link Uscc} on strings with {@link Codes#isUscc(String)}; {@code null} is valid. */
public final class UsccValidator implements ConstraintValidator<Uscc, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public UsccValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isUscc(value);
  }
}
