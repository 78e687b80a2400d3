package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.junit.jupiter.api.Test;

class ManifestTest {

  private static final String H = "a".repeat(64);

  private static Manifest sample() {
    return new Manifest(Manifest.FORMAT, LocalDate.of(2026, 11, 1), List.of("p2", "p1"), H,
        List.of(new ReferenceDataVersion("WRO", "2025", true, "CBP", "bundled", ""),
            new ReferenceDataVersion("UFLPA", "2025", false, "DHS", "bundled", "partial")),
        List.of(new ManifestEntry("z.json", 3, H), new ManifestEntry("a/b.pdf", 0, "b".repeat(64))),
        List.of(new PackageProblem(PackageProblem.Kind.DOCUMENT_HASH_MISMATCH, "document:d2", "gone"),
            new PackageProblem(PackageProblem.Kind.FACILITY_REDACTED, "facility:f1", "masked")));
  }

  @Test
  void constructor_sortsEverything() {
    Manifest m = sample();
    assertThat(m.products()).containsExactly("p1", "p2");
    assertThat(m.files()).extracting(ManifestEntry::path).containsExactly("a/b.pdf", "z.json");
    assertThat(m.referenceData()).extracting(ReferenceDataVersion::name).containsExactly("UFLPA", "WRO");
    assertThat(m.problems()).extracting(PackageProblem::kind)
        .containsExactly(PackageProblem.Kind.FACILITY_REDACTED, PackageProblem.Kind.DOCUMENT_HASH_MISMATCH);
    assertThat(m.unredacted()).isFalse();
  }

  @Test
  void toJson_parse_roundTripsAndIsCanonical() {
    byte[] json = sample().toJson();
    assertThat(Manifest.parse(json)).isEqualTo(sample());
    String text = new String(json, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"asOf\": \"2026-11-01\",").endsWith("}\n").doesNotContain("\r")
        .contains("\"unredacted\": false").contains("\"manifestSha256\": \"");
  }

  @Test
  void toJson_isTheFormatOneBytes() {
    // format ctpat4j-package/1 as first released: signatures and checks of existing packages depend on these bytes
    Manifest bare = new Manifest(Manifest.FORMAT, LocalDate.of(2026, 11, 1), List.of("p1"), H, List.of(),
        List.of(new ManifestEntry("report.json", 2, H)), List.of());
    assertThat(new String(bare.toJson(), StandardCharsets.UTF_8)).isEqualTo("""
        {
          "asOf": "2026-11-01",
          "dossierSha256": "%1$s",
          "files": [
            {
              "path": "report.json",
              "sha256": "%1$s",
              "size": 2
            }
          ],
          "format": "ctpat4j-package/1",
          "manifestSha256": "c4d74317b4186f7b57e8c50ebb60e190e0166ef573fc6e3947934aa71c5f4756",
          "problems": [ ],
          "products": [
            "p1"
          ],
          "referenceData": [ ],
          "unredacted": true
        }
        """.formatted(H));
    assertThat(new String(sample().toJson(), StandardCharsets.UTF_8))
        .contains("\"manifestSha256\": \"3989bf97a9dd81b18f8f2118801ec0e4be2e4934a3c8b6573a92f835c436e4b8\"");
  }

  @Test
  void parse_whitespaceOrFieldChanged_isRejected() {
    String text = new String(sample().toJson(), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Manifest.parse(text.replace("\n  \"asOf\"", "\n \"asOf\"").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PackageException.class).hasMessageContaining("canonical");
    assertThatThrownBy(() -> Manifest.parse(text.replace("\"size\": 3", "\"size\": 4").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PackageException.class).hasMessageContaining("manifestSha256");
    assertThatThrownBy(() -> Manifest.parse(text.replace("\"asOf\"", "\"asof\"").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PackageException.class).hasMessageContaining("unknown field 'asof'");
    assertThatThrownBy(() -> Manifest.parse("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PackageException.class).hasMessageContaining("not a JSON object");
  }

  @Test
  void constructor_badInput_isRejected() {
    assertThatThrownBy(() -> new ManifestEntry("../x", 1, H)).isInstanceOf(PackageException.class)
        .hasMessageContaining("unsafe");
    assertThatThrownBy(() -> new ManifestEntry("/abs", 1, H)).isInstanceOf(PackageException.class);
    assertThatThrownBy(() -> new ManifestEntry("a//b", 1, H)).isInstanceOf(PackageException.class);
    assertThatThrownBy(() -> new ManifestEntry("a", 1, "ABC")).isInstanceOf(PackageException.class);
    assertThatThrownBy(() -> new Manifest(Manifest.FORMAT, LocalDate.EPOCH, List.of("p"), H, List.of(),
        List.of(new ManifestEntry("a", 1, H), new ManifestEntry("a", 2, H)), List.of()))
        .isInstanceOf(PackageException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> new Manifest(Manifest.FORMAT, LocalDate.EPOCH, List.of("p"), H, List.of(),
        List.of(new ManifestEntry("manifest.json", 1, H)), List.of()))
        .isInstanceOf(PackageException.class).hasMessageContaining("itself");
    assertThatThrownBy(() -> new Manifest("other/1", LocalDate.EPOCH, List.of("p"), H, List.of(), List.of(),
        List.of())).isInstanceOf(PackageException.class).hasMessageContaining("format");
  }
}
