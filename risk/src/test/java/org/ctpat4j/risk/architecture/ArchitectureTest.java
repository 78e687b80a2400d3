package org.ctpat4j.risk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.archrules.ArchitectureRules.inPackage;
import static org.ctpat4j.archrules.ArchitectureRules.named;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.risk.RiskEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ctpat4j.archrules.ArchitectureRules;

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
  void risk_usesOnlyTheExportedPackagesOfCore() {
    noClasses()
        .that().resideInAPackage(BASE + "..")
        // core exports org.ctpat4j.core.internal (the shared helpers) to the library's modules, no other internal
        .should().dependOnClassesThat().resideInAPackage("org.ctpat4j.core.*.internal..")
        .check(classes);
  }

  @Test
  void jgrapht_isUsedOnlyByTheGraphImplementation() {
    // JGraphT stays behind SupplierGraph (STYLE.md item 2): only the graph classes and their internals may touch it
    noClasses()
        .that().resideInAnyPackage(BASE + ".spi..", BASE + ".data..", BASE + ".internal.rules..")
        .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
        .check(classes);
  }

  /**
   * The packages of risk, each counted with its {@code internal} implementation, form no cycle, except for these known
   * back edges of the 0.1 API (each a type that sits one package too high; moving it would rename public types that
   * other modules compile against, so it waits for an API revision):
   *
   * <ul>
   *   <li>{@code spi -> RiskSignal, RiskLevel}: a {@code RiskRule} returns signals, which live with the results;
   *   <li>{@code spi -> internal.ExactEntityMatcher}: the static factory {@code EntityMatcher.exact()};
   *   <li>{@code data -> ReferenceDataVersion}: the version of the reference data lives with the results;
   *   <li>{@code data -> internal.Csv, internal.Names}: the reference data reader uses the shared CSV parser, and
   *       folds an added entity list into the bundled one with the shared name normaliser;
   *   <li>{@code location -> internal.Csv}: the gazetteer reader uses the same parser;
   *   <li>{@code screening -> RiskLevel}: {@code ScreeningEntityMatcher} maps MATCH/POSSIBLE to signal levels, and the
   *       engine uses it as its default matcher.
   * </ul>
   *
   * Any other cycle fails.
   */
  @Test
  void packages_areFreeOfCycles_exceptTheDocumentedBackEdges() {
    ArchitectureRules.packagesFreeOfCycles(BASE)
        .ignoreDependency(inPackage(BASE + ".spi"), named(BASE + ".RiskSignal", BASE + ".RiskLevel"))
        .ignoreDependency(inPackage(BASE + ".spi"), named(BASE + ".internal.ExactEntityMatcher"))
        .ignoreDependency(inPackage(BASE + ".data"), named(BASE + ".ReferenceDataVersion"))
        .ignoreDependency(inPackage(BASE + ".data"), named(BASE + ".internal.Csv", BASE + ".internal.Names"))
        .ignoreDependency(inPackage(BASE + ".location"), named(BASE + ".internal.Csv"))
        .ignoreDependency(inPackage(BASE + ".screening"), named(BASE + ".RiskLevel"))
        .check(classes);
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
