package org.ctpat4j.archrules;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
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
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The architecture rules every library module of ctpat4j obeys, shared by the architecture tests of core, risk and
 * evidence (this module is a test dependency only and is not deployed). Each rule is a factory so that a test can also
 * run it on a fixture that breaks it and prove that it fails.
 */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /**
   * Imports the compiled main classes under a package (no tests, no dependencies: see {@code archunit.properties}).
   *
   * @param basePackage the module's root package
   * @return the classes
   */
  public static JavaClasses importMain(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage);
  }

  /**
   * Returns the packages a module exports to everybody, read from its descriptor.
   *
   * @param module a named module
   * @return the exported packages, sorted
   */
  public static Set<String> exportedPackages(Module module) {
    return module.getDescriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The package a class belongs to for cycle checks: its package with the {@code .internal} segment removed, so that
   * an implementation package is one unit with the package it implements ({@code x.internal} with {@code x},
   * {@code x.internal.y} with {@code x.y}). Bean Validation needs a cycle between a constraint annotation
   * ({@code validatedBy}) and its validator, and an API class may delegate to its implementation: those are not
   * cycles between features. Classes outside {@code basePackage} are ignored.
   */
  private static SliceAssignment packagesWithTheirInternals(String basePackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        if (!(p.equals(basePackage) || p.startsWith(basePackage + "."))) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(p.replace(".internal.", ".").replaceAll("\\.internal$", ""));
      }

      @Override
      public String getDescription() {
        return "packages of " + basePackage + " (x.internal.. counted with x..)";
      }
    };
  }

  /**
   * No cycle between the packages of a module, counting every {@code internal} package with the package it implements.
   *
   * @param basePackage the module's root package
   * @return the rule; callers may add {@code ignoreDependency} for documented, known back edges
   */
  public static SliceRule packagesFreeOfCycles(String basePackage) {
    return slices().assignedFrom(packagesWithTheirInternals(basePackage)).should().beFreeOfCycles();
  }

  /**
   * No type of an exported package shows a forbidden type in its public or protected signatures: supertypes (with
   * type arguments), type parameter bounds, fields, constructor and method parameters, returns and throws clauses.
   *
   * @param exported the exported packages
   * @param forbiddenDescription what is forbidden, for the rule's text
   * @param forbidden the forbidden types
   * @return the rule
   */
  public static ArchRule exportedApiDoesNotExpose(
      Set<String> exported, String forbiddenDescription, Predicate<JavaClass> forbidden) {
    DescribedPredicate<JavaClass> inExportedPackage =
        DescribedPredicate.describe("in an exported package " + exported, c -> exported.contains(c.getPackageName()));
    DescribedPredicate<JavaClass> accessible =
        DescribedPredicate.describe("accessible from other modules", ArchitectureRules::accessible);
    return classes()
        .that(inExportedPackage)
        .and(accessible)
        .should(notExpose(forbiddenDescription, forbidden))
        .allowEmptyShould(false);
  }

  /**
   * A predicate for types of non-exported packages: any {@code ..internal..} package (of any module), and any package
   * of this module that its descriptor does not export.
   *
   * @param basePackage the module's root package
   * @param exported the exported packages
   * @return the predicate
   */
  public static Predicate<JavaClass> nonExported(String basePackage, Set<String> exported) {
    return t -> {
      String p = t.getPackageName();
      boolean ours = p.equals(basePackage) || p.startsWith(basePackage + ".");
      return p.contains(".internal") || (ours && !exported.contains(p));
    };
  }

  /**
   * Library code never prints, exits, reads the clock or the environment, nor depends on the default locale: callers
   * pass {@code asOf}, data and locales.
   *
   * @param basePackage the module's root package
   * @return the rule
   */
  public static ArchRule libraryHasNoAmbientEffects(String basePackage) {
    return noClasses()
        .that().resideInAPackage(basePackage + "..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethodWhere(target(name("printStackTrace")))
        .orShould().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "halt", int.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time..")))))
        .orShould().callMethodWhere(target(nameMatching("system.*")).and(target(owner(nameIs(Clock.class)))))
        .orShould().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .orShould().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .because("the library never prints, exits or reads the clock, the environment or the default locale:"
            + " the caller passes asOf and data, and output is the same on every machine");
  }

  /**
   * Classes directly in a package (not its sub-packages), for {@code ignoreDependency}.
   *
   * @param packageName the package
   * @return the predicate
   */
  public static DescribedPredicate<JavaClass> inPackage(String packageName) {
    return DescribedPredicate.describe("in " + packageName, c -> c.getPackageName().equals(packageName));
  }

  /**
   * Classes with one of these fully qualified names, and their nested classes, for {@code ignoreDependency}.
   *
   * @param names the names
   * @return the predicate
   */
  public static DescribedPredicate<JavaClass> named(String... names) {
    Set<String> set = Set.of(names);
    return DescribedPredicate.describe(
        "named one of " + new TreeSet<>(set), c -> set.contains(c.getName().replaceFirst("\\$.*", "")));
  }

  /**
   * Returns the names of the classes annotated with an annotation, read from the class files (so that CLASS-retention
   * annotations such as {@code @Incubating}, invisible to reflection, are seen).
   *
   * @param classes the imported classes
   * @param annotation the annotation type
   * @return the fully qualified names, sorted
   */
  public static Set<String> annotatedWith(JavaClasses classes, Class<? extends Annotation> annotation) {
    return classes.stream()
        .filter(c -> c.isAnnotatedWith(annotation))
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns the names of the public top-level types of one package.
   *
   * @param classes the imported classes
   * @param packageName the package
   * @return the fully qualified names, sorted
   */
  public static Set<String> publicTopLevelTypes(JavaClasses classes, String packageName) {
    return classes.stream()
        .filter(c -> c.getPackageName().equals(packageName) && c.isTopLevelClass())
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static DescribedPredicate<JavaClass> nameIs(Class<?> type) {
    return DescribedPredicate.describe(type.getName(), c -> c.getName().equals(type.getName()));
  }

  /** Public or protected, as are all its enclosing classes; not local, not anonymous. */
  private static boolean accessible(JavaClass c) {
    if (c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!exposed(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static ArchCondition<JavaClass> notExpose(String description, Predicate<JavaClass> forbidden) {
    return new ArchCondition<>("not expose " + description + " in public or protected signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> leaks = new ArrayList<>();
        c.getSuperclass().ifPresent(s -> inspect(c.getName() + " extends", s, forbidden, leaks));
        for (JavaType i : c.getInterfaces()) {
          inspect(c.getName() + " implements", i, forbidden, leaks);
        }
        for (JavaType v : c.getTypeParameters()) {
          inspect(c.getName() + " type parameter", v, forbidden, leaks);
        }
        for (JavaField f : c.getFields()) {
          if (exposed(f.getModifiers()) && !f.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            inspect(f.getFullName(), f.getType(), forbidden, leaks);
          }
        }
        for (JavaCodeUnit m : c.getCodeUnits()) {
          Set<JavaModifier> modifiers = m.getModifiers();
          if (!exposed(modifiers)
              || modifiers.contains(JavaModifier.SYNTHETIC)
              || modifiers.contains(JavaModifier.BRIDGE)) {
            continue;
          }
          inspect(m.getFullName() + " returns", m.getReturnType(), forbidden, leaks);
          for (JavaType p : m.getParameterTypes()) {
            inspect(m.getFullName() + " parameter", p, forbidden, leaks);
          }
          for (JavaType v : m.getTypeParameters()) {
            inspect(m.getFullName() + " type parameter", v, forbidden, leaks);
          }
          inspectRaw(m.getFullName() + " throws", m.getExceptionTypes(), forbidden, leaks);
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

  private static void inspect(String where, JavaType type, Predicate<JavaClass> forbidden, List<String> leaks) {
    inspectRaw(where, type.getAllInvolvedRawTypes(), forbidden, leaks);
  }

  private static void inspectRaw(
      String where, Collection<JavaClass> types, Predicate<JavaClass> forbidden, List<String> leaks) {
    for (JavaClass t : types) {
      JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
      if (forbidden.test(base)) {
        leaks.add(where + " exposes " + base.getName());
      }
    }
  }
}
