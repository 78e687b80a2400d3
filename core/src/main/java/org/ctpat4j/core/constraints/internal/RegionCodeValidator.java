package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.RegionCode;

/** Validates {@link RegionCode} on strings with {@link Codes#isRegionCode(String)}; {@code null} is valid. */
public final class RegionCodeValidator implements ConstraintValidator<RegionCode, String> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public RegionCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isRegionCode(value);
  }
}
