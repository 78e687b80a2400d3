package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that takes a {@code DOSSIER} accepts a directory that holds {@code dossier.json} (as every bundled
 * sample is laid out), reads that file and resolves its documents beside it; a directory without one is refused with
 * its name.
 */
class DossierDirectoryTest {

  private static final Path SOLAR_DIR = Path.of("dossiers/solar-importer");
  private static final Path SOLAR = SOLAR_DIR.resolve("dossier.json");

  @TempDir Path temp;

  @Test
  void validate_directory_readsItsDossierJson() {
    Run byDir = run("validate", SOLAR_DIR.toString());
    Run byFile = run("validate", SOLAR.toString());

    assertThat(byDir.code()).as(byDir.err()).isZero();
    assertThat(byDir.out()).isEqualTo(byFile.out().replace(SOLAR.toString(), SOLAR_DIR.toString()));
  }

  @Test
  void validate_directoryWithInvalidDossierJson_namesTheFileLineAndColumn() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("broken"));
    Files.writeString(dir.resolve("dossier.json"), "{\n  \"format\": \"ctpat4j-dossier/1\",\n  \"partner\": 7\n}\n");

    Run run = run("validate", dir.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(dir.resolve("dossier.json") + ":3:");
  }

  @Test
  void assess_directory_givesTheSameReportAsTheFile() {
    Run byDir = run("assess", SOLAR_DIR.toString(), "--format", "json");
    Run byFile = run("assess", SOLAR.toString(), "--format", "json");

    assertThat(byDir.code()).as(byDir.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(byDir.out()).isNotEmpty().isEqualTo(byFile.out());
  }

  @Test
  void package_copiedSampleDirectory_findsTheDocumentsBesideItsDossier() throws IOException {
    Path copy = Trees.copy(SOLAR_DIR, temp.resolve("elsewhere/solar"));
    Path fromDir = temp.resolve("from-dir.zip");
    Path fromFile = temp.resolve("from-file.zip");

    Run byDir = run("package", copy.toString(), "--product", "p-bf430", "--out", fromDir.toString());
    Run byFile = run("package", SOLAR.toString(), "--product", "p-bf430", "--out", fromFile.toString());

    assertThat(byFile.code()).as(byFile.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(byDir.code()).as(byDir.err()).isEqualTo(byFile.code());
    assertThat(byDir.out()).doesNotContain("MISSING_DOCUMENT").contains("evidence package of p-bf430");
    assertThat(Files.readAllBytes(fromDir)).as("the same package, documents included").isEqualTo(
        Files.readAllBytes(fromFile));
  }

  @Test
  void graph_directory_drawsTheSamePicture() {
    Run byDir = run("graph", SOLAR_DIR.toString(), "--format", "dot");
    Run byFile = run("graph", SOLAR.toString(), "--format", "dot");

    assertThat(byDir.code()).as(byDir.err()).isEqualTo(byFile.code());
    assertThat(byDir.out()).startsWith("digraph").isEqualTo(byFile.out());
  }

  @Test
  void export_directory_writesTheTables() {
    Path out = temp.resolve("tables");

    Run run = run("export", SOLAR_DIR.toString(), "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("partner.csv")).isRegularFile();
  }

  @Test
  void everyDossierCommand_directoryWithoutDossierJson_isRefusedNamingIt() throws IOException {
    Path empty = Files.createDirectory(temp.resolve("no-dossier-here"));
    Files.writeString(empty.resolve("notes.txt"), "not a dossier", StandardCharsets.UTF_8);
    for (String[] args : new String[][] {
        {"validate", empty.toString()},
        {"assess", empty.toString()},
        {"graph", empty.toString()},
        {"export", empty.toString(), "--out", temp.resolve("x").toString()},
        {"package", empty.toString(), "--all-products", "--out", temp.resolve("p").toString()}}) {
      Run run = run(args);

      assertThat(run.code()).as(args[0] + ": " + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).as(args[0])
          .contains(empty + ": a directory without dossier.json")
          .doesNotContain("partner.csv: the partner table is missing")
          .doesNotContain("Exception");
      assertThat(temp.resolve("x")).doesNotExist();
      assertThat(temp.resolve("p")).doesNotExist();
    }
  }

  @Test
  void folderOfCsvFiles_isStillATabularDossier() {
    Run run = run("validate", SOLAR_DIR.resolve("tabular").toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(": valid ctpat4j-dossier/1: ");
  }
}
