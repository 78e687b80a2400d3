package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
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
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.internal.FieldRules;
import org.ctpat4j.core.internal.Nulls;
import org.ctpat4j.core.internal.Tasks;
import org.ctpat4j.core.testing.BeanValidation;
import org.ctpat4j.core.testing.DossierGenerator;
import org.ctpat4j.core.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator (reading the records' annotations as constraints) and the dossier checks (reading the same
 * annotations through {@link FieldRules}) agree on invalid dossiers: every generated dossier gets one to four field
 * violations planted in its JSON, and both the reader's and the validator's problems of a field rule must name exactly
 * the fields Hibernate Validator's violations name, every planted field among them.
 *
 * <p>What can be planted is found from the annotations too, by walking the dossier's JSON along its record types: a
 * missing required value ({@code @NotNull}, {@code @NotBlank}, {@code @EntityName}), a blank one ({@code @NotBlank},
 * {@code @NullOrNotBlank}, {@code @EntityName}, list elements too), an over-long name ({@code @EntityName}), a code
 * that breaks {@code @CountryCode}, {@code @RegionCode}, {@code @HsCode}, {@code @Lei}, {@code @Uscc}, {@code @Gln},
 * {@code @Sha256} or a {@code @Pattern}, and a number outside {@code @Min}/{@code @Max}/{@code @DecimalMin}/{@code
 * @DecimalMax}. A rule added to a record is planted without changing this test.
 *
 * <p>Seeds derive from {@link #BASE_SEED}, or from the system property {@code ctpat4j.seed} when set; a failure names
 * the seed and what was planted.
 */
class InvalidDossierParityProperties {

  static final int CASES = 250;
  static final long BASE_SEED = 20261202L;

  /** The codes of field rules; references, dates and duplicates are rules Hibernate Validator does not know. */
  private static final Set<ProblemCode> FIELD_RULE_CODES =
      Set.of(
          ProblemCode.MISSING_FIELD,
          ProblemCode.INVALID_VALUE,
          ProblemCode.LIMIT_EXCEEDED,
          ProblemCode.UNSUPPORTED_FORMAT);

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CtpatJacksonModule()).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Validator beanValidator = BeanValidation.validator();

  /** One way to break one field: where, and the JSON value that breaks it. */
  record Plant(String pointer, String rule, JsonNode value) {
    @Override
    public String toString() {
      return pointer + " <- " + value + " (" + rule + ")";
    }
  }

  @Test
  void plantedFieldViolations_areNamedAlikeByHibernateValidatorTheReaderAndTheValidator() throws Exception {
    long base = Long.getLong("ctpat4j.seed", BASE_SEED);
    long[] seeds = LongStream.generate(new Random(base)::nextLong).limit(CASES).toArray();
    Set<String> rulesPlanted = new TreeSet<>();
    for (long seed : seeds) {
      Random r = new Random(seed);
      ObjectNode tree = (ObjectNode) MAPPER.readTree(DossierWriter.standard().write(DossierGenerator.generate(seed)));
      List<Plant> candidates = new ArrayList<>();
      sites(tree, "", Dossier.class, candidates);
      List<Plant> planted = pick(candidates, 1 + r.nextInt(4), r);
      for (Plant p : planted) {
        plant(tree, p);
        rulesPlanted.add(p.rule());
      }
      String json = MAPPER.writeValueAsString(tree);
      String why = "case seed " + seed + " (base seed " + base + ", -Dctpat4j.seed=" + base + "; the dossier is"
          + " DossierGenerator.generate(" + seed + ")), planted " + planted;

      Dossier unchecked;
      try (Nulls.Scope lenient = Nulls.lenient()) {
        unchecked = MAPPER.treeToValue(tree, Dossier.class);
      }
      Set<String> hibernate =
          beanValidator.validate(unchecked).stream().map(v -> pointer(v.getPropertyPath())).collect(sorted());
      Set<String> validator = fieldRulePaths(DossierValidator.standard().validate(unchecked));
      Set<String> reader;
      try {
        DossierReader.strict().read(json);
        reader = Set.of();
      } catch (DossierFormatException e) {
        reader = fieldRulePaths(e.problems());
      }
      assertThat(outcome(CONCURRENT, json)).as("%s: the reader with an executor reads the same", why)
          .isEqualTo(outcome(DossierReader.strict(), json));
      Set<String> plantedPaths = planted.stream().map(Plant::pointer).collect(sorted());
      assertThat(hibernate).as("%s: Hibernate Validator names every planted field", why).containsAll(plantedPaths);
      assertThat(reader).as("%s: the reader names the fields Hibernate Validator names", why).isEqualTo(hibernate);
      assertThat(validator).as("%s: the validator names the fields Hibernate Validator names", why)
          .isEqualTo(hibernate);
    }
    // every kind of rule the model has was planted somewhere, so none escapes the comparison
    assertThat(rulesPlanted)
        .contains(
            "NotNull", "NotBlank", "blank", "EntityName.length", "NullOrNotBlank", "CountryCode", "RegionCode",
            "HsCode", "Lei", "Uscc", "Gln", "Sha256", "Pattern", "Min", "Max", "DecimalMin", "DecimalMax",
            "element.blank", "element.EntityName.length");
  }

  private static Set<String> fieldRulePaths(List<Problem> problems) {
    return problems.stream().filter(p -> FIELD_RULE_CODES.contains(p.code())).map(Problem::path).collect(sorted());
  }

  private static java.util.stream.Collector<String, ?, TreeSet<String>> sorted() {
    return Collectors.toCollection(TreeSet::new);
  }

  /** The JSON Pointer of a Hibernate Validator property path ({@code facilities[2].aliases[0]}). */
  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        b.append('/').append(n.getIndex());
      }
      if (n.getKind() == ElementKind.PROPERTY) {
        b.append('/').append(n.getName());
      }
    }
    return b.toString();
  }

  /** Picks plants of rules chosen alike (the format is one field, a blank name is one of hundreds). */
  private static List<Plant> pick(List<Plant> candidates, int n, Random r) {
    Map<String, List<Plant>> byRule = candidates.stream().collect(Collectors.groupingBy(Plant::rule, TreeMap::new,
        Collectors.toList()));
    List<String> rules = new ArrayList<>(byRule.keySet());
    List<Plant> out = new ArrayList<>();
    Map<String, Plant> byPointer = new LinkedHashMap<>();
    for (int tries = 0; out.size() < n && tries < 50 && !rules.isEmpty(); tries++) {
      List<Plant> ofRule = byRule.get(rules.get(r.nextInt(rules.size())));
      Plant p = ofRule.get(r.nextInt(ofRule.size()));
      // one plant per field, and the format alone: a dossier of an unknown format is not read any further
      boolean format = p.pointer().equals("/format");
      if (byPointer.containsKey(p.pointer()) || (format && !out.isEmpty()) || byPointer.containsKey("/format")) {
        continue;
      }
      byPointer.put(p.pointer(), p);
      out.add(p);
    }
    return out;
  }

  /** Reads with its first pass on a thread of its own. */
  private static final DossierReader CONCURRENT =
      DossierReader.newBuilder().executor(Tasks.onDaemonThread("first-pass")).build();

  /** The dossier read, or every problem (with its line and column) that refused it. */
  private static Object outcome(DossierReader reader, String json) {
    try {
      return reader.read(json);
    } catch (DossierFormatException e) {
      return e.problems();
    }
  }

  private static void plant(ObjectNode tree, Plant p) {
    int slash = p.pointer().lastIndexOf('/');
    JsonNode parent = tree.at(p.pointer().substring(0, slash));
    String last = p.pointer().substring(slash + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), p.value());
    } else {
      ((ObjectNode) parent).set(last, p.value());
    }
  }

  /** Walks the JSON of a record along its components, collecting what can be planted in it and in its parts. */
  private static void sites(JsonNode node, String at, Class<?> type, List<Plant> into) {
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      String path = at + "/" + c.getName();
      JsonNode value = object.get(c.getName());
      if (c.getType().isRecord()) {
        // a missing part is a rule of the part's owner, and a null part may read as its empty value: plant inside it
        sites(value, path, c.getType(), into);
        continue;
      }
      if (List.class.equals(c.getType())) {
        Class<?> element =
            (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
        List<Annotation> elementAnnotations = FieldRules.elementAnnotations(c);
        if (value instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            if (element.isRecord()) {
              sites(array.get(i), path + "/" + i, element, into);
            } else {
              for (Plant p : plants(path + "/" + i, c.getName(), elementAnnotations, false)) {
                into.add(new Plant(p.pointer(), "element." + p.rule(), p.value()));
              }
            }
          }
        }
        continue;
      }
      into.addAll(plants(path, c.getName(), FieldRules.annotations(c), true));
    }
  }

  /** The violations of each rule of a field. */
  private static List<Plant> plants(String path, String name, List<Annotation> annotations, boolean mayBeNull) {
    List<Plant> out = new ArrayList<>();
    Function<String, JsonNode> text = NODES::textNode;
    for (Annotation a : annotations) {
      if (a instanceof NotNull && mayBeNull) {
        out.add(new Plant(path, "NotNull", NODES.nullNode()));
      } else if (a instanceof NotBlank) {
        if (mayBeNull) {
          out.add(new Plant(path, "NotBlank", NODES.nullNode()));
        }
        out.add(new Plant(path, "blank", text.apply(" \t")));
      } else if (a instanceof EntityName) {
        out.add(new Plant(path, "blank", text.apply(" ")));
        out.add(new Plant(path, "EntityName.length", text.apply("N".repeat(Codes.MAX_ENTITY_NAME_LENGTH + 1))));
        if (mayBeNull) {
          out.add(new Plant(path, "NotBlank", NODES.nullNode()));
        }
      } else if (a instanceof NullOrNotBlank) {
        out.add(new Plant(path, "NullOrNotBlank", text.apply("  ")));
      } else if (a instanceof CountryCode) {
        out.add(new Plant(path, "CountryCode", text.apply("C1")));
      } else if (a instanceof RegionCode) {
        out.add(new Plant(path, "RegionCode", text.apply("Xinjiang")));
      } else if (a instanceof HsCode) {
        out.add(new Plant(path, "HsCode", text.apply("28A4")));
      } else if (a instanceof Lei) {
        out.add(new Plant(path, "Lei", text.apply("5493001KJTIIGC8Y1R13")));
      } else if (a instanceof Uscc) {
        out.add(new Plant(path, "Uscc", text.apply("91350100M000100Y44")));
      } else if (a instanceof Gln) {
        out.add(new Plant(path, "Gln", text.apply("4006381333932")));
      } else if (a instanceof Sha256) {
        out.add(new Plant(path, "Sha256", text.apply("E3B0C442")));
      } else if (a instanceof Pattern) {
        out.add(new Plant(path, "Pattern", text.apply("not-" + ((Pattern) a).regexp())));
      } else if (a instanceof Min m) {
        out.add(new Plant(path, "Min", NODES.numberNode(m.value() - 1)));
      } else if (a instanceof Max m) {
        out.add(new Plant(path, "Max", NODES.numberNode(m.value() + 1)));
      } else if (a instanceof DecimalMin m) {
        double v = Double.parseDouble(m.value());
        out.add(new Plant(path, "DecimalMin", NODES.numberNode(m.inclusive() ? v - 0.5 : v)));
      } else if (a instanceof DecimalMax m) {
        double v = Double.parseDouble(m.value());
        out.add(new Plant(path, "DecimalMax", NODES.numberNode(m.inclusive() ? v + 0.5 : v)));
      }
    }
    return out;
  }

}
