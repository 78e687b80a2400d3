package org.ctpat4j.tabular.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.ctpat4j.archrules.ArchitectureRules;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.tabular.TabularDossierReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of {@code tabular}, checked on its compiled main classes. */
class ArchitectureTest {

  private static final String BASE = "org.ctpat4j.tabular";

  private static JavaClasses classes;
  private static Set<String> exported;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.importMain(BASE);
    exported = ArchitectureRules.exportedPackages(TabularDossierReader.class.getModule());
  }

  @Test
  void importMain_ofTabular_findsTheMainClassesOnly() {
    assertThat(classes.contain("org.ctpat4j.tabular.internal.Assembler")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    assertThat(exported).containsExactly(BASE);
  }

  @Test
  void tabular_usesOnlyTheExportedApiOfCore() {
    noClasses()
        .that().resideInAPackage(BASE + "..")
        .should().dependOnClassesThat().resideInAnyPackage("org.ctpat4j.core..internal..")
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
  void exportedApi_doesNotExposeTheCsvOrXlsxLibraries() {
    ArchitectureRules.exportedApiDoesNotExpose(
            exported,
            "fastexcel or Jackson CSV types",
            t -> t.getPackageName().startsWith("org.dhatim") || t.getPackageName().startsWith("com.fasterxml.jackson.dataformat"))
        .check(classes);
  }

  @Test
  void library_hasNoAmbientEffects() {
    ArchitectureRules.libraryHasNoAmbientEffects(BASE).check(classes);
  }

  @Test
  void incubatingApi_isEveryPublicTypeOfTheNewModule() {
    assertThat(ArchitectureRules.annotatedWith(classes, Incubating.class))
        .isEqualTo(ArchitectureRules.publicTopLevelTypes(classes, BASE));
  }
}
