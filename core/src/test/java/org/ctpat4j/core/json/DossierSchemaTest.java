package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DossierSchemaTest {

  static List<Path> validSamples() {
    return Samples.valid();
  }

  static List<Path> bundledSamples() {
    return Samples.bundled();
  }

  static List<Path> brokenSamples() {
    return Samples.broken();
  }

  static List<Path> semanticSamples() {
    return Samples.semantic();
  }

  @ParameterizedTest
  @MethodSource("validSamples")
  void schema_acceptsTheValidSamples(Path file) {
    assertThat(SchemaSupport.errors(Samples.read(file))).isEmpty();
    assertThat(DossierReader.strict().read(file)).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("bundledSamples")
  void schema_acceptsTheProjectsBundledSampleDossiers(Path file) {
    assertThat(SchemaSupport.errors(Samples.read(file))).as(file.toString()).isEmpty();
    assertThat(DossierReader.strict().read(file)).isNotNull();
  }

  @Test
  void bundledSamples_areTheFiveOfTheSamplesModule() {
    assertThat(Samples.bundled()).extracting(f -> f.getParent().getFileName().toString())
        .containsExactly("apparel-importer", "compliant-importer", "food-importer", "home-textiles-importer",
            "solar-importer");
  }

  @ParameterizedTest
  @MethodSource("brokenSamples")
  void schema_rejectsTheBrokenSamples(Path file) {
    String json = Samples.read(file);
    if (file.getFileName().toString().equals("malformed.json")) {
      // not JSON at all: no schema validator can accept it
      assertThat(parses(json)).isFalse();
    } else {
      assertThat(SchemaSupport.errors(json)).as(file.toString()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("semanticSamples")
  void semanticSamples_passTheSchemaButNotTheReader(Path file) {
    // unique ids, references, check digits, region prefixes, calendar dates and asOf are beyond JSON Schema: this
    // test documents the boundary, the reader test proves each is rejected
    assertThat(SchemaSupport.errors(Samples.read(file))).as(file.toString()).isEmpty();
    assertThat(Samples.semantic()).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void samples_exist() {
    assertThat(Samples.valid()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(Samples.broken()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void schema_explicitNullsForOptionalValues_accepted() {
    String json =
        "{\"format\": \"ctpat4j-dossier/1\", \"asOf\": null, \"partner\": {\"name\": \"P\", \"country\": \"US\","
            + " \"entityType\": \"US_IMPORTER\", \"memberships\": null}, \"facilities\": [{\"id\": \"f1\", \"name\":"
            + " \"A\", \"country\": \"CN\", \"region\": null, \"identifiers\": null}], \"evidence\": null}";
    assertThat(SchemaSupport.errors(json)).isEmpty();
    assertThat(DossierReader.strict().read(json).facilities()).hasSize(1);
  }

  @Test
  void schema_enumerations_matchTheJavaEnums() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(DossierSchema.text()).get("$defs");
    Map<String, Class<? extends Enum<?>>> enums =
        Map.of(
            "program", Program.class,
            "entityType", BusinessEntityType.class,
            "indicator", ForcedLaborIndicator.class,
            "severity", AuditFindingSeverity.class,
            "findingStatus", AuditFindingStatus.class,
            "audience", TrainingAudience.class,
            "topic", TrainingTopic.class,
            "riskSource", RiskSource.class,
            "actionStatus", RemediationActionStatus.class,
            "engagementKind", EngagementKind.class);
    for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
      List<String> inSchema = new ArrayList<>();
      defs.get(e.getKey()).get("enum").forEach(n -> inSchema.add(n.asText()));
      List<String> inJava =
          Arrays.stream(e.getValue().getEnumConstants()).map(Enum::name).toList();
      assertThat(inSchema).as(e.getKey()).isEqualTo(inJava);
    }
  }

  @Test
  void schema_everyObjectClosed() throws Exception {
    JsonNode root = new ObjectMapper().readTree(DossierSchema.text());
    List<String> open = new ArrayList<>();
    if (!root.path("additionalProperties").isBoolean() || root.get("additionalProperties").asBoolean()) {
      open.add("root");
    }
    root.get("$defs").fields().forEachRemaining(e -> {
      JsonNode def = e.getValue();
      if ("object".equals(def.path("type").asText())
          && (!def.path("additionalProperties").isBoolean() || def.get("additionalProperties").asBoolean())) {
        open.add(e.getKey());
      }
    });
    assertThat(open).isEmpty();
    assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(root.get("$id").asText()).isEqualTo(DossierSchema.ID);
  }

  @Test
  void schema_isAResourceAtTheJarRoot() throws Exception {
    try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(DossierSchema.RESOURCE)) {
      // readable by name from outside the module: the root of a jar is not a package, so it is not encapsulated
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(DossierSchema.text());
    }
    try (InputStream in = DossierSchema.open()) {
      assertThat(in.read()).isEqualTo('{');
    }
  }

  private static boolean parses(String json) {
    try {
      new ObjectMapper().readTree(json);
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
