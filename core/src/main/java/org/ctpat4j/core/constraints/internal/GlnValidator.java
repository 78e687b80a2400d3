package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.Gln;

/** Validates {@link Gln} on strings with {@link Codes#isGln(String)}; {@code null} is valid. */
public final class GlnValidator implements ConstraintValidator<Gln, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public GlnValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isGln(value);
  }
}
