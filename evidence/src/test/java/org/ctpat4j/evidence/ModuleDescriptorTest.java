package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module descriptor works: tests run inside the named module {@code org.ctpat4j.evidence}. */
class ModuleDescriptorTest {

  private static final Module MODULE = ComplianceChecker.class.getModule();

  @Test
  void testsRunOnTheModulePath() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.ctpat4j.evidence");
    assertThat(ModuleDescriptorTest.class.getModule()).isSameAs(MODULE);
  }

  @Test
  void exports_exactlyTheApiPackages() {
    Set<String> exported =
        MODULE.getDescriptor().exports().stream()
            .peek(e -> assertThat(e.isQualified()).as("qualified export of " + e.source()).isFalse())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported)
        .containsExactlyInAnyOrder(
            "org.ctpat4j.evidence",
            "org.ctpat4j.evidence.picture",
            "org.ctpat4j.evidence.pkg",
            "org.ctpat4j.evidence.report",
            "org.ctpat4j.evidence.validation");
    for (String p : MODULE.getPackages()) {
      if (p.contains(".internal")) {
        assertThat(MODULE.isExported(p)).as(p).isFalse();
      }
    }
  }

  @Test
  void opens_onlyTheConstraintValidatorToHibernateValidator() {
    Map<String, Set<String>> opens =
        MODULE.getDescriptor().opens().stream()
            .collect(Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets));
    assertThat(opens).containsOnlyKeys("org.ctpat4j.evidence.internal.validation");
    assertThat(opens.get("org.ctpat4j.evidence.internal.validation")).containsExactly("org.hibernate.validator");
  }

  @Test
  void requires_coreAndRiskTransitivelyAndNoImplementation() {
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires =
        MODULE.getDescriptor().requires().stream()
            .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
    assertThat(requires.get("org.ctpat4j.core")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires.get("org.ctpat4j.risk")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires).doesNotContainKeys("org.jgrapht.core", "org.jgrapht.io", "org.hibernate.validator");
  }

  @Test
  void usesTheCheckerProviderServiceAndProvidesNone() {
    assertThat(MODULE.getDescriptor().uses())
        .containsExactly("org.ctpat4j.evidence.validation.ComplianceCheckerProvider");
    assertThat(MODULE.getDescriptor().provides()).isEmpty();
  }

  @Test
  void riskRules_areVisibleFromEvidenceThroughTheRiskModule() {
    // evidence reads risk's rules through RiskEngine, whose module declares `uses`: nothing in evidence needs to
    assertThat(org.ctpat4j.risk.RiskEngine.newBuilder().build().ruleIds()).hasSize(8);
  }
}
