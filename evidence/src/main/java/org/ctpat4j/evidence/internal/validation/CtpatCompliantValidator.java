package org.ctpat4j.evidence.internal.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.validation.ComplianceCheckerProvider;
import org.ctpat4j.evidence.validation.CtpatCompliant;
import org.ctpat4j.evidence.validation.CtpatValidation;

/**
 * Validates {@link CtpatCompliant}: one violation per ERROR finding, at the finding's dossier path. Finding texts
 * contain dossier data, so they are escaped before being used as message templates (no message-parameter or
 * expression-language interpretation of user data).
 */
public final class CtpatCompliantValidator implements ConstraintValidator<CtpatCompliant, Dossier> {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d+])*)");

  /** The provider of the validator factory, or null to look one up ({@link CtpatValidation#provider()}). */
  private final ComplianceCheckerProvider provider;

  private LocalDate asOf;

  /** Creates the validator that looks its provider up (Jakarta Validation's default factory instantiates it). */
  public CtpatCompliantValidator() {
    this.provider = null;
  }

  /**
   * Creates the validator with the provider of its validator factory
   * ({@link CtpatValidation#constraintValidatorFactory}).
   *
   * @param provider the provider; never null
   */
  public CtpatCompliantValidator(ComplianceCheckerProvider provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  @Override
  public void initialize(CtpatCompliant annotation) {
    String s = annotation.asOf();
    if (s.isBlank()) {
      asOf = null;
      return;
    }
    try {
      asOf = LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("@CtpatCompliant(asOf = \"" + s + "\") is not a date YYYY-MM-DD", e);
    }
  }

  @Override
  public boolean isValid(Dossier dossier, ConstraintValidatorContext context) {
    if (dossier == null) {
      return true;
    }
    ComplianceCheckerProvider p = provider();
    LocalDate day = asOf != null ? asOf : p.asOf(dossier);
    ComplianceReport report = p.checker().check(dossier, day);
    List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding f : errors) {
      addViolation(context, "[" + f.code().name() + "] " + f.message(), f.path());
    }
    return false;
  }

  /**
   * Returns the provider to check with. A missing provider is a {@link ConstraintDeclarationException}, which Bean
   * Validation providers pass through as it is (any other exception would be wrapped in an "unexpected exception during
   * isValid call" that hides the cause).
   */
  private ComplianceCheckerProvider provider() {
    if (provider != null) {
      return provider;
    }
    try {
      return CtpatValidation.provider();
    } catch (IllegalStateException e) {
      throw new ConstraintDeclarationException(e.getMessage(), e);
    }
  }

  /** Escapes a literal text for use as a message template. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private record Segment(String name, List<Integer> indexes) {}

  /** A finding's JSON Pointer in Bean Validation's property form: {@code /facilities/2/region} is facilities[2].region. */
  static String propertyPath(String pointer) {
    if (!pointer.startsWith("/")) {
      return pointer;
    }
    StringBuilder sb = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(token).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(token.replace("~1", "/").replace("~0", "~"));
      }
    }
    return sb.toString();
  }

  static List<Object[]> parse(String path) {
    List<Object[]> out = new ArrayList<>();
    path = propertyPath(path);
    if (path.isEmpty()) {
      return out;
    }
    for (String part : path.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        return List.of();
      }
      List<Integer> idx = new ArrayList<>();
      Matcher im = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
      while (im.find()) {
        idx.add(Integer.parseInt(im.group(1)));
      }
      out.add(new Object[] {m.group(1), idx});
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void addViolation(ConstraintValidatorContext context, String message, String path) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(escape(message));
    List<Segment> segments = new ArrayList<>();
    for (Object[] o : parse(path)) {
      segments.add(new Segment((String) o[0], (List<Integer>) o[1]));
    }
    if (segments.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    // The index of a collection property is carried by the node that follows it ("a[2].b" = a, then b at index 2).
    NodeBuilderCustomizableContext node = builder.addPropertyNode(segments.get(0).name());
    Integer pending = last(segments.get(0).indexes());
    NodeBuilderDefinedContext defined = null;
    for (int i = 1; i < segments.size(); i++) {
      String name = segments.get(i).name();
      NodeBuilderCustomizableContext next = defined != null ? defined.addPropertyNode(name) : node.addPropertyNode(name);
      defined = null;
      if (pending != null) {
        defined = next.inIterable().atIndex(pending);
      }
      node = next;
      pending = last(segments.get(i).indexes());
    }
    if (pending != null) {
      LeafNodeBuilderCustomizableContext leaf = defined != null ? defined.addBeanNode() : node.addBeanNode();
      leaf.inIterable().atIndex(pending).addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      node.addConstraintViolation();
    }
  }

  private static Integer last(List<Integer> indexes) {
    return indexes.isEmpty() ? null : indexes.get(indexes.size() - 1);
  }
}
