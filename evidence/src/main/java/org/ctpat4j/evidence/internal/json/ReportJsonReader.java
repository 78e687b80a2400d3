package org.ctpat4j.evidence.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.MappingCoverage;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ListCoverage;
import org.ctpat4j.risk.data.ReferenceDataNote;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * Reads the {@code ctpat4j-report/1} JSON form back into a {@link ComplianceReport}: the one parser of report JSON,
 * behind {@link org.ctpat4j.evidence.report.ReportReader}. The text is read strictly ({@link DeterministicJson#read(String)}):
 * a duplicate key or content after the document is an error. Fields it does not know are ignored.
 */
public final class ReportJsonReader {

  private ReportJsonReader() {}

  /**
   * Reads a report from text.
   *
   * @param json the text
   * @return the report
   */
  public static ComplianceReport read(String json) {
    try {
      return read(DeterministicJson.read(json));
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
      return read(DeterministicJson.read(in));
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
    JsonNode mn = object(root, "mapping", "");
    double coverage = mn.path("coverage").asDouble(Double.NaN);
    MappingCoverage mapping;
    if (mn.has("products")) {
      List<String> unmappedHigh = new ArrayList<>();
      array(mn, "unmappedHighRiskMaterials", "mapping.").forEach(x -> unmappedHigh.add(x.asText()));
      List<String> gaps = new ArrayList<>();
      array(mn, "silentGaps", "mapping.").forEach(x -> gaps.add(x.asText()));
      mapping = new MappingCoverage(mn.path("products").asInt(), mn.path("productsMapped").asInt(),
          mn.path("highRiskMaterials").asInt(), mn.path("highRiskMaterialsMapped").asInt(), unmappedHigh, gaps);
    } else {
      mapping = MappingCoverage.ofShare(Double.isNaN(coverage) ? 1.0 : coverage, products.size());
    }
    List<ReferenceDataNote> notes = new ArrayList<>();
    JsonNode na = root.path("referenceDataNotes");
    for (int i = 0; i < na.size(); i++) {
      String p = "referenceDataNotes[" + i + "].";
      notes.add(new ReferenceDataNote(enumValue(ReferenceList.class, na.get(i), "list", p),
          text(na.get(i), "message", p)));
    }
    List<ReferenceDataVersion> refs = new ArrayList<>();
    List<ListCoverage> listCoverage = new ArrayList<>();
    JsonNode ra = array(root, "referenceData", "");
    for (int i = 0; i < ra.size(); i++) {
      JsonNode n = ra.get(i);
      String p = "referenceData[" + i + "].";
      if (!n.path("complete").isBoolean()) {
        throw new CtpatException(p + "complete: expected true or false");
      }
      ReferenceDataVersion v =
          new ReferenceDataVersion(
              text(n, "name", p),
              text(n, "version", p),
              n.path("complete").asBoolean(),
              optText(n, "publisher"),
              optText(n, "source"),
              optText(n, "note"));
      refs.add(v);
      readCoverage(n, p, v).ifPresent(listCoverage::add);
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
          new RiskResult(asOf, facilities, products, tiers, coverage, refs, mapping, notes, listCoverage),
          facilityNames,
          productNames);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CtpatException("inconsistent report: " + e.getMessage(), e);
    }
  }

  /** Reads the coverage fields of one {@code referenceData} entry back, when the report records them. */
  private static Optional<ListCoverage> readCoverage(JsonNode n, String p, ReferenceDataVersion v) {
    if (!n.has("list")) {
      return Optional.empty();
    }
    JsonNode rows = n.get("rows");
    if (rows == null || !rows.canConvertToInt() || !rows.isIntegralNumber() || rows.asInt() < 0) {
      throw new CtpatException(p + "rows: expected a whole number of 0 or more");
    }
    JsonNode size = n.get("officialSize");
    OptionalInt officialSize;
    if (size == null || size.isNull()) {
      officialSize = OptionalInt.empty();
    } else if (size.isIntegralNumber() && size.canConvertToInt() && size.asInt() >= 0) {
      officialSize = OptionalInt.of(size.asInt());
    } else {
      throw new CtpatException(p + "officialSize: expected a whole number of 0 or more, or null");
    }
    JsonNode newest = n.get("newestEntry");
    Optional<LocalDate> newestEntry =
        newest == null || newest.isNull() ? Optional.empty() : Optional.of(date(n, "newestEntry", p));
    return Optional.of(new ListCoverage(enumValue(ReferenceList.class, n, "list", p), v, rows.asInt(),
        officialSize, newestEntry, text(n, "sha256", p)));
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
