package org.ctpat4j.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @CtpatCompliant} in an application on the class path, with Hibernate Validator and Expressly at run time: the
 * checker is found as a {@code META-INF/services} provider, with no registration; without one the application gets
 * a message that says how to provide it.
 */
class BeanValidationOnClassPathTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json").toAbsolutePath();

  private static final String PROVIDER = """
      package app;

      import org.ctpat4j.evidence.ComplianceChecker;
      import org.ctpat4j.evidence.validation.ComplianceCheckerProvider;

      public final class StandardProvider implements ComplianceCheckerProvider {
        private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().build();

        @Override
        public ComplianceChecker checker() {
          return CHECKER;
        }
      }
      """;

  private static final String MAIN = """
      package app;

      import jakarta.validation.ConstraintViolation;
      import jakarta.validation.Validation;
      import jakarta.validation.ValidatorFactory;
      import java.nio.file.Path;
      import java.util.Set;
      import org.ctpat4j.core.dossier.Dossier;
      import org.ctpat4j.core.json.DossierReader;
      import org.ctpat4j.evidence.validation.CtpatCompliant;

      public final class Main {
        public record Submission(@CtpatCompliant Dossier dossier) {}

        public static void main(String[] args) {
          Dossier dossier = DossierReader.strict().read(Path.of(args[0]));
          try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Submission>> violations = factory.getValidator().validate(new Submission(dossier));
            System.out.println("violations: " + violations.size());
          }
        }
      }
      """;

  @TempDir Path temp;
  private Path classes;

  @BeforeEach
  void compile() throws Exception {
    Path src = Files.createDirectories(temp.resolve("src/app"));
    Files.writeString(src.resolve("StandardProvider.java"), PROVIDER);
    Files.writeString(src.resolve("Main.java"), MAIN);
    classes = Files.createDirectory(temp.resolve("classes"));
    JavaProgram.Result javac =
        JavaProgram.compile(classes, List.of(src.resolve("StandardProvider.java"), src.resolve("Main.java")));
    assertThat(javac.status()).as(javac.output()).isZero();
  }

  @Test
  void serviceProvider_isFoundWithoutRegistration() throws Exception {
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(
        services.resolve("org.ctpat4j.evidence.validation.ComplianceCheckerProvider"), "app.StandardProvider\n");
    Dossier dossier = DossierReader.strict().read(SOLAR);
    long errors = ComplianceChecker.newBuilder().build().check(dossier, dossier.asOf()).findings().stream()
        .filter(Finding::isError)
        .count();

    JavaProgram.Result run = JavaProgram.run(classes, "app.Main", temp, SOLAR.toString());

    assertThat(errors).isPositive();
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("violations: " + errors);
  }

  @Test
  void noProvider_saysHowToProvideOne() throws Exception {
    JavaProgram.Result run = JavaProgram.run(classes, "app.Main", temp, SOLAR.toString());

    assertThat(run.status()).isNotZero();
    assertThat(run.output())
        .contains("jakarta.validation.ConstraintDeclarationException: @CtpatCompliant has no ComplianceCheckerProvider")
        .contains("META-INF/services/org.ctpat4j.evidence.validation.ComplianceCheckerProvider")
        .doesNotContain("HV000028");
  }
}
