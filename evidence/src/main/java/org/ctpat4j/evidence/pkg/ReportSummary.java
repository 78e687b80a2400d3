package org.ctpat4j.evidence.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the index needs from a {@code ctpat4j-report/1} compliance report, read with Jackson's tree model. */
final class ReportSummary {

  static final String FORMAT = "ctpat4j-report/1";

  record Requirement(String id, String status, String source) {}

  record Finding(String requirement, String severity, String code, String subject, String message) {}

  private final LocalDate asOf;
  private final String verdict;
  private final List<Requirement> requirements;
  private final List<Finding> findings;
  private final Optional<Double> coverage;

  private ReportSummary(
      LocalDate asOf, String verdict, List<Requirement> requirements, List<Finding> findings, Optional<Double> coverage) {
    this.asOf = asOf;
    this.verdict = verdict;
    this.requirements = requirements;
    this.findings = findings;
    this.coverage = coverage;
  }

  static ReportSummary parse(String json) {
    String what = "report JSON";
    JsonNode root = Json.read(json, what);
    if (!root.isObject()) {
      throw new PackageException(what + " is not a JSON object");
    }
    String format = Json.text(root, "format", what);
    if (!FORMAT.equals(format)) {
      throw new PackageException(what + ": format must be '" + FORMAT + "', not '" + format + "'");
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(Json.text(root, "asOf", what));
    } catch (DateTimeParseException e) {
      throw new PackageException(what + ": asOf is not an ISO date: " + e.getParsedString(), e);
    }
    String verdict = Json.text(root, "verdict", what);
    List<Requirement> requirements = new ArrayList<>();
    JsonNode reqs = root.get("requirements");
    if (reqs == null || !reqs.isArray()) {
      throw new PackageException(what + ": field 'requirements' must be an array");
    }
    for (int i = 0; i < reqs.size(); i++) {
      JsonNode r = reqs.get(i);
      String at = what + " requirements[" + i + "]";
      requirements.add(new Requirement(Json.text(r, "id", at), Json.text(r, "status", at), optText(r, "source")));
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode fs = root.path("findings");
    if (!fs.isMissingNode() && !fs.isArray()) {
      throw new PackageException(what + ": field 'findings' must be an array");
    }
    for (int i = 0; i < fs.size(); i++) {
      JsonNode f = fs.get(i);
      String at = what + " findings[" + i + "]";
      findings.add(new Finding(optText(f, "requirement"), Json.text(f, "severity", at), Json.text(f, "code", at),
          optText(f, "subject"), optText(f, "message")));
    }
    JsonNode cov = root.path("mapping").path("coverage");
    return new ReportSummary(asOf, verdict, List.copyOf(requirements), List.copyOf(findings),
        cov.isNumber() ? Optional.of(cov.doubleValue()) : Optional.empty());
  }

  private static String optText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  LocalDate asOf() {
    return asOf;
  }

  String verdict() {
    return verdict;
  }

  List<Requirement> requirements() {
    return requirements;
  }

  List<Finding> findings() {
    return findings;
  }

  Optional<Double> coverage() {
    return coverage;
  }
}
