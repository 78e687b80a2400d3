package org.ctpat4j.evidence.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /** Writes the document in the contract's key order; the caller adds the final line break. */
  private static void write(ComplianceReport r, JsonGenerator g) throws IOException {
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
      g.writeStringField("requirement", f.requirement().name());
      g.writeStringField("severity", f.severity().name());
      g.writeStringField("code", f.code().name());
      g.writeStringField("subject", f.subject());
      g.writeStringField("message", f.message());
      g.writeStringField("fix", f.fix());
      g.writeStringField("path", f.path());
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
        g.writeStringField("rule", s.rule());
        g.writeStringField("level", s.level().name());
        g.writeNumberField("score", s.score());
        g.writeStringField("reason", s.reason());
        g.writeStringField("source", s.source());
        if (s.effect() != AdmissibilityEffect.NONE) {
          g.writeObjectFieldStart("admissibility");
          g.writeStringField("answer", s.effect().admissibility().name());
          g.writeStringField("kind", s.effect().kind().name());
          g.writeStringField("resolve", s.effect().resolve());
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
        g.writeStringField("admissibility", a.admissibility().name());
        g.writeStringField("kind", a.kind().name());
        g.writeStringField("facility", a.facility());
        g.writeArrayFieldStart("path");
        for (String id : a.path()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeStringField("rule", a.rule());
        g.writeStringField("message", a.message());
        g.writeStringField("source", a.source());
        g.writeStringField("resolve", a.resolve());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("reasonsOmitted", p.reasonsOmitted());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("tiers");
    for (Map.Entry<String, Integer> e : new TreeMap<>(r.risk().tiers()).entrySet()) {
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
