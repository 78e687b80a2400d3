package org.ctpat4j.evidence.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.internal.json.DeterministicJson;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.MappingCoverage;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.data.ListCoverage;
import org.ctpat4j.risk.data.ReferenceDataNote;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * Writes the {@code ctpat4j-report/1} JSON form of a report as it goes, through the module's one JSON writer
 * ({@link DeterministicJson}). The fields are written in the contract's order, whatever the Jackson configuration;
 * {@link org.ctpat4j.evidence.internal.json.ReportJsonReader} reads them back.
 */
public final class JsonRenderer {

  private JsonRenderer() {}

  /**
   * Writes a report.
   *
   * @param r the report
   * @return pretty JSON ending with a newline
   */
  public static String render(ComplianceReport r) {
    StringWriter out = new StringWriter();
    render(r, out);
    return out.toString();
  }

  /**
   * Writes a report to a character stream as it goes, without building it in memory; the stream is flushed, not
   * closed.
   *
   * @param r the report
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void render(ComplianceReport r, Writer out) {
    try (JsonGenerator g = DeterministicJson.generator(out)) {
      write(r, g);
      DeterministicJson.end(g, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  /**
   * Writes a report to a byte stream as UTF-8 as it goes, without building it in memory; the stream is flushed, not
   * closed.
   *
   * @param r the report
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void render(ComplianceReport r, OutputStream out) {
    try (JsonGenerator g = DeterministicJson.generator(out)) {
      write(r, g);
      DeterministicJson.end(g, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  // the names of the fields written once per finding, signal or reason, escaped once for all reports
  private static final SerializableString REQUIREMENT = new SerializedString("requirement");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString SUBJECT = new SerializedString("subject");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString FIX = new SerializedString("fix");
  private static final SerializableString PATH = new SerializedString("path");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString LEVEL = new SerializedString("level");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString ADMISSIBILITY = new SerializedString("admissibility");
  private static final SerializableString ANSWER = new SerializedString("answer");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString RESOLVE = new SerializedString("resolve");
  private static final SerializableString FACILITY = new SerializedString("facility");

  /**
   * Writes the document in the contract's key order; the caller adds the final line break. The fields of findings,
   * signals and reasons whose values repeat (rules, their sources and advice, enum names) are written through
   * {@link RepeatedStrings}, byte for byte as the plain calls would.
   */
  private static void write(ComplianceReport r, JsonGenerator g) throws IOException {
    RepeatedStrings repeated = new RepeatedStrings();
    g.writeStartObject();
    g.writeStringField("format", ComplianceReport.FORMAT);
    g.writeStringField("asOf", r.asOf().toString());
    g.writeObjectFieldStart("partner");
    g.writeStringField("name", r.partnerName());
    g.writeEndObject();
    g.writeStringField("locale", r.locale().toLanguageTag());
    g.writeStringField("verdict", r.verdict().name());
    g.writeStringField("admissibility", r.admissibility().name());
    g.writeObjectFieldStart("counts");
    long[] counts = new long[Severity.values().length];
    for (Finding f : r.findings()) {
      counts[f.severity().ordinal()]++;
    }
    g.writeNumberField("errors", counts[Severity.ERROR.ordinal()]);
    g.writeNumberField("warnings", counts[Severity.WARNING.ordinal()]);
    g.writeNumberField("infos", counts[Severity.INFO.ordinal()]);
    g.writeEndObject();
    g.writeArrayFieldStart("requirements");
    for (RequirementResult q : r.requirements()) {
      g.writeStartObject();
      g.writeStringField("id", q.requirement().name());
      g.writeStringField("status", q.status().name());
      g.writeStringField("source", q.source());
      g.writeStringField("sourceUrl", q.sourceUrl());
      g.writeStringField("title", q.title());
      g.writeStringField("inForceFrom", q.inForceFrom() == null ? null : q.inForceFrom().toString());
      g.writeStringField("reason", q.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      repeated.writeField(g, REQUIREMENT, f.requirement().name());
      repeated.writeField(g, SEVERITY, f.severity().name());
      repeated.writeField(g, CODE, f.code().name());
      field(g, SUBJECT, f.subject());
      field(g, MESSAGE, f.message());
      repeated.writeField(g, FIX, f.fix());
      field(g, PATH, f.path());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("risk");
    g.writeArrayFieldStart("facilities");
    for (FacilityRisk f : r.risk().facilities()) {
      g.writeStartObject();
      g.writeStringField("id", f.facility());
      g.writeStringField("name", r.facilityNames().getOrDefault(f.facility(), f.facility()));
      g.writeStringField("level", f.level().name());
      g.writeNumberField("score", f.score());
      g.writeArrayFieldStart("signals");
      for (RiskSignal s : f.signals()) {
        g.writeStartObject();
        repeated.writeField(g, RULE, s.rule());
        repeated.writeField(g, LEVEL, s.level().name());
        g.writeFieldName(SCORE);
        g.writeNumber(s.score());
        field(g, REASON, s.reason());
        repeated.writeField(g, SOURCE, s.source());
        if (s.effect() != AdmissibilityEffect.NONE) {
          g.writeFieldName(ADMISSIBILITY);
          g.writeStartObject();
          repeated.writeField(g, ANSWER, s.effect().admissibility().name());
          repeated.writeField(g, KIND, s.effect().kind().name());
          repeated.writeField(g, RESOLVE, s.effect().resolve());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("products");
    for (ProductExposure p : r.risk().products()) {
      g.writeStartObject();
      g.writeStringField("id", p.product());
      g.writeStringField("name", r.productNames().getOrDefault(p.product(), p.product()));
      g.writeStringField("level", p.level().name());
      g.writeNumberField("score", p.score());
      g.writeArrayFieldStart("paths");
      for (List<String> path : p.paths()) {
        g.writeStartArray();
        for (String id : path) {
          g.writeString(id);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeStringField("admissibility", p.admissibility().name());
      g.writeArrayFieldStart("reasons");
      for (AdmissibilityReason a : p.reasons()) {
        g.writeStartObject();
        repeated.writeField(g, ADMISSIBILITY, a.admissibility().name());
        repeated.writeField(g, KIND, a.kind().name());
        field(g, FACILITY, a.facility());
        g.writeFieldName(PATH);
        g.writeStartArray();
        for (String id : a.path()) {
          g.writeString(id);
        }
        g.writeEndArray();
        repeated.writeField(g, RULE, a.rule());
        field(g, MESSAGE, a.message());
        repeated.writeField(g, SOURCE, a.source());
        repeated.writeField(g, RESOLVE, a.resolve());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("reasonsOmitted", p.reasonsOmitted());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("tiers");
    // sorted as an array: a red-black tree of a million entries, built only to be walked, costs more
    @SuppressWarnings("unchecked")
    Map.Entry<String, Integer>[] tiers = r.risk().tiers().entrySet().toArray(new Map.Entry[0]);
    Arrays.sort(tiers, Map.Entry.comparingByKey());
    for (Map.Entry<String, Integer> e : tiers) {
      g.writeFieldName(e.getKey());
      if (e.getValue() == null) {
        g.writeNull();
      } else {
        g.writeNumber(e.getValue());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
    MappingCoverage m = r.risk().mapping();
    g.writeObjectFieldStart("mapping");
    g.writeNumberField("coverage", r.mappingCoverage());
    g.writeNumberField("products", m.products());
    g.writeNumberField("productsMapped", m.productsMapped());
    g.writeNumberField("highRiskMaterials", m.highRiskMaterials());
    g.writeNumberField("highRiskMaterialsMapped", m.highRiskMaterialsMapped());
    g.writeNumberField("highRiskMaterialCoverage", m.highRiskMaterialShare());
    g.writeArrayFieldStart("unmappedHighRiskMaterials");
    for (String id : m.unmappedHighRiskMaterials()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("silentGaps");
    for (String id : m.silentGaps()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("referenceDataNotes");
    for (ReferenceDataNote n : r.risk().referenceDataNotes()) {
      g.writeStartObject();
      g.writeStringField("list", n.list().name());
      g.writeStringField("message", n.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("referenceData");
    for (ReferenceDataVersion v : r.referenceData()) {
      g.writeStartObject();
      g.writeStringField("name", v.name());
      g.writeStringField("version", v.version());
      g.writeBooleanField("complete", v.complete());
      g.writeBooleanField("partial", !v.complete());
      g.writeStringField("publisher", v.publisher());
      g.writeStringField("source", v.source());
      g.writeStringField("note", v.note());
      r.risk().coverageOf(v).ifPresent(c -> writeCoverage(g, c));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("names");
    writeNames(g, "facilities", r.facilityNames());
    writeNames(g, "products", r.productNames());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Writes a field whose name is escaped once for all reports and whose value is written the ordinary way. */
  private static void field(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  /** The structured coverage of one list, after the fields of its version (the names are a contract). */
  private static void writeCoverage(JsonGenerator g, ListCoverage c) {
    try {
      g.writeStringField("list", c.list().name());
      g.writeStringField("edition", c.edition());
      g.writeNumberField("rows", c.rows());
      g.writeFieldName("officialSize");
      if (c.officialSize().isPresent()) {
        g.writeNumber(c.officialSize().getAsInt());
      } else {
        g.writeNull();
      }
      g.writeFieldName("newestEntry");
      if (c.newestEntry().isPresent()) {
        g.writeString(c.newestEntry().get().toString());
      } else {
        g.writeNull();
      }
      g.writeStringField("sha256", c.sha256());
      g.writeStringField("coverage", c.coverage());
      g.writeStringField("missing", c.missing());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeNames(JsonGenerator g, String field, Map<String, String> names) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, String> e : names.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
