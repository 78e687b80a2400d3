package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.CtpatException;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ListCoverage;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage of every reference list is structured in the JSON report's {@code referenceData} (edition, rows, the
 * official list's size where known, the newest entry, partial, what is missing), next to the fields it always had, and
 * reads back.
 */
class ReferenceCoverageReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ComplianceReport assessed() {
    Fixture f = Fixture.compliant();
    return ComplianceChecker.newBuilder().build().check(f.dossier(), f.anchor);
  }

  private static JsonNode entry(JsonNode root, ReferenceList list) {
    for (JsonNode n : root.get("referenceData")) {
      if (list.name().equals(n.path("list").asText())) {
        return n;
      }
    }
    throw new AssertionError("no referenceData entry for " + list);
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void json_referenceData_carriesStructuredCoveragePerList_afterTheContractFields() throws Exception {
    ComplianceReport r = assessed();
    JsonNode root = MAPPER.readTree(ReportRenderer.json().render(r));

    assertThat(root.get("referenceData")).hasSize(ReferenceList.values().length);
    JsonNode uflpa = entry(root, ReferenceList.UFLPA_ENTITY_LIST);
    assertThat(keys(uflpa)).containsExactly("name", "version", "complete", "partial", "publisher", "source", "note",
        "list", "edition", "rows", "officialSize", "newestEntry", "sha256", "coverage", "missing");
    assertThat(uflpa.get("partial").asBoolean()).isTrue();
    assertThat(uflpa.get("edition").asText())
        .isEqualTo("partial snapshot of 2026-12: 91 of the 187 entities listed after 2026-08-03");
    assertThat(uflpa.get("rows").asInt()).isEqualTo(91);
    assertThat(uflpa.get("officialSize").asInt()).isEqualTo(187);
    assertThat(uflpa.get("newestEntry").asText()).isEqualTo(ReferenceData.bundled().coverage()
        .get(ReferenceList.UFLPA_ENTITY_LIST.ordinal()).newestEntry().orElseThrow().toString());
    assertThat(uflpa.get("sha256").asText()).isEqualTo(ReferenceData.bundled().sha256(ReferenceList.UFLPA_ENTITY_LIST));
    assertThat(uflpa.get("coverage").asText()).isEqualTo("91 of 187 entries (49 %)");
    assertThat(uflpa.get("missing").asText()).startsWith("96 of the 187 entries of the official list are not in this"
        + " copy; an entity that matches nothing is not thereby shown to be unlisted");

    JsonNode ilab = entry(root, ReferenceList.ILAB_GOODS);
    assertThat(ilab.get("partial").asBoolean()).isFalse();
    assertThat(ilab.get("officialSize").isNull()).isTrue();
    assertThat(ilab.get("missing").asText()).isEqualTo("nothing for its edition");

    JsonNode tip = entry(root, ReferenceList.TIP_TIERS);
    assertThat(tip.get("partial").asBoolean()).isTrue();
    assertThat(tip.get("missing").asText()).startsWith("the size of the official list is not known; PARTIAL:");
    assertThat(tip.get("newestEntry").asText()).isEqualTo("2025-12-31");

    JsonNode mapping = entry(root, ReferenceList.ILAB_GOOD_MAPPING);
    assertThat(mapping.get("newestEntry").isNull()).isTrue();
  }

  @Test
  void json_coverage_roundTripsThroughTheReportReader() {
    ComplianceReport r = assessed();
    String json = ReportRenderer.json().render(r);
    ComplianceReport back = ReportReader.read(json);

    assertThat(back).isEqualTo(r);
    assertThat(back.referenceCoverage()).isEqualTo(r.referenceCoverage())
        .isEqualTo(ReferenceData.bundled().coverage());
    ListCoverage uflpa = back.referenceCoverage().get(0);
    assertThat(uflpa.partial()).isTrue();
    assertThat(uflpa.officialSize()).hasValue(187);
    assertThat(ReportRenderer.json().render(back)).isEqualTo(json);
  }

  @Test
  void json_aCompleteLoadedList_isNotPartial_andSaysNothingIsMissing(@TempDir Path dir) throws Exception {
    ReferenceData.bundled().writeSnapshot(dir);
    ReferenceData d = ReferenceData.newBuilder().uflpaEntityList(dir.resolve("uflpa_entity_list.csv"),
        new ReferenceDataVersion("UFLPA Entity List", "stated complete", true, "DHS", "test", "")).build();
    Fixture f = Fixture.compliant();
    ComplianceReport r = ComplianceChecker.newBuilder().riskAssessor(RiskEngine.newBuilder().referenceData(d).build())
        .build().check(f.dossier(), f.anchor);
    ListCoverage c = r.referenceCoverage().get(ReferenceList.UFLPA_ENTITY_LIST.ordinal());
    assertThat(c.partial()).isFalse();
    assertThat(c.officialSize()).isEmpty();
    assertThat(c.missing()).isEqualTo("nothing for its edition");
    assertThat(ReportReader.read(ReportRenderer.json().render(r)).referenceCoverage()).contains(c);
  }

  @Test
  void reader_olderReportWithoutCoverage_readsWithNone_andBadCoverageIsLocated() throws Exception {
    String json = ReportRenderer.json().render(assessed());
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    for (JsonNode n : (ArrayNode) root.get("referenceData")) {
      ((ObjectNode) n).remove(List.of("list", "edition", "rows", "officialSize", "newestEntry", "sha256", "coverage",
          "missing"));
    }
    ComplianceReport old = ReportReader.read(MAPPER.writeValueAsString(root));
    assertThat(old.referenceCoverage()).isEmpty();
    assertThat(old.referenceData()).hasSize(ReferenceList.values().length);

    ObjectNode bad = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) bad.get("referenceData").get(2)).put("rows", -1);
    assertThatThrownBy(() -> ReportReader.read(MAPPER.writeValueAsString(bad))).isInstanceOf(CtpatException.class)
        .hasMessage("referenceData[2].rows: expected a whole number of 0 or more");
    ObjectNode badDate = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) badDate.get("referenceData").get(0)).put("newestEntry", "2026-13-01");
    assertThatThrownBy(() -> ReportReader.read(MAPPER.writeValueAsString(badDate)))
        .isInstanceOf(CtpatException.class).hasMessageStartingWith("referenceData[0].newestEntry: expected a date");
    ObjectNode badList = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) badList.get("referenceData").get(0)).put("list", "OFAC_SDN");
    assertThatThrownBy(() -> ReportReader.read(MAPPER.writeValueAsString(badList)))
        .isInstanceOf(CtpatException.class).hasMessageStartingWith("referenceData[0].list: unknown value OFAC_SDN");
    assertThat(LocalDate.parse(root.get("asOf").asText())).isEqualTo(Fixture.AS_OF);
  }
}
