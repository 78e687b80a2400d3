package org.ctpat4j.evidence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctpat4j.archrules.ArchitectureRules;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.risk.RiskResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of {@code evidence}, checked on its compiled main classes. */
class ArchitectureTest {

  private static final String BASE = "org.ctpat4j.evidence";

  private static JavaClasses classes;
  private static Set<String> exported;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.importMain(BASE);
    exported = ArchitectureRules.exportedPackages(ComplianceChecker.class.getModule());
  }

  @Test
  void importMain_ofEvidence_findsTheMainClassesOnly() {
    assertThat(classes.size()).isGreaterThan(40);
    assertThat(classes.contain("org.ctpat4j.evidence.pkg.EvidencePackage")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    assertThat(exported).contains(BASE, BASE + ".pkg");
  }

  @Test
  void evidence_usesOnlyWhatCoreAndRiskExportToIt() {
    // the packages core and risk export to everyone, or to evidence by name (core.internal: the shared SHA-256 helper)
    Set<String> exportedToEvidence = new TreeSet<>();
    for (Module m : List.of(Incubating.class.getModule(), RiskResult.class.getModule())) {
      m.getDescriptor().exports().stream()
          .filter(e -> !e.isQualified() || e.targets().contains(ComplianceChecker.class.getModule().getName()))
          .forEach(e -> exportedToEvidence.add(e.source()));
    }
    assertThat(exportedToEvidence).contains("org.ctpat4j.core", "org.ctpat4j.risk")
        .noneMatch(p -> p.startsWith("org.ctpat4j.risk") && p.contains("internal"))
        .allMatch(p -> !p.contains("internal") || p.equals("org.ctpat4j.core.internal"));
    noClasses()
        .that().resideInAPackage(BASE + "..")
        .should().dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a package core or risk does not export to evidence",
                (JavaClass c) -> (c.getPackageName().startsWith("org.ctpat4j.core")
                        || c.getPackageName().startsWith("org.ctpat4j.risk"))
                    && !exportedToEvidence.contains(c.getPackageName())))
        .orShould().dependOnClassesThat().resideInAPackage("org.jgrapht..")
        .check(classes);
  }

  @Test
  void evidence_dependsOnTheValidationApiOnlyNotOnItsImplementation() {
    noClasses()
        .that().resideInAPackage(BASE + "..")
        .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.glassfish..")
        .check(classes);
  }

  @Test
  void packages_areFreeOfCycles() {
    ArchitectureRules.packagesFreeOfCycles(BASE).check(classes);
  }

  @Test
  void exportedApi_doesNotExposeNonExportedTypes() {
    ArchitectureRules.exportedApiDoesNotExpose(
            exported, "types of non-exported packages", ArchitectureRules.nonExported(BASE, exported))
        .check(classes);
  }

  @Test
  void exportedApi_doesNotExposeJGraphT() {
    ArchitectureRules.exportedApiDoesNotExpose(
            exported, "JGraphT types", t -> t.getPackageName().startsWith("org.jgrapht"))
        .check(classes);
  }

  @Test
  void incubatingApi_isTheEvidencePackageTheCheckerProviderAndTheSeverityOverrides() {
    // CLASS retention: invisible to reflection, read from the class files
    Set<String> types =
        ArchitectureRules.annotatedWith(classes, Incubating.class);
    Set<String> publicPkgTypes =
        ArchitectureRules.publicTopLevelTypes(classes, BASE + ".pkg");
    Set<String> expected = new TreeSet<>(publicPkgTypes);
    expected.add(BASE + ".validation.ComplianceCheckerProvider");
    expected.add(BASE + ".validation.CtpatValidation");
    assertThat(publicPkgTypes).hasSize(12).contains(BASE + ".pkg.EvidencePackage", BASE + ".pkg.PackageVerifier");
    assertThat(types).isEqualTo(expected);

    Set<String> members =
        classes.stream()
            .flatMap(c -> c.getMembers().stream())
            .filter(m -> m.isAnnotatedWith(Incubating.class))
            .map(m -> m.getFullName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(members)
        .containsExactly(
            BASE + ".CompliancePolicy$Builder.severity(" + BASE + ".FindingCode, " + BASE + ".Severity)",
            BASE + ".CompliancePolicy.severityOverrides()");
  }

  @Test
  void library_hasNoAmbientEffects() {
    ArchitectureRules.libraryHasNoAmbientEffects(BASE).check(classes);
  }
}
