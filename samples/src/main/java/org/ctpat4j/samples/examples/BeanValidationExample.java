package org.ctpat4j.samples.examples;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path.Node;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.json.DossierReader;

/**
 * Validates dossiers with Jakarta Validation. The dossier records carry standard constraints ({@code @NotBlank},
 * {@code @DecimalMax}, ...), so any provider checks them; this example uses Hibernate Validator, found at run time
 * through {@link Validation} (on the module path, {@code ctpat4j-core} opens its model packages to
 * {@code org.hibernate.validator}; nothing else is needed).
 *
 * <p>This matters for dossiers assembled in code, for example from an ERP: check them before writing or assessing
 * them, and report each violation with the JSON Pointer of the field, as the reader does for files.
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.BeanValidationExample [DOSSIER]
 * }</pre>
 */
public final class BeanValidationExample {

  private BeanValidationExample() {}

  /**
   * Validates the dossier named by the first argument (the bundled solar importer by default), then a copy changed in
   * code to break two constraints.
   *
   * @param args {@code [DOSSIER]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/dossiers/solar-importer/dossier.json");
    Dossier dossier = DossierReader.strict().read(file);
    // Building a factory is slow (about half a second): build one per application and share its validators.
    try (ValidatorFactory factory = englishValidatorFactory()) {
      Validator validator = factory.getValidator();
      List<String> violations = violations(validator, dossier);
      System.out.println(file + ": " + (violations.isEmpty() ? "no constraint violation" : violations));

      Dossier edited = withFirstLink(dossier, new Link("f-quartz", " ", "m-quartzite", 1.5, List.of()));
      System.out.println("edited in code:");
      violations(validator, edited).forEach(v -> System.out.println("  " + v));
    }
  }

  /**
   * Builds a validator factory whose messages are in English whatever the JVM's default locale, so that logs and
   * tests read the same everywhere.
   *
   * @return a new factory; close it when the application stops
   */
  public static ValidatorFactory englishValidatorFactory() {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
    return configuration
        .messageInterpolator(
            new MessageInterpolator() {
              @Override
              public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, Locale.ENGLISH);
              }

              @Override
              public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, locale);
              }
            })
        .buildValidatorFactory();
  }

  /**
   * Validates a bean and formats each violation as {@code JSON-POINTER: message}.
   *
   * @param validator a validator; never null
   * @param bean the object to check, such as a {@link Dossier}; never null
   * @return the violations, sorted; empty when the bean is valid; never null
   */
  public static List<String> violations(Validator validator, Object bean) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(bean, "bean");
    List<String> lines = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(bean)) {
      lines.add(jsonPointer(violation.getPropertyPath()) + ": " + violation.getMessage());
    }
    lines.sort(null);
    return lines;
  }

  /**
   * Turns a Jakarta Validation property path ({@code links[0].share}) into a JSON Pointer ({@code /links/0/share}):
   * the JSON field names of the dossier format are the record component names.
   *
   * @param path a property path; never null
   * @return the pointer; {@code ""} for the bean itself
   */
  public static String jsonPointer(jakarta.validation.Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Node node : path) {
      if (node.isInIterable()) {
        pointer.append('/').append(node.getIndex() != null ? node.getIndex() : node.getKey());
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  /**
   * Returns a copy of a dossier whose first link is replaced.
   *
   * @param dossier the dossier; never null
   * @param link the new first link; never null
   * @return the copy; never null
   */
  static Dossier withFirstLink(Dossier dossier, Link link) {
    List<Link> links = new ArrayList<>(dossier.links());
    links.set(0, link);
    return new Dossier(
        dossier.format(),
        dossier.asOf(),
        dossier.partner(),
        dossier.facilities(),
        dossier.materials(),
        links,
        dossier.unmappedInputs(),
        dossier.products(),
        dossier.evidence());
  }
}
