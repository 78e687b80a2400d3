package org.ctpat4j.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierWriter;

/**
 * One run of {@code ctpat4j assess --format json} on a dossier written to a file, and what its JSON report says: the
 * exit code, the findings as "CODE SEVERITY", requirement statuses, product admissibility and facility risk.
 *
 * @param code the exit code
 * @param report the JSON report (an empty object when nothing was printed)
 * @param out what was printed on standard output
 * @param err what was printed on standard error
 */
record Assessed(int code, JsonNode report, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the dossier into {@code dir} and assesses it in process with the given options. */
  static Assessed assess(Path dir, Dossier dossier, String... options) {
    Path file = dir.resolve("dossier-" + System.nanoTime() + ".json");
    DossierWriter.standard().write(dossier, file);
    List<String> args = new ArrayList<>(List.of("assess", file.toString(), "--format", "json"));
    args.addAll(Arrays.asList(options));
    Run run = Run.run(args.toArray(String[]::new));
    try {
      JsonNode report = run.out().isBlank() ? JSON.createObjectNode() : JSON.readTree(run.out());
      return new Assessed(run.code(), report, run.out(), run.err());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> findings(Predicate<JsonNode> which, String field) {
    List<String> out = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (which.test(f)) {
        out.add(field == null ? f.path("code").asText() + " " + f.path("severity").asText() : f.path(field).asText());
      }
    });
    return out;
  }

  /** Every finding as "CODE SEVERITY", in report order. */
  List<String> codes() {
    return findings(f -> true, null);
  }

  /** The findings about one subject as "CODE SEVERITY"; every finding when the subject is null. */
  List<String> codes(String subject) {
    return findings(f -> subject == null || f.path("subject").asText().equals(subject), null);
  }

  /** The fixes of the findings about one subject. */
  List<String> fixes(String subject) {
    return findings(f -> f.path("subject").asText().equals(subject), "fix");
  }

  /** The first finding with a code; fails when there is none. */
  JsonNode finding(String code) {
    for (JsonNode f : report.path("findings")) {
      if (f.path("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + code + " in " + codes());
  }

  /** The status of a requirement; fails when the report does not list it. */
  String status(String requirement) {
    for (JsonNode r : report.path("requirements")) {
      if (r.path("requirement").asText().equals(requirement) || r.path("id").asText().equals(requirement)) {
        return r.path("status").asText();
      }
    }
    throw new AssertionError("no requirement " + requirement);
  }

  String verdict() {
    return report.path("verdict").asText();
  }

  /** The admissibility of a product; fails when the report does not list it. */
  String admissibility(String product) {
    for (JsonNode p : report.path("risk").path("products")) {
      if (p.path("id").asText().equals(product)) {
        return p.path("admissibility").asText();
      }
    }
    throw new AssertionError("no product " + product);
  }

  private JsonNode facility(String id) {
    for (JsonNode f : report.path("risk").path("facilities")) {
      if (f.path("id").asText().equals(id)) {
        return f;
      }
    }
    return null;
  }

  /** The risk level of a facility, or "NONE" when the report lists no signal for it. */
  String levelOf(String facility) {
    JsonNode f = facility(facility);
    return f == null ? "NONE" : f.path("level").asText();
  }

  /** The rules that raised a signal on a facility. */
  List<String> rulesOf(String facility) {
    List<String> rules = new ArrayList<>();
    JsonNode f = facility(facility);
    if (f != null) {
      f.path("signals").forEach(s -> rules.add(s.path("rule").asText()));
    }
    return rules;
  }
}
