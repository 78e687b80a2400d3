package org.ctpat4j.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints on the model, run by Hibernate Validator through {@code jakarta.validation.Validation} only. */
class ConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void tearDown() {
    factory.close();
  }

  private static Facility facility(String country, String region, Identifiers ids) {
    return new Facility("f1", "Plant", List.of(), country, region, null, ids, false);
  }

  private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
  }

  @Test
  void validFacility_hasNoViolation() {
    Identifiers ids = new Identifiers("OS1", "5493001KJTIIGC8Y1R12", "91350100M000100Y43", "0614141000005");
    assertThat(validator.validate(facility("CN", "CN-XJ", ids))).isEmpty();
  }

  @Test
  void badIdentifiers_eachReportedOnItsProperty() {
    Identifiers ids = new Identifiers(null, "5493001KJTIIGC8Y1R13", "91350100M000100Y44", "0614141000006");
    Set<ConstraintViolation<Facility>> v = validator.validate(facility("CN", null, ids));
    assertThat(paths(v)).containsExactly("identifiers.gln", "identifiers.lei", "identifiers.uscc");
    assertThat(v).extracting(ConstraintViolation::getMessage)
        .contains(
            "must be an ISO 17442 LEI: 20 characters with valid check digits",
            "must be a GS1 GLN: 13 digits with a valid check digit");
  }

  @Test
  void badCountry_reported() {
    Set<ConstraintViolation<Facility>> v = validator.validate(facility("CHN", null, Identifiers.NONE));
    assertThat(paths(v)).containsExactly("country");
    assertThat(v.iterator().next().getMessage()).isEqualTo("must be an ISO 3166-1 alpha-2 country code");
    Partner partner = new Partner("Acme", "XX", BusinessEntityType.US_IMPORTER, List.of());
    assertThat(paths(validator.validate(partner))).containsExactly("country");
  }

  @Test
  void regionOfAnotherCountry_reportedOnRegionByTheClassLevelConstraint() {
    Set<ConstraintViolation<Facility>> v = validator.validate(facility("VN", "CN-XJ", Identifiers.NONE));
    assertThat(paths(v)).containsExactly("region");
    assertThat(v.iterator().next().getConstraintDescriptor().getAnnotation()).isInstanceOf(RegionCode.class);
  }

  @Test
  void malformedRegion_reportedOnceByTheFieldConstraint() {
    Set<ConstraintViolation<Facility>> v = validator.validate(facility("CN", "XINJIANG", Identifiers.NONE));
    assertThat(paths(v)).containsExactly("region");
  }

  @Test
  void badHsCode_reportedOnMaterialAndProduct() {
    assertThat(paths(validator.validate(new Material("m1", "Cotton", "52-01")))).containsExactly("hsCode");
    assertThat(paths(validator.validate(new Product("p1", "Shirt", "6109", "f1")))).isEmpty();
    assertThat(paths(validator.validate(new Product("p1", "Shirt", "61.09", "f1")))).containsExactly("hsCode");
  }

  @Test
  void blankName_reportedByTheStandardConstraint() {
    assertThat(paths(validator.validate(new Material("m1", " ", null)))).containsExactly("name");
  }

  @Test
  void expressionsInValues_areNeverInterpolated() {
    // Expressly (EL) is on the test class path: an interpolated ${...} would be evaluated and {...} resolved.
    String[] hostile = {"${1+1}", "#{1+1}", "{jakarta.validation.constraints.NotNull.message}", "${''.getClass()}"};
    for (String value : hostile) {
      Set<ConstraintViolation<Facility>> v =
          validator.validate(facility(value, value, new Identifiers(null, value, value, value)));
      assertThat(v).isNotEmpty();
      for (ConstraintViolation<Facility> violation : v) {
        // our templates are constant texts without parameters: interpolation must leave them unchanged
        assertThat(violation.getMessage()).as(value).isEqualTo(violation.getMessageTemplate());
        assertThat(violation.getMessage()).doesNotContain(value, "must not be null", "class java");
        assertThat(violation.getInvalidValue().toString()).contains(value);
      }
    }
  }

  @Test
  void annotationDefaults_areConstantTexts() throws Exception {
    for (Class<?> type :
        List.of(
            CountryCode.class, RegionCode.class, HsCode.class, Lei.class, Gln.class, Uscc.class, Sha256.class,
            NullOrNotBlank.class, EntityName.class)) {
      String template = (String) type.getMethod("message").getDefaultValue();
      assertThat(template).as(type.getSimpleName()).doesNotContain("{", "}", "$", "#");
    }
  }
}
