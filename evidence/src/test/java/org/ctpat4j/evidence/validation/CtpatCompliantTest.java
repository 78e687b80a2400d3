package org.ctpat4j.evidence.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ValidationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CtpatCompliantTest {

  /** A host application's object holding a dossier. */
  public record Submission(@CtpatCompliant Dossier dossier) {}

  /** The same with an explicit day. */
  public record DatedSubmission(@CtpatCompliant(asOf = "2026-11-01") Dossier dossier) {}

  /** A factory without a provider of its own: the checker is looked up (registered, else a service). */
  private static ValidatorFactory plainFactory;
  private static Validator plain;
  /** A factory built with the checker of its own: no global registration. */
  private static ValidatorFactory ownFactory;
  private static Validator own;

  @BeforeAll
  static void start() {
    plainFactory = Validation.buildDefaultValidatorFactory();
    plain = plainFactory.getValidator();
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    ownFactory =
        configuration
            .constraintValidatorFactory(
                CtpatValidation.constraintValidatorFactory(
                    ValidationFixtures::checker, configuration.getDefaultConstraintValidatorFactory()))
            .buildValidatorFactory();
    own = ownFactory.getValidator();
  }

  @AfterAll
  static void stop() {
    plainFactory.close();
    ownFactory.close();
  }

  @AfterEach
  @SuppressWarnings("deprecation")
  void reset() {
    CtpatValidation.unregister();
  }

  @Test
  void provider_noneRegisteredAndNoService_failsNamingTheWaysOut() {
    assertThatThrownBy(CtpatValidation::provider)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CtpatValidation.constraintValidatorFactory")
        .hasMessageContaining("META-INF/services/org.ctpat4j.evidence.validation.ComplianceCheckerProvider");
  }

  @Test
  void validate_withoutAnyProvider_saysSoInsteadOfAnUnexpectedException() {
    assertThatThrownBy(() -> plain.validate(new Submission(ValidationFixtures.compliant())))
        .isInstanceOf(ConstraintDeclarationException.class)
        .hasMessageStartingWith("@CtpatCompliant has no ComplianceCheckerProvider to check with")
        .hasMessageNotContaining("HV000028");
  }

  @Test
  void validate_factoryProvider_compliantDossier_noViolation() {
    assertThat(own.validate(new Submission(ValidationFixtures.compliant()))).isEmpty();
  }

  @Test
  void validate_factoryProvider_dossierWithGaps_oneViolationPerErrorWithPropertyPath() {
    List<ConstraintViolation<Submission>> violations =
        own.validate(new Submission(ValidationFixtures.withGaps())).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .toList();
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("dossier.evidence.codeOfConduct.publicUrl", "dossier.facilities[1]");
    assertThat(violations.get(1).getMessage())
        .isEqualTo("[HIGH_RISK_FACILITY_NOT_AUDITED] The HIGH-risk facility Sunrise {Polysilicon} ${1+1} Ltd. (f2) has"
            + " never been audited, and no remediation case is open for it.");
  }

  @Test
  void validate_explicitAsOf_overridesDossierDay() {
    assertThat(own.validate(new DatedSubmission(ValidationFixtures.compliant()))).isEmpty();
  }

  @Test
  void factoryProvider_winsOverTheRegisteredOne() {
    registerDeprecated(() -> {
      throw new AssertionError("the registered provider must not be asked when the factory has one");
    });
    assertThat(own.validate(new Submission(ValidationFixtures.withGaps()))).hasSize(2);
  }

  @Test
  void deprecatedRegistration_stillWorks() {
    registerDeprecated(ValidationFixtures::checker);
    assertThat(plain.validate(new Submission(ValidationFixtures.withGaps()))).hasSize(2);
    assertThat(plain.validate(new Submission(ValidationFixtures.compliant()))).isEmpty();
  }

  @Test
  void constraintValidatorFactory_rejectsNulls() {
    ComplianceChecker checker = ValidationFixtures.checker();
    var delegate = Validation.byDefaultProvider().configure().getDefaultConstraintValidatorFactory();
    assertThatThrownBy(() -> CtpatValidation.constraintValidatorFactory(null, delegate))
        .isInstanceOf(NullPointerException.class).hasMessage("provider");
    assertThatThrownBy(() -> CtpatValidation.constraintValidatorFactory(() -> checker, null))
        .isInstanceOf(NullPointerException.class).hasMessage("delegate");
  }

  @SuppressWarnings("deprecation")
  private static void registerDeprecated(ComplianceCheckerProvider provider) {
    CtpatValidation.register(provider);
  }
}
