package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.HsCode;

/** Validates {@link HsCode} on strings with {@link Codes#isHsCode(String)}; {@code null} is valid. */
public final class HsCodeValidator implements ConstraintValidator<HsCode, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public HsCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isHsCode(value);
  }
}
