package org.ctpat4j.evidence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.ctpat4j.core.CtpatException;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.ReportFixtures;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    Iterator<String> it = n.fieldNames();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void json_usesContractFieldNames() throws Exception {
    ComplianceReport r = ReportFixtures.withGaps(Locale.ENGLISH);
    JsonNode root = MAPPER.readTree(ReportRenderer.json().render(r));
    assertThat(keys(root)).containsSubsequence("format", "asOf", "verdict", "requirements", "findings", "risk", "mapping", "referenceData");
    assertThat(root.get("format").asText()).isEqualTo("ctpat4j-report/1");
    assertThat(root.get("verdict").asText()).isEqualTo("NOT_COMPLIANT");
    assertThat(keys(root.get("requirements").get(0))).contains("id", "status", "source");
    JsonNode finding = root.get("findings").get(0);
    assertThat(keys(finding)).containsSubsequence("requirement", "severity", "code", "subject", "message").contains("fix", "path");
    JsonNode facility = root.get("risk").get("facilities").get(0);
    assertThat(keys(facility)).contains("id", "level", "score", "signals");
    assertThat(keys(facility.get("signals").get(0))).contains("rule", "level", "reason", "source");
    assertThat(keys(root.get("risk").get("products").get(0))).contains("id", "level", "paths");
    assertThat(root.get("risk").get("products").get(0).get("paths").get(0).get(0).asText()).isEqualTo("f2");
    assertThat(root.get("mapping").get("coverage").asDouble()).isEqualTo(1.0);
    JsonNode ref = root.get("referenceData").get(0);
    assertThat(keys(ref)).contains("name", "version", "complete", "partial");
    assertThat(ref.get("complete").asBoolean()).isFalse();
    assertThat(ref.get("partial").asBoolean()).isTrue();
  }

  @Test
  void json_isStableAndRoundTrips() {
    ComplianceReport r = ReportFixtures.withGaps(Locale.ENGLISH);
    String a = ReportRenderer.json().render(r);
    assertThat(ReportRenderer.json().render(ReportFixtures.withGaps(Locale.ENGLISH))).isEqualTo(a);
    assertThat(a).doesNotContain("\r").contains("\n  \"format\": \"ctpat4j-report/1\"");
    assertThat(ReportReader.read(a)).isEqualTo(r);
  }

  @Test
  void json_streamedToBytesOrCharacters_isTheSameTextAsTheString() {
    ComplianceReport r = ReportFixtures.withGaps(Locale.ENGLISH);
    String text = ReportRenderer.json().render(r);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportRenderer.json().render(r, bytes);
    StringWriter chars = new StringWriter();
    ReportRenderer.json().render(r, chars);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(chars.toString()).isEqualTo(text);
    ByteArrayOutputStream markdown = new ByteArrayOutputStream();
    ReportRenderer.markdown().render(r, markdown);
    assertThat(markdown.toString(StandardCharsets.UTF_8)).isEqualTo(ReportRenderer.markdown().render(r));
  }

  @Test
  void json_streamedToBytes_writesCharactersOutsideTheBmpAndControlsAsTheStringDoes() {
    ComplianceReport r =
        ReportFixtures.withRiskyFacilityNamed("Emoji \uD83D\uDE00 \uD840\uDC0B Works \u0007 \u00e9");
    String text = ReportRenderer.json().render(r);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportRenderer.json().render(r, bytes);

    assertThat(text).contains("Emoji \uD83D\uDE00 \uD840\uDC0B Works \\u0007 \u00e9");
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void json_isWhatTheSamePrettyPrinterMakesOfItsTree() throws Exception {
    ComplianceReport r = ReportFixtures.withGaps(Locale.ENGLISH);
    String text = ReportRenderer.json().render(r);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    assertThat(MAPPER.writer(printer).writeValueAsString(MAPPER.readTree(text)) + "\n").isEqualTo(text);
  }

  @Test
  void reader_badReport_isRejectedNamingWhatIsWrong() {
    String json = ReportRenderer.json().render(ReportFixtures.withGaps(Locale.ENGLISH));
    java.util.Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put(json.replace("ctpat4j-report/1", "other/1"), "format: expected ctpat4j-report/1 but was other/1");
    bad.put(json.replace("\"NOT_COMPLIANT\"", "\"COMPLIANT\""), "inconsistent report: verdict COMPLIANT");
    bad.put(json.replaceFirst("\n  \"asOf\"", "\n  \"verdict\": \"COMPLIANT\",\n  \"asOf\""), "Duplicate field 'verdict'");
    bad.put(json + "{}", "not a JSON document: Trailing token");
    bad.forEach((text, message) -> assertThatThrownBy(() -> ReportReader.read(text))
        .as(message).isInstanceOf(CtpatException.class).hasMessageContaining(message));
  }

  @Test
  void reader_stream_isReadWholeAndLeftOpen() {
    ComplianceReport r = ReportFixtures.withGaps(Locale.ENGLISH);
    boolean[] closed = {false};
    java.io.InputStream in =
        new java.io.ByteArrayInputStream(ReportRenderer.json().render(r).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(ReportReader.read(in)).isEqualTo(r);
    assertThat(closed[0]).as("closed").isFalse();
  }

  @Test
  void html_ordersVerdictRequirementsFindingsProducts() {
    String html = ReportRenderer.html().render(ReportFixtures.withGaps(Locale.ENGLISH));
    int verdict = html.indexOf("NOT COMPLIANT");
    int toc = html.indexOf("<nav class=\"toc\"");
    int actions = html.indexOf("id=\"actions\"");
    int picture = html.indexOf("<svg ");
    int requirements = html.indexOf("id=\"requirements\"");
    int findings = html.indexOf("id=\"findings\"");
    int mappingGroup = html.indexOf("id=\"findings-RISK_BASED_MAPPING\"");
    int eoiGroup = html.indexOf("id=\"findings-EVIDENCE_OF_IMPLEMENTATION\"");
    int products = html.indexOf("id=\"products\"");
    assertThat(verdict).isPositive();
    assertThat(List.of(verdict, toc, actions, picture, requirements, findings, mappingGroup, eoiGroup, products))
        .isSorted();
    assertThat(html.substring(products))
        .contains("<a href=\"#row-facility-f2\">Sunrise Polysilicon Ltd. (f2)</a> \u2192 <a href=\"#node-facility-f3\">Delta Cells JSC (f3)</a>");
    assertThat(html).contains("<span class=\"lvl lvl-HIGH\">HIGH</span>");
    assertThat(html).contains("class=\"caveat\"").contains("UFLPA Entity List");
  }

  @Test
  void html_isSelfContainedAndEscapesDossierText() {
    ReportFixtures.Case c = ReportFixtures.scriptNameInXinjiang();
    for (String html :
        List.of(ReportRenderer.html().render(ReportFixtures.withScriptName()),
            ReportRenderer.html(c.dossier()).render(c.report()))) {
      assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=").doesNotContain("@import")
          .doesNotContain("url(").doesNotContain("<foreignObject");
      assertThat(html.replace("href=\"#", "")).as("every link is a fragment of the page").doesNotContain("href=");
      assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      // the picture is inline SVG whose texts are escaped too
      String svg = html.substring(html.indexOf("<svg "), html.indexOf("</svg>"));
      assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
      // every fragment link points at an element of the page
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
      while (m.find()) {
        assertThat(html).as("target of #" + m.group(1)).contains("id=\"" + m.group(1) + "\"");
      }
    }
    String html = ReportRenderer.html(c.dossier()).render(c.report());
    assertThat(html).contains("UFLPA PRESUMED").contains("class=\"node facility level-HIGH on-path presumed\"");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("@media print");
  }

  @Test
  void markdown_escapesTableBreakingText() {
    String md = ReportRenderer.markdown().render(ReportFixtures.withScriptName());
    assertThat(md).contains("\\<script\\>alert(1)\\</script\\> \\| Evil");
    assertThat(md).doesNotContain("<script>");
    for (String line : md.split("\n")) {
      if (line.startsWith("| ") && line.contains("Evil")) {
        long pipes = line.replace("\\|", "").chars().filter(c -> c == '|').count();
        assertThat(pipes).as(line).isEqualTo(line.contains("Solar") ? 5 : 4);
      }
    }
  }

  @Test
  void markdown_showsVerdictCaveatAndGroupsFindings() {
    String md = ReportRenderer.markdown().render(ReportFixtures.withGaps(Locale.ENGLISH));
    assertThat(md).contains("**Program (CTPAT requirements): NOT COMPLIANT**");
    assertThat(md).contains("**Goods at the border (UFLPA presumption, Withhold Release Orders): CLEAR");
    assertThat(md).contains("> **Caveat:** The reference list UFLPA Entity List (2025-01-15) is partial");
    assertThat(md.indexOf("## Requirements")).isLessThan(md.indexOf("## Findings"));
    assertThat(md.indexOf("## Findings")).isLessThan(md.indexOf("## Risky products"));
    assertThat(md).contains("`HIGH_RISK_FACILITY_NOT_AUDITED`");
  }

  @Test
  void html_spanish_firstScreenAndPictureInSpanish() {
    String html = ReportRenderer.html().render(ReportFixtures.withGaps(Locale.forLanguageTag("es")));
    assertThat(html).contains("<html lang=\"es\">").contains("Programa (requisitos CTPAT)").contains("<p class=\"a\">NO CUMPLE</p>")
        .contains("¿Cabría esperar que CBP retuviera hoy algún producto?").contains("Qué hacer primero")
        .contains(">Cadena de suministro<").contains("riesgo ALTO").contains(">Productos<");
    assertThat(html.indexOf("Programa (requisitos CTPAT)")).isLessThan(html.indexOf("id=\"admissibility\""));
    assertThat(html.indexOf("id=\"admissibility\"")).isLessThan(html.indexOf("Qué hacer primero"));
  }

  @Test
  void markdown_spanish_labelsInSpanish() {
    String md = ReportRenderer.markdown().render(ReportFixtures.withGaps(Locale.forLanguageTag("es")));
    assertThat(md).contains("**Programa (requisitos CTPAT): NO CUMPLE**").contains("## Requisitos").contains("Cómo corregirlo");
  }

  @Test
  void markdown_sampleOfGaps_isWrittenUnderTarget() throws Exception {
    java.nio.file.Path out = java.nio.file.Path.of("target", "sample-report.md");
    java.nio.file.Files.createDirectories(out.getParent());
    java.nio.file.Files.writeString(out, ReportRenderer.markdown().render(ReportFixtures.withGaps(Locale.ENGLISH)));
    java.nio.file.Files.writeString(
        out.resolveSibling("sample-report.html"), ReportRenderer.html().render(ReportFixtures.withGaps(Locale.ENGLISH)));
    assertThat(java.nio.file.Files.readString(out)).startsWith("# CTPAT forced-labor compliance report: ");
  }
}
