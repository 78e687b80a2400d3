package org.ctpat4j.core.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** The Jakarta Validation provider (Hibernate Validator) for the tests that hold the library's checks against it. */
public final class BeanValidation {

  /** Built once for the test run: building a factory bootstraps the provider, which takes a while. */
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private BeanValidation() {}

  /**
   * Returns a validator of the shared factory.
   *
   * @return a validator; never null
   */
  public static Validator validator() {
    return FACTORY.getValidator();
  }
}
