package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierReaderTest {

  private static final DossierReader READER = DossierReader.strict();

  private static DossierFormatException failure(String json) {
    return catchThrowableOfType(DossierFormatException.class, () -> READER.read(json));
  }

  private static DossierFormatException failure(Path file) {
    return catchThrowableOfType(DossierFormatException.class, () -> READER.read(file));
  }

  @Test
  void read_richSample_bindsEveryField() {
    Dossier d = READER.read(Samples.file("valid-rich.json"));
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(d.partner().entityType()).isEqualTo(BusinessEntityType.US_IMPORTER);
    assertThat(d.partner().memberships()).extracting(m -> m.program())
        .containsExactly(Program.SECURITY, Program.TRADE_COMPLIANCE);
    assertThat(d.partner().memberships().get(1).until()).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(d.facilities()).hasSize(4);
    assertThat(d.facilities().get(0).aliases()).containsExactly("合盛硅业（鄯善）有限公司", "Hoshine Shanshan");
    assertThat(d.facilities().get(0).identifiers().uscc()).isEqualTo("91650100MA7XJ2H01C");
    assertThat(d.facilities().get(2).redacted()).isTrue();
    assertThat(d.links().get(0).share()).isEqualTo(0.4);
    assertThat(d.links().get(0).documents()).containsExactly("d7");
    assertThat(d.evidence().trainings().get(1).audience()).isEqualTo(TrainingAudience.SUPPLIER);
    assertThat(d.evidence().audits().get(0).findings()).hasSize(2);
    assertThat(d.evidence().remediationCases().get(1).closed()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(d.evidence().documents()).hasSize(12);
  }

  @Test
  void read_smallSample_defaultsAbsentParts() {
    Dossier d = READER.read(Samples.file("valid-small.json"));
    assertThat(d.asOf()).isNull();
    assertThat(d.materials()).isEmpty();
    assertThat(d.evidence().documents()).isEmpty();
    assertThat(d.facilities().get(0).identifiers().hasAny()).isFalse();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("broken/typo-field.json", ProblemCode.UNKNOWN_FIELD, "/facilities/1/counrty", 6, 40),
        Arguments.of("broken/unknown-enum.json", ProblemCode.UNKNOWN_VALUE, "/evidence/trainings/0/audience", 6, 33),
        Arguments.of("broken/wrong-type.json", ProblemCode.WRONG_TYPE, "/links/0/share", 6, 69),
        Arguments.of("broken/missing-field.json", ProblemCode.MISSING_FIELD, "/facilities/0/id", 4, 19),
        Arguments.of("broken/unsupported-format.json", ProblemCode.UNSUPPORTED_FORMAT, "/format", 2, 13),
        Arguments.of("broken/bad-country.json", ProblemCode.INVALID_VALUE, "/partner/country", 3, 54),
        Arguments.of("broken/bad-hs-code.json", ProblemCode.INVALID_VALUE, "/materials/0/hsCode", 4, 60),
        Arguments.of(
            "broken/supplier-training-without-facility.json",
            ProblemCode.MISSING_FIELD,
            "/evidence/trainings/0/facility",
            5,
            20),
        Arguments.of("broken/share-out-of-range.json", ProblemCode.INVALID_VALUE, "/links/0/share", 6, 69),
        Arguments.of("broken/malformed.json", ProblemCode.MALFORMED, "/partner/country", 3, 58),
        Arguments.of("semantic/broken-reference.json", ProblemCode.BROKEN_REFERENCE, "/links/0/from", 6, 24),
        Arguments.of("semantic/duplicate-id.json", ProblemCode.DUPLICATE_ID, "/facilities/1/id", 6, 13),
        Arguments.of("semantic/bad-lei.json", ProblemCode.INVALID_VALUE, "/facilities/0/identifiers/lei", 5, 77),
        Arguments.of("semantic/region-mismatch.json", ProblemCode.INVALID_VALUE, "/facilities/0/region", 5, 63),
        Arguments.of("semantic/date-after-as-of.json", ProblemCode.DATE_AFTER_AS_OF, "/evidence/audits/0/date", 7, 57),
        Arguments.of("semantic/bad-date.json", ProblemCode.INVALID_VALUE, "/asOf", 3, 11));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void read_badInput_namesCodePathAndLocation(String file, ProblemCode code, String path, int line, int column) {
    DossierFormatException e = failure(Samples.file(file));
    assertThat(e).as("%s must be rejected", file).isNotNull();
    // the typo leaves the facility without its required country: two problems, the typo last (column order)
    assertThat(e.problems()).as(e.getMessage()).hasSize(code == ProblemCode.UNKNOWN_FIELD ? 2 : 1);
    Problem p = e.problems().get(e.problems().size() - 1);
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.path()).isEqualTo(path);
    assertThat(p.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(p.column()).as(e.getMessage()).isEqualTo(column);
    assertThat(e.getMessage()).contains(Samples.file(file).toString(), path, "line " + line, code.name());
  }

  @Test
  void read_typo_suggestsTheKnownField() {
    List<Problem> problems = failure(Samples.file("broken/typo-field.json")).problems();
    assertThat(problems.get(0).message()).isEqualTo("required field \"country\" is missing");
    assertThat(problems.get(0).path()).isEqualTo("/facilities/1/country");
    assertThat(problems.get(1).message())
        .isEqualTo(
            "unknown field \"counrty\"; did you mean \"country\"? (known fields: address, aliases, country, id,"
                + " identifiers, name, origin, redacted, region)");
  }

  @Test
  void read_unknownEnum_listsTheAllowedValues() {
    Problem p = failure(Samples.file("broken/unknown-enum.json")).problems().get(0);
    assertThat(p.message()).isEqualTo("unknown value \"SUPPLIERS\"; expected one of: EMPLOYEES, MANAGEMENT, SUPPLIER");
  }

  @Test
  void read_manyProblems_reportsAllInDocumentOrder() {
    String json =
        """
        {
          "format": "ctpat4j-dossier/1",
          "asOf": "2026-01-01",
          "partner": { "name": " ", "country": "XX", "entityType": "IMPORTER", "memberships": [ { "program": "SECURITY", "since": "2020-01-01", "tier": 7 } ] },
          "facilities": [
            { "id": "f1", "name": "A", "country": "CN", "colour": "red" },
            { "id": "f1", "name": "B", "country": "CN", "region": "CN-XJ", "identifiers": { "gln": "0614141000006" } },
            { "id": "f3", "name": 42, "country": "VN", "region": "CN-XJ", "redacted": "yes" }
          ],
          "materials": [ { "id": "m1", "name": "Cotton", "hsCode": "52" } ],
          "links": [ { "from": "f1", "to": "f9", "material": "m2", "share": 0, "documents": ["d9"] } ],
          "products": [ { "id": "p1", "name": "Shirt", "producedBy": "f7" } ],
          "evidence": {
            "audits": [ { "id": "a1", "facility": "f1", "date": "2026-13-01", "document": "d1", "findings": [ { "severity": "BAD", "status": "OPEN" } ] } ],
            "documents": [ { "id": "d1", "title": "Report", "sha256": "ABC" } ]
          }
        }
        """;
    DossierFormatException e = failure(json);
    assertThat(e.problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/partner/name", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/partner/country", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/partner/entityType", "UNKNOWN_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/partner/memberships/0/tier", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/facilities/0/colour", "UNKNOWN_FIELD"),
            org.assertj.core.groups.Tuple.tuple("/facilities/1/id", "DUPLICATE_ID"),
            org.assertj.core.groups.Tuple.tuple("/facilities/1/identifiers/gln", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/facilities/2/name", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/facilities/2/region", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/facilities/2/redacted", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/materials/0/hsCode", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/links/0/to", "BROKEN_REFERENCE"),
            org.assertj.core.groups.Tuple.tuple("/links/0/material", "BROKEN_REFERENCE"),
            org.assertj.core.groups.Tuple.tuple("/links/0/share", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/links/0/documents/0", "BROKEN_REFERENCE"),
            org.assertj.core.groups.Tuple.tuple("/products/0/producedBy", "BROKEN_REFERENCE"),
            org.assertj.core.groups.Tuple.tuple("/evidence/audits/0/date", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/evidence/audits/0/findings/0/severity", "UNKNOWN_VALUE"),
            org.assertj.core.groups.Tuple.tuple("/evidence/documents/0/sha256", "INVALID_VALUE"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.hasLocation()).isTrue());
    assertThat(e.getMessage()).startsWith("19 problems in input:");
  }

  @Test
  void read_wrongTypes_everyScalarKindReported() {
    String json =
        """
        {"format": "ctpat4j-dossier/1", "asOf": 20260101,
         "partner": {"name": "P", "country": "US", "entityType": "US_IMPORTER", "memberships": {"program": "SECURITY"}},
         "facilities": [{"id": "f1", "name": "A", "country": "CN", "aliases": "A2", "redacted": null}],
         "evidence": {"trainings": [{"id": "t1", "audience": "EMPLOYEES", "date": "2026-01-01", "participants": "40", "document": "d1"},
                                    {"id": "t2", "audience": "EMPLOYEES", "date": "2026-01-01", "participants": 4.5, "document": "d1"}],
                      "documents": [{"id": "d1", "title": "T"}]}}
        """;
    assertThat(failure(json).problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/asOf", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/partner/memberships", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/facilities/0/aliases", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/facilities/0/redacted", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/evidence/trainings/0/participants", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("/evidence/trainings/1/participants", "WRONG_TYPE"));
  }

  @Test
  void read_nonObjectRoot_isWrongType() {
    assertThat(failure("[1, 2]").problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.WRONG_TYPE));
    assertThat(failure("null").problems().get(0).code()).isEqualTo(ProblemCode.WRONG_TYPE);
    assertThat(failure("  ").problems().get(0).code()).isEqualTo(ProblemCode.MALFORMED);
  }

  @Test
  void read_trailingContentOrDuplicateKey_isMalformed() {
    String ok = Samples.read(Samples.file("valid-small.json"));
    assertThat(failure(ok + " {}").problems().get(0).code()).isEqualTo(ProblemCode.MALFORMED);
    DossierFormatException dup =
        failure("{\"format\": \"ctpat4j-dossier/1\", \"format\": \"ctpat4j-dossier/1\"}");
    assertThat(dup.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MALFORMED);
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).contains("format");
    });
  }

  @Test
  void read_duplicateKeyInsideAnUnknownField_isOnlyTheUnknownField() {
    String ok = Samples.read(Samples.file("valid-small.json"));
    String withJunk = ok.substring(0, ok.lastIndexOf('}')) + ", \"erpExtra\": {\"k\": 1, \"k\": 2, \"n\": [1, 2]}}";
    assertThat(failure(withJunk).problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/erpExtra", "UNKNOWN_FIELD"));
    DossierReader lenient = DossierReader.newBuilder().lenient(true).build();
    assertThat(lenient.read(withJunk).facilities()).isNotEmpty();
  }

  @Test
  void read_unknownFieldHoldingAnObjectOrArray_isReportedAtItsOwnPath() {
    String head = "{\"format\":\"ctpat4j-dossier/1\",\"partner\":{\"name\":\"A\",\"country\":\"US\","
        + "\"entityType\":\"US_IMPORTER\"},\"facilities\":[";
    // Jackson binds records through a buffer that forgets where an unknown property was: the first pass reports it
    String first = head + "{\"erp\":{\"k\":1},\"id\":\"f1\",\"name\":\"N\",\"country\":\"CN\"}]}";
    assertThat(failure(first).problems())
        .extracting(Problem::path, Problem::codeName, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/facilities/0/erp", "UNKNOWN_FIELD", first.indexOf("\"erp\"") + 1));
    assertThat(failure(head + "{\"id\":\"f1\",\"erp\":[1,2],\"name\":\"N\",\"country\":\"CN\"}]}").problems())
        .extracting(Problem::path, Problem::codeName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/facilities/0/erp", "UNKNOWN_FIELD"));
  }

  @Test
  void read_hundredsOfThousandsOfDistinctUnknownKeys_areReportedUpToTheLimit_inDocumentOrder() {
    // past the size at which Jackson's table stops sharing names (64k slots): every key is still read and reported
    StringBuilder json = new StringBuilder("{\"format\":\"ctpat4j-dossier/1\",\"partner\":{\"name\":\"A\","
        + "\"country\":\"US\",\"entityType\":\"US_IMPORTER\"},\"facilities\":[{\"id\":\"f1\",\"name\":\"N\","
        + "\"country\":\"CN\"");
    int keys = 200_000;
    for (int i = 0; i < keys; i++) {
      json.append(",\"erp").append(i).append("\":").append(i);
    }
    json.append("}]}");
    List<Problem> problems = failure(json.toString()).problems();
    assertThat(problems).hasSize(DossierReader.DEFAULT_MAX_PROBLEMS + 1);
    assertThat(problems.subList(0, DossierReader.DEFAULT_MAX_PROBLEMS))
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD))
        .extracting(Problem::path)
        .startsWith("/facilities/0/erp0", "/facilities/0/erp1", "/facilities/0/erp2");
    assertThat(problems.get(DossierReader.DEFAULT_MAX_PROBLEMS).code()).isEqualTo(ProblemCode.TOO_MANY_PROBLEMS);
  }

  @Test
  void read_duplicateKnownKeyInANestedObject_isMalformedAtItsPath() {
    String ok = Samples.read(Samples.file("valid-small.json"));
    String dup = ok.replaceFirst("\"country\"\\s*:\\s*\"US\"", "\"country\": \"US\", \"country\": \"US\"");
    assertThat(dup).isNotEqualTo(ok);
    assertThat(failure(dup).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MALFORMED);
      assertThat(p.message()).isEqualTo("duplicate field \"country\" in one object");
      assertThat(p.path()).endsWith("/country");
    });
  }

  @Test
  void read_notUtf8_isMalformed() {
    byte[] latin1 = "{\"format\": \"d\u00e9j\u00e0\"}".getBytes(StandardCharsets.ISO_8859_1);
    DossierFormatException e =
        catchThrowableOfType(
            DossierFormatException.class, () -> READER.read(new ByteArrayInputStream(latin1), "latin1.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.MALFORMED));
  }

  @Test
  void read_lenient_ignoresUnknownFieldsOnly() {
    DossierReader lenient = DossierReader.newBuilder().lenient(true).build();
    assertThat(lenient.isLenient()).isTrue();
    String typo = Samples.read(Samples.file("broken/typo-field.json"));
    // the typo leaves the second facility without its country: still an error in lenient mode, but the only one
    assertThat(catchThrowableOfType(DossierFormatException.class, () -> lenient.read(typo)).problems())
        .extracting(Problem::codeName)
        .containsExactly("MISSING_FIELD");
    Dossier d = lenient.read(typo.replace("\"counrty\": \"CN\"", "\"country\": \"CN\", \"colour\": \"red\""));
    assertThat(d.facilities()).hasSize(2);
    assertThat(d.facilities().get(1).country()).isEqualTo("CN");
    assertThatThrownBy(() -> lenient.read(Samples.file("broken/unknown-enum.json")))
        .isInstanceOf(DossierFormatException.class)
        .hasMessageContaining("UNKNOWN_VALUE");
  }

  @Test
  void read_nestingTooDeep_failsFastWithLimitExceeded() {
    String deep = "{\"format\": " + "[".repeat(100) + "]".repeat(100) + "}";
    DossierFormatException e = failure(deep);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).containsIgnoringCase("depth");
    });
  }

  @Test
  void read_stringTooLong_failsWithLimitExceeded() {
    DossierReader small = DossierReader.newBuilder().maxStringLength(100).build();
    String json = "{\"format\": \"" + "x".repeat(200) + "\"}";
    DossierFormatException e = catchThrowableOfType(DossierFormatException.class, () -> small.read(json));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(p.message()).containsIgnoringCase("string");
    });
  }

  @Test
  void read_entityNamesLongerThanTheLimit_areLocatedProblemsWithoutEchoingTheName() {
    String ok = Samples.read(Samples.file("valid-small.json"));
    String limit = "x".repeat(DossierReader.MAX_ENTITY_NAME_LENGTH);
    assertThat(READER.read(ok.replace("Shenzhen Assembly Co.", limit)).facilities().get(0).name()).isEqualTo(limit);
    String json = ok.replace("Small Imports LLC", "P".repeat(100_000))
        .replace("\"Shenzhen Assembly Co.\"", "\"" + "A".repeat(1001) + "\", \"aliases\": [\"ok\", \""
            + "B".repeat(5000) + "\"]");
    List<Problem> problems = failure(json).problems();
    assertThat(problems).extracting(Problem::path, Problem::codeName, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/partner/name", "LIMIT_EXCEEDED", 4),
            org.assertj.core.groups.Tuple.tuple("/facilities/0/name", "LIMIT_EXCEEDED", 9),
            org.assertj.core.groups.Tuple.tuple("/facilities/0/aliases/1", "LIMIT_EXCEEDED", 9));
    assertThat(problems.get(0).message()).isEqualTo("name of 100,000 characters; at most 1,000 are accepted");
    assertThat(problems.get(0).column()).isEqualTo(13);
    assertThat(problems.get(2).column()).isGreaterThan(1000);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("PPP", "AAA", "BBB"));
  }

  @Test
  void read_numberTooLong_failsWithLimitExceeded() {
    String json = "{\"format\": \"ctpat4j-dossier/1\", \"x\": " + "9".repeat(200) + "}";
    assertThat(failure(json).problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED));
  }

  /** Found by fuzzing: measuring the over-long number read the text again and met the bad byte behind it. */
  @Test
  void read_numberTooLongBeforeInvalidUtf8_failsWithALocatedProblem() {
    byte[] head = ("{\"asOf\": " + "9".repeat(2000)).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = ' ';
    bytes[head.length + 1] = (byte) 0xFF;
    DossierFormatException e = catchThrowableOfType(
        DossierFormatException.class, () -> READER.read(new ByteArrayInputStream(bytes), "bad.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      // either problem is true of this document: the number is too long, and byte 2,011 is not UTF-8
      assertThat(p.code()).as(p.toString()).isIn(ProblemCode.LIMIT_EXCEEDED, ProblemCode.MALFORMED);
      assertThat(p.line()).isEqualTo(1);
    });
  }

  @Test
  void read_documentTooLarge_failsBeforeParsing() {
    DossierReader small = DossierReader.newBuilder().maxDocumentBytes(64).build();
    byte[] big = ("{\"format\": \"ctpat4j-dossier/1\", \"pad\": \"" + "x".repeat(100) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    DossierFormatException e =
        catchThrowableOfType(
            DossierFormatException.class, () -> small.read(new ByteArrayInputStream(big), "big.json"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("64 bytes");
    });
    assertThat(e.source()).isEqualTo("big.json");
  }

  @Test
  void read_tooManyProblems_stopsAtTheLimit() {
    StringBuilder json = new StringBuilder("{\"format\": \"ctpat4j-dossier/1\", \"partner\": {\"name\": \"P\", "
        + "\"country\": \"US\", \"entityType\": \"US_IMPORTER\"}, \"facilities\": [");
    for (int i = 0; i < 50; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"f\", \"name\": \"n\", \"country\": \"ZZ\"}");
    }
    json.append("]}");
    DossierReader capped = DossierReader.newBuilder().maxProblems(10).build();
    List<Problem> problems =
        catchThrowableOfType(DossierFormatException.class, () -> capped.read(json.toString())).problems();
    assertThat(problems).hasSize(11);
    assertThat(problems.get(10).code()).isEqualTo(ProblemCode.TOO_MANY_PROBLEMS);
  }

  @Test
  void builder_limitBelowMinimum_isRejected() {
    assertThatThrownBy(() -> DossierReader.newBuilder().maxNestingDepth(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> DossierReader.newBuilder().maxDocumentBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_hostileValues_areQuotedNotInterpreted() {
    String json =
        "{\"format\": \"ctpat4j-dossier/1\", \"partner\": {\"name\": \"P\", \"country\": \"${1+1}\\n[FORGED]\", "
            + "\"entityType\": \"US_IMPORTER\"}}";
    DossierFormatException e = failure(json);
    assertThat(e.problems().get(0).message()).contains("\"${1+1}\\u000a[FORGED]\"");
    assertThat(e.getMessage().lines()).hasSize(2);
  }
}
