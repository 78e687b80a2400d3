package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.Sha256;

/** Validates {@link Sha256} on strings with {@link Codes#isSha256(String)}; {@code null} is valid. */
public final class Sha256Validator implements ConstraintValidator<Sha256, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public Sha256Validator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isSha256(value);
  }
}
