package org.ctpat4j.core.dossier.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.constraints.CountryCode;
import org.ctpat4j.core.constraints.EntityName;
import org.ctpat4j.core.constraints.Gln;
import org.ctpat4j.core.constraints.HsCode;
import org.ctpat4j.core.constraints.Lei;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.constraints.RegionCode;
import org.ctpat4j.core.constraints.Sha256;
import org.ctpat4j.core.constraints.Uscc;
import org.ctpat4j.core.dossier.ProblemCode;

/**
 * The field rules of one record type of the model, read once from its Jakarta Validation annotations: the records'
 * annotations are the one statement of which field is required, not blank, a country code, an LEI, in a range, and
 * so on; Hibernate Validator reads them as constraints and {@link DossierChecks} through this class, so the two
 * cannot disagree on which field breaks a rule. What a rule says when it is broken (code and message) is written
 * here, once per kind of constraint.
 *
 * <p>Understood: {@code @NotNull}, {@code @NotBlank}, {@code @Size(max)}, {@code @Pattern}, {@code @Min},
 * {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax} and this library's {@code @EntityName},
 * {@code @NullOrNotBlank}, {@code @CountryCode}, {@code @RegionCode}, {@code @HsCode}, {@code @Lei}, {@code @Uscc},
 * {@code @Gln} and {@code @Sha256}, on a component and on the element type of a list component. Another constraint
 * annotation on a component is refused when the rules are read, so a rule cannot be added to a record without the
 * checks following it. Class-level rules ({@code @RegionCode} on a located type) and rules between fields stay with
 * {@link DossierChecks}. Immutable and thread-safe.
 */
public final class FieldRules {

  private static final ClassValue<FieldRules> RULES =
      new ClassValue<>() {
        @Override
        protected FieldRules computeValue(Class<?> type) {
          return new FieldRules(type);
        }
      };

  /** The code constraints: what each accepts (the same {@link Codes} method its validator calls) and says. */
  private static final Map<Class<? extends Annotation>, CodeRule> CODES =
      Map.of(
          CountryCode.class, new CodeRule(Codes::isCountryCode, "is not an ISO 3166-1 alpha-2 country code"),
          RegionCode.class, new CodeRule(Codes::isRegionCode, "is not an ISO 3166-2 subdivision code such as CN-XJ"),
          HsCode.class,
              new CodeRule(
                  Codes::isHsCode, "is not a Harmonized System code (NNNN, NNNN.NN, NNNNNN, up to 10 digits)"),
          Lei.class,
              new CodeRule(
                  Codes::isLei, "is not an ISO 17442 LEI (20 characters, ISO 7064 MOD 97-10 check digits)"),
          Uscc.class,
              new CodeRule(Codes::isUscc, "is not a unified social credit code (GB 32100-2015 check character)"),
          Gln.class, new CodeRule(Codes::isGln, "is not a GS1 GLN (13 digits, mod-10 check digit)"),
          Sha256.class,
              new CodeRule(Codes::isSha256, "is not a SHA-256 digest (64 lower-case hexadecimal digits)"));

  private final Map<String, Rule> byName;

  /**
   * The components' names (interned) and rules, in declaration order: the checks name a component with a string
   * literal, which is the same interned string, so {@link #rule} finds it by identity without hashing. A checked
   * dossier of a million facilities asks for a rule some fifty million times.
   */
  private final String[] names;

  private final Rule[] rules;

  private FieldRules(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      List<Annotation> elements = elementAnnotations(c);
      Rule element = elements == null ? null : rule(c.getName(), elements, null);
      rules.put(c.getName(), rule(c.getName(), annotations(c), element));
    }
    byName = Collections.unmodifiableMap(rules);
    names = rules.keySet().stream().map(String::intern).toArray(String[]::new);
    this.rules = rules.values().toArray(new Rule[0]);
  }

  /**
   * Returns the field rules of a record type, read once per type.
   *
   * @param type a record type of the model; never null
   * @return its rules; never null
   * @throws IllegalArgumentException if the type is not a record or carries a constraint these rules do not know
   */
  public static FieldRules of(Class<? extends Record> type) {
    return RULES.get(type);
  }

  /**
   * Returns the rule of one component.
   *
   * @param component the component's name; never null
   * @return its rule (possibly one that accepts every value); never null
   * @throws IllegalArgumentException if the record has no such component
   */
  public Rule rule(String component) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == component) {
        return rules[i];
      }
    }
    Rule r = byName.get(component);
    if (r == null) {
      throw new IllegalArgumentException("no component " + component + " among " + byName.keySet());
    }
    return r;
  }

  /**
   * Returns the annotations a component's rule is read from: those on the component's field (where a component's
   * annotations always arrive, whatever accessor the record declares) and on its type.
   *
   * @param c a record component; never null
   * @return the annotations, each type once; never null
   */
  public static List<Annotation> annotations(RecordComponent c) {
    Field field = field(c);
    List<Annotation> all = new ArrayList<>(List.of(field.getAnnotations()));
    for (Annotation a : field.getAnnotatedType().getAnnotations()) {
      if (all.stream().noneMatch(b -> b.annotationType() == a.annotationType())) {
        all.add(a);
      }
    }
    return all;
  }

  /**
   * Returns the annotations on the element type of a list component ({@code List<@NotBlank String>}).
   *
   * @param c a record component; never null
   * @return the annotations, or {@code null} when the component is not a list
   */
  public static List<Annotation> elementAnnotations(RecordComponent c) {
    if (!List.class.equals(c.getType()) || !(field(c).getAnnotatedType() instanceof AnnotatedParameterizedType p)) {
      return null;
    }
    return List.of(p.getAnnotatedActualTypeArguments()[0].getAnnotations());
  }

  private static Field field(RecordComponent c) {
    try {
      return c.getDeclaringRecord().getDeclaredField(c.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("a record has a field per component: " + c, e);
    }
  }

  private static Rule rule(String name, List<Annotation> annotations, Rule element) {
    boolean required = false;
    boolean notBlank = false;
    int maxLength = -1;
    boolean entityName = false;
    List<CodeRule> codes = new ArrayList<>();
    Range range = Range.of(null, true, null, true, false);
    for (Annotation a : annotations) {
      if (a instanceof NotNull) {
        required = true;
      } else if (a instanceof NotBlank) {
        required = true;
        notBlank = true;
      } else if (a instanceof EntityName) {
        required = true;
        notBlank = true;
        entityName = true;
        maxLength = Codes.MAX_ENTITY_NAME_LENGTH;
      } else if (a instanceof NullOrNotBlank) {
        notBlank = true;
      } else if (a instanceof Size s) {
        maxLength = s.max();
      } else if (a instanceof Pattern p) {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp());
        codes.add(new CodeRule(v -> regex.matcher(v).matches(), "does not match " + p.regexp()));
      } else if (CODES.containsKey(a.annotationType())) {
        codes.add(CODES.get(a.annotationType()));
      } else if (a instanceof Min m) {
        range = range.withMin(BigDecimal.valueOf(m.value()), true, true);
      } else if (a instanceof Max m) {
        range = range.withMax(BigDecimal.valueOf(m.value()), true, true);
      } else if (a instanceof DecimalMin m) {
        range = range.withMin(new BigDecimal(m.value()), m.inclusive(), false);
      } else if (a instanceof DecimalMax m) {
        range = range.withMax(new BigDecimal(m.value()), m.inclusive(), false);
      } else if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
        throw new IllegalArgumentException("@" + a.annotationType().getSimpleName() + " on " + name + " is not a"
            + " rule the dossier checks know");
      }
    }
    return new Rule(name, required, notBlank, maxLength, entityName, List.copyOf(codes), range, element);
  }

  /** Receives the problems a rule finds. */
  @FunctionalInterface
  public interface Sink {

    /**
     * Takes one problem.
     *
     * @param path the JSON Pointer of the value
     * @param code the kind of problem
     * @param message the message
     */
    void add(String path, ProblemCode code, String message);
  }

  /** What a code constraint accepts (besides {@code null}) and what the checks say when it does not. */
  private record CodeRule(Predicate<String> accepts, String says) {}

  /**
   * The bounds of {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}; unbounded when null. {@code
   * doubleBounds} says that every bound is a {@code double} exactly, so that a number can be compared as a double.
   */
  private record Range(
      BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, boolean integral,
      boolean doubleBounds) {

    static Range of(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, boolean integral) {
      return new Range(min, minInclusive, max, maxInclusive, integral, isDouble(min) && isDouble(max));
    }

    /**
     * Whether a bound is a double exactly and has at most 15 significant digits, so that {@link Double#toString} of
     * that double is the bound itself: a value equal to the bound then compares equal both ways.
     */
    private static boolean isDouble(BigDecimal bound) {
      return bound == null
          || (bound.stripTrailingZeros().precision() <= 15
              && bound.compareTo(new BigDecimal(bound.doubleValue())) == 0);
    }

    Range withMin(BigDecimal value, boolean inclusive, boolean integral) {
      return of(value, inclusive, max, maxInclusive, integral);
    }

    Range withMax(BigDecimal value, boolean inclusive, boolean integral) {
      return of(min, minInclusive, value, inclusive, integral);
    }

    boolean bounded() {
      return min != null || max != null;
    }

    /**
     * Whether the number, read as its decimal form ({@code toString}), lies within the bounds. A double, or an
     * integer that a double holds exactly, is compared as a double when the bounds are doubles exactly: a double lies
     * on the same side of such a bound as its shortest decimal form does, so the answer is the same without building
     * a decimal for every value of a large dossier.
     */
    boolean contains(Number n) {
      if (n instanceof Double d && (d.isNaN() || d.isInfinite())) {
        return false;
      }
      if (doubleBounds
          && (n instanceof Double
              || ((n instanceof Integer || n instanceof Long) && Math.abs(n.longValue()) <= (1L << 53)))) {
        double v = n.doubleValue();
        return (min == null || (minInclusive ? v >= min.doubleValue() : v > min.doubleValue()))
            && (max == null || (maxInclusive ? v <= max.doubleValue() : v < max.doubleValue()));
      }
      BigDecimal v = new BigDecimal(n.toString());
      return (min == null || (minInclusive ? v.compareTo(min) >= 0 : v.compareTo(min) > 0))
          && (max == null || (maxInclusive ? v.compareTo(max) <= 0 : v.compareTo(max) < 0));
    }

    /** "is not 1, 2 or 3", "is less than 1", "is not in (0, 1]". */
    String breach() {
      if (min != null && max != null) {
        if (integral && max.subtract(min).intValueExact() <= 3) {
          List<String> values = new ArrayList<>();
          for (int i = min.intValueExact(); i <= max.intValueExact(); i++) {
            values.add(Integer.toString(i));
          }
          return "is not " + String.join(", ", values.subList(0, values.size() - 1)) + " or "
              + values.get(values.size() - 1);
        }
        return "is not in " + (minInclusive ? "[" : "(") + min.toPlainString() + ", " + max.toPlainString()
            + (maxInclusive ? "]" : ")");
      }
      if (min != null) {
        return (minInclusive ? "is less than " : "is not more than ") + min.toPlainString();
      }
      return (maxInclusive ? "is more than " : "is not less than ") + max.toPlainString();
    }
  }

  /**
   * The rule of one component: required, not blank, at most so long, accepted by its code constraints, in range; and,
   * for a list, the rule of each element.
   */
  public static final class Rule {

    private final String name;
    private final boolean required;
    private final boolean notBlank;
    private final int maxLength;
    private final boolean entityName;
    private final List<CodeRule> codes;
    private final Range range;
    private final Rule element;

    private Rule(
        String name,
        boolean required,
        boolean notBlank,
        int maxLength,
        boolean entityName,
        List<CodeRule> codes,
        Range range,
        Rule element) {
      this.name = name;
      this.required = required;
      this.notBlank = notBlank;
      this.maxLength = maxLength;
      this.entityName = entityName;
      this.codes = codes;
      this.range = range;
      this.element = element;
    }

    /**
     * Checks a value of the component and reports the first rule it breaks.
     *
     * @param parent the JSON Pointer of the record; never null
     * @param value the value, or {@code null}
     * @param sink where a problem goes; never null
     * @return whether the value broke no rule (a {@code null} optional value breaks none)
     */
    public boolean check(String parent, Object value, Sink sink) {
      return check(parent, name, -1, value, sink);
    }

    /**
     * Checks the elements of a list component, in order, each against the rule of the list's element type.
     *
     * @param parent the JSON Pointer of the record; never null
     * @param values the list; never null
     * @param sink where problems go; never null
     */
    public void checkElements(String parent, List<?> values, Sink sink) {
      if (element == null) {
        throw new IllegalStateException(name + " is not a list");
      }
      for (int i = 0; i < values.size(); i++) {
        element.check(parent, name, i, values.get(i), sink);
      }
    }

    /**
     * Returns whether a value breaks no rule of the component, reporting nothing.
     *
     * @param value the value, or {@code null}
     * @return whether it is accepted
     */
    public boolean accepts(Object value) {
      return check("", name, -1, value, (p, c, m) -> {});
    }

    /**
     * Checks a value; the pointer ({@code parent/name}, or {@code parent/name/index} for a list element) is built only
     * for a problem, so that a valid dossier costs no string per value.
     */
    private boolean check(String parent, String field, int index, Object value, Sink sink) {
      boolean isElement = index >= 0;
      if (value == null) {
        if (isElement) {
          sink.add(pointer(parent, field, index), ProblemCode.MISSING_FIELD, "array element is null");
          return false;
        }
        if (required) {
          sink.add(pointer(parent, field, index), ProblemCode.MISSING_FIELD, "required field " + Texts.quote(name) + " is missing");
          return false;
        }
        return true;
      }
      if (value instanceof String s) {
        if (notBlank && s.isBlank()) {
          sink.add(pointer(parent, field, index), ProblemCode.INVALID_VALUE, "must not be blank");
          return false;
        }
        if (maxLength >= 0 && s.length() > maxLength) {
          sink.add(
              pointer(parent, field, index),
              ProblemCode.LIMIT_EXCEEDED,
              String.format(
                  Locale.ROOT,
                  "%s of %,d characters; at most %,d are accepted",
                  entityName ? "name" : "text",
                  s.length(),
                  maxLength));
          return false;
        }
        for (int i = 0; i < codes.size(); i++) { // no iterator per value: a million facilities check many
          CodeRule code = codes.get(i);
          if (!code.accepts().test(s)) {
            sink.add(pointer(parent, field, index), ProblemCode.INVALID_VALUE, Texts.quote(s) + " " + code.says());
            return false;
          }
        }
      }
      if (value instanceof Number n && range.bounded() && !range.contains(n)) {
        sink.add(pointer(parent, field, index), ProblemCode.INVALID_VALUE, name + " " + n + " " + range.breach());
        return false;
      }
      return true;
    }

    private static String pointer(String parent, String field, int index) {
      return index < 0 ? parent + "/" + field : parent + "/" + field + "/" + index;
    }
  }
}
