package org.ctpat4j.evidence.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @AfterEach
  void reset() {
    CtpatValidation.unregister();
  }


  @Test
  void provider_noneRegisteredAndNoService_failsNamingTheWayOut() {
    CtpatValidation.unregister();
    assertThatThrownBy(CtpatValidation::provider)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CtpatValidation.register");
  }

  @Test
  void validate_compliantDossier_noViolation() {
    CtpatValidation.register(() -> ValidationFixtures.checker());
    assertThat(validator.validate(new Submission(ValidationFixtures.compliant()))).isEmpty();
  }

  @Test
  void validate_dossierWithGaps_oneViolationPerErrorWithPropertyPath() {
    CtpatValidation.register(() -> ValidationFixtures.checker());
    List<ConstraintViolation<Submission>> violations =
        validator.validate(new Submission(ValidationFixtures.withGaps())).stream()
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
    CtpatValidation.register(() -> ValidationFixtures.checker());
    assertThat(validator.validate(new DatedSubmission(ValidationFixtures.compliant()))).isEmpty();
  }
}
