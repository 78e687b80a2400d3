package org.ctpat4j.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.RegionCode;

/**
 * Validates the class-level {@link RegionCode}: a well-formed region must start with the object's well-formed
 * country. Malformed or missing codes are reported by the field constraints, not here. The violation is attached to
 * the {@code region} property with the constraint's constant message.
 */
public final class RegionMatchesCountryValidator implements ConstraintValidator<RegionCode, RegionCode.Located> {

  /** Creates the validator (instantiated by the Jakarta Validation provider). */
  public RegionMatchesCountryValidator() {}

  @Override
  public boolean isValid(RegionCode.Located value, ConstraintValidatorContext context) {
    if (value == null
        || !Codes.isRegionCode(value.region())
        || !Codes.isCountryCode(value.country())
        || Codes.regionMatchesCountry(value.region(), value.country())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("region")
        .addConstraintViolation();
    return false;
  }
}
