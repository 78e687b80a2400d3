package org.ctpat4j.evidence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ctpat4j.core.CtpatException;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.RequirementStatus;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.Admissibility;
import org.ctpat4j.risk.AdmissibilityEffect;
import org.ctpat4j.risk.AdmissibilityKind;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.ReferenceDataVersion;
import org.ctpat4j.risk.RiskLevel;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.RiskSignal;

/**
 * Writes and reads the {@code ctpat4j-report/1} JSON form. The tree is built by hand so that the key order is the
 * contract's, whatever the Jackson configuration; output is pretty-printed with two-space indentation and {@code \n}.
 */
public final class JsonReports {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    WRITER = MAPPER.writer(printer);
  }

  private JsonReports() {}

  /**
   * Writes a report.
   *
   * @param r the report
   * @return pretty JSON ending with a newline
   */
  public static String write(ComplianceReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", ComplianceReport.FORMAT);
    root.put("asOf", r.asOf().toString());
    root.putObject("partner").put("name", r.partnerName());
    root.put("locale", r.locale().toLanguageTag());
    root.put("verdict", r.verdict().name());
    root.put("admissibility", r.admissibility().name());
    ObjectNode counts = root.putObject("counts");
    counts.put("errors", r.count(Severity.ERROR));
    counts.put("warnings", r.count(Severity.WARNING));
    counts.put("infos", r.count(Severity.INFO));
    ArrayNode reqs = root.putArray("requirements");
    for (RequirementResult q : r.requirements()) {
      ObjectNode n = reqs.addObject();
      n.put("id", q.requirement().name());
      n.put("status", q.status().name());
      n.put("source", q.source());
      n.put("sourceUrl", q.sourceUrl());
      n.put("title", q.title());
      if (q.inForceFrom() != null) {
        n.put("inForceFrom", q.inForceFrom().toString());
      } else {
        n.putNull("inForceFrom");
      }
      n.put("reason", q.reason());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode n = findings.addObject();
      n.put("requirement", f.requirement().name());
      n.put("severity", f.severity().name());
      n.put("code", f.code().name());
      n.put("subject", f.subject());
      n.put("message", f.message());
      n.put("fix", f.fix());
      n.put("path", f.path());
    }
    ObjectNode risk = root.putObject("risk");
    ArrayNode facilities = risk.putArray("facilities");
    for (FacilityRisk f : r.risk().facilities()) {
      ObjectNode n = facilities.addObject();
      n.put("id", f.facility());
      n.put("name", r.facilityNames().getOrDefault(f.facility(), f.facility()));
      n.put("level", f.level().name());
      n.put("score", f.score());
      ArrayNode signals = n.putArray("signals");
      for (RiskSignal s : f.signals()) {
        ObjectNode sn = signals.addObject();
        sn.put("rule", s.rule());
        sn.put("level", s.level().name());
        sn.put("score", s.score());
        sn.put("reason", s.reason());
        sn.put("source", s.source());
        if (s.effect() != AdmissibilityEffect.NONE) {
          ObjectNode en = sn.putObject("admissibility");
          en.put("answer", s.effect().admissibility().name());
          en.put("kind", s.effect().kind().name());
          en.put("resolve", s.effect().resolve());
        }
      }
    }
    ArrayNode products = risk.putArray("products");
    for (ProductExposure p : r.risk().products()) {
      ObjectNode n = products.addObject();
      n.put("id", p.product());
      n.put("name", r.productNames().getOrDefault(p.product(), p.product()));
      n.put("level", p.level().name());
      n.put("score", p.score());
      ArrayNode paths = n.putArray("paths");
      for (List<String> path : p.paths()) {
        ArrayNode pn = paths.addArray();
        path.forEach(pn::add);
      }
      n.put("admissibility", p.admissibility().name());
      ArrayNode reasons = n.putArray("reasons");
      for (AdmissibilityReason a : p.reasons()) {
        ObjectNode an = reasons.addObject();
        an.put("admissibility", a.admissibility().name());
        an.put("kind", a.kind().name());
        an.put("facility", a.facility());
        ArrayNode ap = an.putArray("path");
        a.path().forEach(ap::add);
        an.put("rule", a.rule());
        an.put("message", a.message());
        an.put("source", a.source());
        an.put("resolve", a.resolve());
      }
      n.put("reasonsOmitted", p.reasonsOmitted());
    }
    ObjectNode tiers = risk.putObject("tiers");
    new TreeMap<>(r.risk().tiers()).forEach(tiers::put);
    root.putObject("mapping").put("coverage", r.mappingCoverage());
    ArrayNode refs = root.putArray("referenceData");
    for (ReferenceDataVersion v : r.referenceData()) {
      ObjectNode n = refs.addObject();
      n.put("name", v.name());
      n.put("version", v.version());
      n.put("complete", v.complete());
      n.put("partial", !v.complete());
      n.put("publisher", v.publisher());
      n.put("source", v.source());
      n.put("note", v.note());
    }
    ObjectNode names = root.putObject("names");
    ObjectNode fn = names.putObject("facilities");
    r.facilityNames().forEach(fn::put);
    ObjectNode pn = names.putObject("products");
    r.productNames().forEach(pn::put);
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * Reads a report from text.
   *
   * @param json the text
   * @return the report
   */
  public static ComplianceReport read(String json) {
    try {
      return read(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new CtpatException("not a JSON document: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a report from a stream.
   *
   * @param in the stream
   * @return the report
   */
  public static ComplianceReport read(InputStream in) {
    try {
      return read(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new CtpatException("cannot read the report: " + e.getMessage(), e);
    }
  }

  private static ComplianceReport read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new CtpatException("a report must be a JSON object");
    }
    String format = text(root, "format", "");
    if (!ComplianceReport.FORMAT.equals(format)) {
      throw new CtpatException("format: expected " + ComplianceReport.FORMAT + " but was " + format);
    }
    LocalDate asOf = date(root, "asOf", "");
    List<RequirementResult> reqs = new ArrayList<>();
    JsonNode rq = array(root, "requirements", "");
    for (int i = 0; i < rq.size(); i++) {
      JsonNode n = rq.get(i);
      String p = "requirements[" + i + "].";
      reqs.add(
          new RequirementResult(
              enumValue(Requirement.class, n, "id", p),
              enumValue(RequirementStatus.class, n, "status", p),
              optText(n, "title"),
              text(n, "source", p),
              optText(n, "sourceUrl"),
              n.hasNonNull("inForceFrom") ? date(n, "inForceFrom", p) : null,
              optText(n, "reason")));
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode fs = array(root, "findings", "");
    for (int i = 0; i < fs.size(); i++) {
      JsonNode n = fs.get(i);
      String p = "findings[" + i + "].";
      findings.add(
          new Finding(
              enumValue(Requirement.class, n, "requirement", p),
              enumValue(Severity.class, n, "severity", p),
              enumValue(FindingCode.class, n, "code", p),
              text(n, "subject", p),
              text(n, "message", p),
              optText(n, "fix"),
              optText(n, "path")));
    }
    JsonNode risk = object(root, "risk", "");
    List<FacilityRisk> facilities = new ArrayList<>();
    JsonNode fa = array(risk, "facilities", "risk.");
    for (int i = 0; i < fa.size(); i++) {
      JsonNode n = fa.get(i);
      String p = "risk.facilities[" + i + "].";
      List<RiskSignal> signals = new ArrayList<>();
      JsonNode sa = array(n, "signals", p);
      for (int j = 0; j < sa.size(); j++) {
        JsonNode s = sa.get(j);
        String sp = p + "signals[" + j + "].";
        AdmissibilityEffect effect = AdmissibilityEffect.NONE;
        JsonNode en = s.get("admissibility");
        if (en != null && en.isObject()) {
          String ep = sp + "admissibility.";
          effect = new AdmissibilityEffect(enumValue(Admissibility.class, en, "answer", ep),
              enumValue(AdmissibilityKind.class, en, "kind", ep), optText(en, "resolve"));
        }
        signals.add(
            new RiskSignal(
                text(s, "rule", sp),
                enumValue(RiskLevel.class, s, "level", sp),
                s.path("score").asDouble(0.0),
                text(s, "reason", sp),
                text(s, "source", sp),
                effect));
      }
      facilities.add(
          new FacilityRisk(
              text(n, "id", p), enumValue(RiskLevel.class, n, "level", p), n.path("score").asDouble(0.0), signals));
    }
    List<ProductExposure> products = new ArrayList<>();
    JsonNode pa = array(risk, "products", "risk.");
    for (int i = 0; i < pa.size(); i++) {
      JsonNode n = pa.get(i);
      String p = "risk.products[" + i + "].";
      List<List<String>> paths = new ArrayList<>();
      for (JsonNode path : array(n, "paths", p)) {
        List<String> ids = new ArrayList<>();
        path.forEach(x -> ids.add(x.asText()));
        paths.add(ids);
      }
      List<AdmissibilityReason> reasons = new ArrayList<>();
      JsonNode rn = n.path("reasons");
      for (int j = 0; j < rn.size(); j++) {
        JsonNode a = rn.get(j);
        String ap = p + "reasons[" + j + "].";
        List<String> path = new ArrayList<>();
        array(a, "path", ap).forEach(x -> path.add(x.asText()));
        reasons.add(new AdmissibilityReason(enumValue(Admissibility.class, a, "admissibility", ap),
            enumValue(AdmissibilityKind.class, a, "kind", ap), text(a, "facility", ap), path, text(a, "rule", ap),
            text(a, "message", ap), optText(a, "source"), optText(a, "resolve")));
      }
      Admissibility admissibility =
          n.has("admissibility") ? enumValue(Admissibility.class, n, "admissibility", p) : Admissibility.CLEAR;
      products.add(
          new ProductExposure(
              text(n, "id", p), enumValue(RiskLevel.class, n, "level", p), n.path("score").asDouble(0.0), paths,
              admissibility, reasons, n.path("reasonsOmitted").asInt(0)));
    }
    Map<String, Integer> tiers = new TreeMap<>();
    risk.path("tiers").properties().forEach(e -> tiers.put(e.getKey(), e.getValue().asInt()));
    double coverage = object(root, "mapping", "").path("coverage").asDouble(Double.NaN);
    List<ReferenceDataVersion> refs = new ArrayList<>();
    JsonNode ra = array(root, "referenceData", "");
    for (int i = 0; i < ra.size(); i++) {
      JsonNode n = ra.get(i);
      String p = "referenceData[" + i + "].";
      if (!n.path("complete").isBoolean()) {
        throw new CtpatException(p + "complete: expected true or false");
      }
      refs.add(
          new ReferenceDataVersion(
              text(n, "name", p),
              text(n, "version", p),
              n.path("complete").asBoolean(),
              optText(n, "publisher"),
              optText(n, "source"),
              optText(n, "note")));
    }
    Map<String, String> facilityNames = new TreeMap<>();
    root.path("names").path("facilities").properties()
        .forEach(e -> facilityNames.put(e.getKey(), e.getValue().asText()));
    Map<String, String> productNames = new TreeMap<>();
    root.path("names").path("products").properties()
        .forEach(e -> productNames.put(e.getKey(), e.getValue().asText()));
    try {
      return new ComplianceReport(
          asOf,
          root.path("partner").path("name").asText(""),
          Locale.forLanguageTag(root.path("locale").asText("en")),
          enumValue(Verdict.class, root, "verdict", ""),
          reqs,
          findings,
          new RiskResult(asOf, facilities, products, tiers, coverage, refs),
          facilityNames,
          productNames);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CtpatException("inconsistent report: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field, String prefix) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new CtpatException(prefix + field + ": expected a string");
    }
    return v.asText();
  }

  private static String optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static JsonNode array(JsonNode n, String field, String prefix) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw new CtpatException(prefix + field + ": expected an array");
    }
    return v;
  }

  private static JsonNode object(JsonNode n, String field, String prefix) {
    JsonNode v = n.get(field);
    if (v == null || !v.isObject()) {
      throw new CtpatException(prefix + field + ": expected an object");
    }
    return v;
  }

  private static LocalDate date(JsonNode n, String field, String prefix) {
    String s = text(n, field, prefix);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new CtpatException(prefix + field + ": expected a date YYYY-MM-DD but was " + s, e);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String field, String prefix) {
    String s = text(n, field, prefix);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new CtpatException(prefix + field + ": unknown value " + s, e);
    }
  }
}
