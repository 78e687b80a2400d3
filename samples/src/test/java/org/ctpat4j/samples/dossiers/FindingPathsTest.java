package org.ctpat4j.samples.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finding's path is a JSON Pointer into the dossier, the notation of the reader's and the validator's problems: on
 * every bundled sample with findings about a place (the compliant importer has only notes about the lists), each
 * non-empty path resolves to a value of the dossier file itself.
 */
class FindingPathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"solar-importer", "apparel-importer", "food-importer", "home-textiles-importer"})
  void everyFindingPath_pointsIntoTheDossierFile(String sample) throws IOException {
    Path file = Path.of("dossiers", sample, "dossier.json");
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    ComplianceReport report = ComplianceChecker.newBuilder().build().check(DossierReader.strict().read(file));

    assertThat(report.findings()).filteredOn(f -> !f.path().isEmpty()).isNotEmpty().allSatisfy((Finding f) -> {
      assertThat(f.path()).as("%s %s", f.code(), f.subject()).startsWith("/");
      JsonNode at = json.at(parentIfAbsentField(json, f.path()));
      assertThat(at.isMissingNode()).as("%s %s at %s", f.code(), f.subject(), f.path()).isFalse();
    });
  }

  /** A finding may point at an optional field the dossier leaves out (a missing date): its object must exist. */
  private static String parentIfAbsentField(JsonNode json, String pointer) {
    if (!json.at(pointer).isMissingNode()) {
      return pointer;
    }
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }
}
