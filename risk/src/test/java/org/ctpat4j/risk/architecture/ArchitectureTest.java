package org.ctpat4j.risk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.archrules.ArchitectureRules;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.risk.RiskEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of {@code risk}, checked on its compiled main classes. */
class ArchitectureTest {

  private static final String BASE = "org.ctpat4j.risk";

  private static JavaClasses classes;
  private static Set<String> exported;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.importMain(BASE);
    exported = ArchitectureRules.exportedPackages(RiskEngine.class.getModule());
  }

  @Test
  void importMain_ofRisk_findsTheMainClassesOnly() {
    assertThat(classes.size()).isGreaterThan(40);
    assertThat(classes.contain("org.ctpat4j.risk.internal.rules.UflpaRegionRule")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    assertThat(exported).contains(BASE, BASE + ".spi", BASE + ".data");
  }

  @Test
  void risk_doesNotDependOnEvidence() {
    noClasses()
        .that().resideInAPackage(BASE + "..")
        .should().dependOnClassesThat().resideInAPackage("org.ctpat4j.evidence..")
        .check(classes);
  }

  @Test
  void risk_usesOnlyThePackagesCoreExportsToIt() {
    // the public API of core, and the helpers core's descriptor exports to this module by name (exports ... to)
    String self = RiskEngine.class.getModule().getName();
    Set<String> open = Incubating.class.getModule().getDescriptor().exports().stream()
        .filter(e -> !e.isQualified() || e.targets().contains(self))
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(open).contains("org.ctpat4j.core", "org.ctpat4j.core.dossier");
    noClasses()
        .that().resideInAPackage(BASE + "..")
        .should().dependOnClassesThat(DescribedPredicate.describe(
            "reside in a package of core that core does not export to " + self,
            c -> c.getPackageName().matches("org\\.ctpat4j\\.core(\\..*)?") && !open.contains(c.getPackageName())))
        .check(classes);
  }

  @Test
  void jgrapht_isUsedOnlyByTheGraphImplementation() {
    // JGraphT stays behind SupplierGraph (STYLE.md item 2): only the graph classes and their internals may touch it
    noClasses()
        .that().resideInAnyPackage(BASE + ".spi..", BASE + ".signal..", BASE + ".data..", BASE + ".internal.rules..")
        .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
        .check(classes);
  }

  @Test
  void signal_dependsOnNoOtherPackageOfRisk() {
    // the vocabulary that rules, matchers and the engine share sits below all of them
    noClasses()
        .that().resideInAPackage(BASE + ".signal..")
        .should().dependOnClassesThat(
            resideInAPackage(BASE + "..").and(DescribedPredicate.not(resideInAPackage(BASE + ".signal.."))))
        .check(classes);
  }

  /** The packages of risk, each counted with its {@code internal} implementation, form no cycle: no edge is ignored. */
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
  void incubatingTypes_areExactlyThePublicTypesOfTheSpi() {
    // CLASS retention: invisible to reflection, read from the class files
    Set<String> incubating =
        ArchitectureRules.annotatedWith(classes, Incubating.class);
    Set<String> spi =
        ArchitectureRules.publicTopLevelTypes(classes, BASE + ".spi");
    assertThat(spi).hasSize(6).contains(BASE + ".spi.RiskRule", BASE + ".spi.FacilityContext");
    assertThat(incubating).isEqualTo(spi);
  }

  @Test
  void library_hasNoAmbientEffects() {
    ArchitectureRules.libraryHasNoAmbientEffects(BASE).check(classes);
  }
}
