package org.ctpat4j.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of {@code core}, checked on its compiled main classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ctpat4j.core");
  }

  @Test
  void classesWereImported() {
    assertThat(classes.size()).isGreaterThan(60);
    assertThat(classes.contain("org.ctpat4j.core.json.DossierReader")).isTrue();
  }

  @Test
  void core_doesNotDependOnJGraphT() {
    noClasses()
        .that().resideInAPackage("org.ctpat4j.core..")
        .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
        .check(classes);
  }

  @Test
  void model_doesNotDependOnJackson() {
    // the model is plain records; the JSON mapping lives in the json package (module, mixins)
    noClasses()
        .that().resideInAnyPackage("org.ctpat4j.core", "org.ctpat4j.core.dossier", "org.ctpat4j.core.constraints..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("org.ctpat4j.core.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void vocabularyPackage_doesNotDependOnTheLayersAboveIt() {
    noClasses()
        .that().resideInAPackage("org.ctpat4j.core")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.ctpat4j.core.dossier..", "org.ctpat4j.core.json..", "org.ctpat4j.core.validation..")
        .check(classes);
  }

  @Test
  void publicApi_doesNotExposeInternalTypes() {
    ArchRule rule =
        classes()
            .that().arePublic()
            .and().resideOutsideOfPackage("..internal..")
            .should(notExposeInternalTypes());
    rule.check(classes);
  }

  @Test
  void internalTypes_areNotUsedOutsideCore() {
    // internal packages are not exported by module-info; the ArchUnit rule above keeps them out of signatures
    classes()
        .that().resideInAPackage("..internal..")
        .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.ctpat4j.core..")
        .check(classes);
  }

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose types of ..internal.. packages in public or protected signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> leaks = new ArrayList<>();
        c.getRawSuperclass().ifPresent(s -> inspect(c.getName() + " extends", List.of(s), leaks));
        inspect(c.getName() + " implements", new ArrayList<>(c.getRawInterfaces()), leaks);
        for (JavaField f : c.getFields()) {
          if (exposed(f.getModifiers())) {
            inspect(f.getFullName(), f.getType().getAllInvolvedRawTypes(), leaks);
          }
        }
        for (JavaCodeUnit m : c.getCodeUnits()) {
          if (!exposed(m.getModifiers()) || m.getName().startsWith("lambda$")) {
            continue;
          }
          inspect(m.getFullName() + " returns", m.getReturnType().getAllInvolvedRawTypes(), leaks);
          for (JavaType p : m.getParameterTypes()) {
            inspect(m.getFullName() + " parameter", p.getAllInvolvedRawTypes(), leaks);
          }
          inspect(m.getFullName() + " throws", new ArrayList<>(m.getExceptionTypes()), leaks);
        }
        for (String leak : leaks) {
          events.add(SimpleConditionEvent.violated(c, leak));
        }
      }
    };
  }

  private static boolean exposed(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void inspect(String where, java.util.Collection<JavaClass> types, List<String> leaks) {
    for (JavaClass t : types) {
      if (t.getPackageName().contains(".internal")) {
        leaks.add(where + " exposes " + t.getName());
      }
    }
  }
}
