package org.ctpat4j.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import org.ctpat4j.archrules.ArchitectureRules;
import org.ctpat4j.core.dossier.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of {@code core}, checked on its compiled main classes. */
class ArchitectureTest {

  private static final String BASE = "org.ctpat4j.core";
  private static final String FIXTURE = "org.ctpat4j.core.architecture.fixture";

  private static JavaClasses classes;
  private static Set<String> exported;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.importMain(BASE);
    exported = ArchitectureRules.exportedPackages(Dossier.class.getModule());
  }

  @Test
  void importMain_ofCore_findsTheMainClassesOnly() {
    assertThat(classes.size()).isGreaterThan(60);
    assertThat(classes.contain("org.ctpat4j.core.json.DossierReader")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    assertThat(exported).contains(BASE, BASE + ".dossier");
  }

  @Test
  void core_doesNotDependOnTheModulesAboveItNorOnJGraphT() {
    noClasses()
        .that().resideInAPackage(BASE + "..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.jgrapht..", "org.ctpat4j.risk..", "org.ctpat4j.evidence..")
        .check(classes);
  }

  @Test
  void model_doesNotDependOnJackson() {
    // the model is plain records; the JSON mapping lives in the json package (module, mixins)
    noClasses()
        .that().resideInAnyPackage(BASE, BASE + ".dossier", BASE + ".constraints..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void packages_areFreeOfCycles() {
    // strict: the model's builder checks what it builds with the checks of dossier.internal and reports dossier
    // Problems; the json package reads into the model, never the other way round
    ArchitectureRules.packagesFreeOfCycles(BASE).check(classes);
  }

  @Test
  void model_doesNotDependOnTheJsonFormat() {
    noClasses()
        .that().resideInAnyPackage(BASE + ".dossier..", BASE + ".constraints..")
        .should().dependOnClassesThat().resideInAnyPackage(BASE + ".json..", BASE + ".validation..")
        .check(classes);
  }

  @Test
  void vocabularyPackage_doesNotDependOnTheLayersAboveIt() {
    noClasses()
        .that().resideInAPackage(BASE)
        .should().dependOnClassesThat()
        .resideInAnyPackage(BASE + ".dossier..", BASE + ".json..", BASE + ".validation..")
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
  void library_hasNoAmbientEffects() {
    ArchitectureRules.libraryHasNoAmbientEffects(BASE).check(classes);
  }

  // The rules themselves can fail: each runs on a fixture (test classes) that breaks it.

  @Test
  void packagesFreeOfCycles_onACycle_fails() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".cycle");
    assertThat(fixture.size()).isEqualTo(2);
    assertThatThrownBy(() -> ArchitectureRules.packagesFreeOfCycles(FIXTURE + ".cycle").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("fixture.cycle.a")
        .hasMessageContaining("fixture.cycle.b");
  }

  @Test
  void exportedApiDoesNotExpose_onLeaks_reportsEveryExposedSignatureAndOnlyThose() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".leak");
    String leak = FIXTURE + ".leak";
    assertThatThrownBy(
            () ->
                ArchitectureRules.exportedApiDoesNotExpose(
                        Set.of(leak), "internal types", ArchitectureRules.nonExported(leak, Set.of(leak)))
                    .check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Leaky.hidden() returns exposes " + leak + ".internal.Hidden")
        .hasMessageContaining("Leaky$Nested.field exposes " + leak + ".internal.Hidden")
        .hasMessageNotContaining("notExposed")
        .hasMessageNotContaining("Private");
  }

  @Test
  void libraryHasNoAmbientEffects_onPrintsClockAndDefaultLocale_fails() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE + ".effects");
    assertThat(fixture.contain(FIXTURE + ".effects.Effects")).isTrue();
    assertThatThrownBy(() -> ArchitectureRules.libraryHasNoAmbientEffects(FIXTURE + ".effects").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Effects.print()")
        .hasMessageContaining("Effects.today()")
        .hasMessageContaining("Effects.lower(java.lang.String)")
        .hasMessageNotContaining("Effects.lowerRoot(");
  }

  @Test
  void nonExported_ofCore_isTrueForInternalAndUnexportedPackagesOnly() {
    JavaClass copies = classes.get("org.ctpat4j.core.internal.Copies");
    JavaClass dossier = classes.get(Dossier.class);
    assertThat(ArchitectureRules.nonExported(BASE, exported).test(copies)).isTrue();
    assertThat(ArchitectureRules.nonExported(BASE, exported).test(dossier)).isFalse();
    assertThat(ArchitectureRules.nonExported(BASE, Set.of()).test(dossier)).isTrue();
  }
}
