package org.ctpat4j.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.pkg.PackageProblem;
import org.ctpat4j.evidence.pkg.PackageResult;
import org.ctpat4j.evidence.pkg.PackageVerifier;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackageExampleTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json");

  @TempDir Path temp;

  @Test
  void write_solarModule_holdsTheReportAsRenderedAndVerifies() throws IOException {
    Path zip = temp.resolve("p-bf430.zip");

    PackageResult result = EvidencePackageExample.write(SOLAR, "p-bf430", zip);

    assertThat(result.manifest().products()).containsExactly("p-bf430");
    assertThat(result.problems()).extracting(PackageProblem::subject).containsExactly("input:f-frame-th/m-al");
    String expected = ReportRenderer.json().render(ComplianceChecker.newBuilder().build()
        .check(DossierReader.strict().read(SOLAR)));
    assertThat(entry(zip, "report.json")).isEqualTo(expected);
    assertThat(PackageVerifier.verify(zip).valid()).isTrue();
  }

  private static String entry(Path zip, String name) throws IOException {
    try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in " + zip);
  }
}
