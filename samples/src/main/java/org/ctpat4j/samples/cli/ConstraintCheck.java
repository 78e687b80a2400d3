package org.ctpat4j.samples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path.Node;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierFormatException;
import org.ctpat4j.core.json.Problem;

/**
 * Checks the Jakarta Validation constraints of a dossier that was read ({@code @NotBlank} names, shares in (0, 1], ...)
 * and reports each violation as a {@link Problem} with the JSON Pointer, line and column of the offending field.
 * When the reader already enforces the constraints, this finds nothing; it never reports a problem twice.
 */
final class ConstraintCheck {

  /** Built on first use: bootstrapping a provider takes about half a second. */
  private static volatile ValidatorFactory factory;

  private ConstraintCheck() {}

  /**
   * Checks a dossier read from a file.
   *
   * @param dossier the dossier; never null
   * @param file the file it was read from, to locate problems; never null
   * @throws DossierFormatException listing every violation, in document order
   */
  static void check(Dossier dossier, Path file) {
    Set<ConstraintViolation<Dossier>> violations = factory().getValidator().validate(dossier);
    if (violations.isEmpty()) {
      return;
    }
    Map<String, String> messages = new HashMap<>();
    List<String> pointers = new ArrayList<>();
    for (ConstraintViolation<Dossier> violation : violations) {
      String pointer = jsonPointer(violation.getPropertyPath());
      String message = violation.getMessage();
      String key = pointer + "\u0000" + message;
      if (messages.put(key, message) == null) {
        pointers.add(key);
      }
    }
    Set<String> paths = new HashSet<>();
    pointers.forEach(key -> paths.add(key.substring(0, key.indexOf('\u0000'))));
    Map<String, JsonLocation> locations = locate(file, paths);
    List<Problem> problems = new ArrayList<>();
    for (String key : pointers) {
      String pointer = key.substring(0, key.indexOf('\u0000'));
      JsonLocation at = locations.get(pointer);
      problems.add(
          new Problem(
              pointer,
              at == null ? -1 : at.getLineNr(),
              at == null ? -1 : at.getColumnNr(),
              "CONSTRAINT",
              messages.get(key)));
    }
    problems.sort(
        Comparator.comparingInt((Problem p) -> p.line() < 0 ? Integer.MAX_VALUE : p.line())
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::path)
            .thenComparing(Problem::message));
    throw new DossierFormatException(file.toString(), problems);
  }

  /**
   * Turns a property path ({@code links[0].share}) into a JSON Pointer ({@code /links/0/share}); the JSON field names
   * of the dossier format are the record component names.
   *
   * @param path a property path; never null
   * @return the pointer, {@code ""} for the dossier itself; never null
   */
  static String jsonPointer(jakarta.validation.Path path) {
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
   * Finds where the values at some JSON Pointers start in a file, in one streaming pass. A pointer to a field that is
   * absent is located at its enclosing object, the nearest place a person can fix it.
   *
   * @param file a JSON file; never null
   * @param pointers the pointers to find; never null
   * @return the location of each pointer found; never null
   */
  static Map<String, JsonLocation> locate(Path file, Set<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, JsonLocation> found = new HashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = new JsonFactory().createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String at = parser.getParsingContext().pathAsPointer().toString();
        if (wanted.contains(at)) {
          found.putIfAbsent(at, parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      // The file was read a moment ago; if it cannot be read again, report without locations.
      return found;
    }
    Map<String, JsonLocation> result = new HashMap<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
        JsonLocation location = found.get(p);
        if (location != null) {
          result.put(pointer, location);
          break;
        }
        if (p.isEmpty()) {
          break;
        }
      }
    }
    return result;
  }

  private static ValidatorFactory factory() {
    ValidatorFactory f = factory;
    if (f == null) {
      synchronized (ConstraintCheck.class) {
        f = factory;
        if (f == null) {
          f = englishFactory();
          factory = f;
        }
      }
    }
    return f;
  }

  /** Messages in English whatever the JVM's locale, like every other message of the command line. */
  private static ValidatorFactory englishFactory() {
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
}
