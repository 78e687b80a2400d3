package org.ctpat4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.junit.jupiter.api.Test;

/** The module descriptor works: tests run inside the named module {@code org.ctpat4j.core}. */
class ModuleDescriptorTest {

  private static final Module MODULE = Dossier.class.getModule();

  @Test
  void testsRunOnTheModulePath() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.ctpat4j.core");
    assertThat(ModuleDescriptorTest.class.getModule()).isSameAs(MODULE);
  }

  @Test
  void exports_onlyTheApiPackages() {
    Set<String> exported =
        MODULE.getDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported)
        .containsExactlyInAnyOrder(
            "org.ctpat4j.core",
            "org.ctpat4j.core.constraints",
            "org.ctpat4j.core.dossier",
            "org.ctpat4j.core.json",
            "org.ctpat4j.core.validation");
    for (String p : MODULE.getPackages()) {
      if (p.contains(".internal")) {
        assertThat(MODULE.isExported(p)).as(p).isFalse();
      }
    }
  }

  @Test
  void opens_theValidatedPackagesToHibernateValidatorOnly() {
    Map<String, Set<String>> opens =
        MODULE.getDescriptor().opens().stream()
            .collect(Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets));
    assertThat(opens)
        .containsOnlyKeys("org.ctpat4j.core", "org.ctpat4j.core.dossier", "org.ctpat4j.core.constraints.internal");
    assertThat(opens.values()).allSatisfy(t -> assertThat(t).containsExactly("org.hibernate.validator"));
  }

  @Test
  void requires_jacksonAndValidationTransitively() {
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires =
        MODULE.getDescriptor().requires().stream()
            .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
    assertThat(requires.get("com.fasterxml.jackson.databind")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires.get("jakarta.validation")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires).doesNotContainKey("org.jgrapht.core");
  }

  @Test
  void servicesNone_andTheOneQualifiedExportIsTheSharedHelperToTheLibrarysModules() {
    assertThat(MODULE.getDescriptor().uses()).isEmpty();
    assertThat(MODULE.getDescriptor().provides()).isEmpty();
    assertThat(MODULE.getDescriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("org.ctpat4j.core.internal");
          assertThat(e.targets()).containsExactlyInAnyOrder(
              "org.ctpat4j.risk", "org.ctpat4j.evidence", "org.ctpat4j.samples", "org.ctpat4j.testkit");
        });
  }

  @Test
  void beanValidation_reachesTheModelAndTheConstraintValidators() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Facility facility = new Facility("f1", "Plant", List.of(), "CN", "VN-01", null, null, false);
      assertThat(factory.getValidator().validate(facility))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactly("region");
    }
  }
}
