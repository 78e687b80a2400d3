package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.NullOrNotBlank;

/** Validates {@link NullOrNotBlank} on strings with {@link Codes#isNotBlank(String)}; {@code null} is valid. */
public final class NullOrNotBlankValidator implements ConstraintValidator<NullOrNotBlank, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public NullOrNotBlankValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isNotBlank(value);
  }
}
