package org.ctpat4j.samples.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ctpat4j.samples.cli.Ctpat4jCommand;
import org.ctpat4j.samples.cli.ExitCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code ctpat4j assess DOSSIER --format json} in-process on every bundled dossier and compares the report with
 * the dossier's {@code expected.json}: exit code and verdict, product risk levels, high-risk facilities, mapping
 * coverage, every requirement's status and every finding (requirement, severity, code, subject) exactly, in report
 * order. The expectations were reviewed against the domain (see each dossier's README); a change in the checker that
 * changes a report must change them too, deliberately.
 */
class SampleReportsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> EXPECTED = new java.util.concurrent.ConcurrentHashMap<>();

  static Stream<String> dossiers() {
    return SampleData.dossiers();
  }

  /** One in-process run, exit code and report. */
  private record Run(int code, JsonNode report) {}

  private static final Map<String, Run> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Run assess(String name) {
    return RUNS.computeIfAbsent(name, n -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Ctpat4jCommand.execute(
          new String[] {"assess", SampleData.file(n).toString(), "--format", "json"},
          new PrintWriter(out), new PrintWriter(err), false);
      assertThat(err.toString()).as("stderr of assess %s", n).isEmpty();
      try {
        return new Run(code, JSON.readTree(out.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static JsonNode expected(String name) {
    return EXPECTED.computeIfAbsent(name, n -> {
      try {
        return JSON.readTree(SampleData.folder(n).resolve("expected.json").toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void assess_verdictAndExitCode_matchExpected(String name) {
    Run run = assess(name);
    JsonNode expected = expected(name);

    assertThat(run.report().path("format").asText()).isEqualTo("ctpat4j-report/1");
    assertThat(run.report().path("asOf").asText()).isEqualTo(expected.path("asOf").asText());
    assertThat(run.report().path("verdict").asText()).isEqualTo(expected.path("verdict").asText());
    assertThat(run.report().path("admissibility").asText()).isEqualTo(expected.path("admissibility").asText());
    boolean detained = Set.of("PRESUMED_FORCED_LABOR", "WRO_DETAINED").contains(expected.path("admissibility").asText());
    assertThat(run.code())
        .isEqualTo(expected.path("verdict").asText().equals("COMPLIANT") && !detained
            ? ExitCodes.OK : ExitCodes.NOT_COMPLIANT);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void assess_productAdmissibility_matchesExpected(String name) {
    JsonNode report = assess(name).report();
    Map<String, String> actual = new TreeMap<>();
    Map<String, List<String>> reasons = new TreeMap<>();
    report.path("risk").path("products").forEach(p -> {
      actual.put(p.path("id").asText(), p.path("admissibility").asText());
      List<String> r = new ArrayList<>();
      p.path("reasons").forEach(x -> r.add(x.path("kind").asText() + " " + x.path("facility").asText()));
      reasons.put(p.path("id").asText(), r);
    });
    Map<String, String> expected = new TreeMap<>();
    expected(name).path("productAdmissibility").fields()
        .forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
    assertThat(actual).as("admissibility of the products of %s", name).isEqualTo(expected);
    Map<String, List<String>> expectedReasons = new TreeMap<>();
    expected(name).path("admissibilityReasons").fields().forEachRemaining(e -> {
      List<String> r = new ArrayList<>();
      e.getValue().forEach(x -> r.add(x.asText()));
      expectedReasons.put(e.getKey(), r);
    });
    reasons.values().removeIf(List::isEmpty);
    assertThat(reasons).as("admissibility reasons (kind facility) of %s", name).isEqualTo(expectedReasons);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void assess_productRiskAndHighRiskFacilities_matchExpected(String name) {
    JsonNode report = assess(name).report();
    JsonNode expected = expected(name);

    Map<String, String> products = new TreeMap<>();
    report.path("risk").path("products").forEach(p -> products.put(p.path("id").asText(), p.path("level").asText()));
    Map<String, String> expectedProducts = new TreeMap<>();
    expected.path("productRisk").fields().forEachRemaining(e -> expectedProducts.put(e.getKey(), e.getValue().asText()));
    assertThat(products).as("product risk of %s", name).isEqualTo(expectedProducts);

    TreeSet<String> high = new TreeSet<>();
    report.path("risk").path("facilities").forEach(f -> {
      if (f.path("level").asText().equals("HIGH")) {
        high.add(f.path("id").asText());
      }
    });
    TreeSet<String> expectedHigh = new TreeSet<>();
    expected.path("highRiskFacilities").forEach(f -> expectedHigh.add(f.asText()));
    assertThat(high).as("HIGH facilities of %s", name).isEqualTo(expectedHigh);
    assertThat(report.path("mapping").path("coverage").asDouble())
        .isEqualTo(expected.path("mappingCoverage").asDouble());
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void assess_listedEntitiesAndXinjiangFacilities_carryTheirUflpaSignal(String name) {
    JsonNode report = assess(name).report();
    JsonNode expected = expected(name);
    Map<String, List<String>> rules = new TreeMap<>();
    report.path("risk").path("facilities").forEach(f -> {
      List<String> r = new ArrayList<>();
      f.path("signals").forEach(s -> r.add(s.path("rule").asText()));
      rules.put(f.path("id").asText(), r);
    });

    expected.path("listedEntities").fieldNames().forEachRemaining(id ->
        assertThat(rules.getOrDefault(id, List.of())).as("signals of listed entity %s", id)
            .contains("uflpa-entity-list"));
    expected.path("uflpaFacilities").forEach(id ->
        assertThat(rules.getOrDefault(id.asText(), List.of())).as("signals of %s", id.asText())
            .containsAnyOf("uflpa-entity-list", "uflpa-region"));
    rules.forEach((id, r) -> {
      if (r.contains("uflpa-entity-list")) {
        assertThat(expected.path("listedEntities").has(id)).as("%s flagged as listed", id).isTrue();
      }
    });
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void assess_requirementStatuses_matchExpected(String name) {
    Map<String, String> statuses = new TreeMap<>();
    assess(name).report().path("requirements").forEach(r -> statuses.put(r.path("id").asText(), r.path("status").asText()));
    Map<String, String> expected = new TreeMap<>();
    expected(name).path("requirements").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));

    assertThat(statuses).as("requirement statuses of %s", name).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void assess_findings_matchExpectedExactlyInReportOrder(String name) {
    List<String> findings = new ArrayList<>();
    assess(name).report().path("findings").forEach(f -> findings.add(key(f)));
    List<String> expected = new ArrayList<>();
    expected(name).path("findings").forEach(f -> expected.add(key(f)));

    assertThat(findings).as("findings of %s (requirement severity code subject)", name).isEqualTo(expected);
  }

  private static String key(JsonNode finding) {
    return finding.path("requirement").asText() + " " + finding.path("severity").asText() + " "
        + finding.path("code").asText() + " " + finding.path("subject").asText();
  }
}
