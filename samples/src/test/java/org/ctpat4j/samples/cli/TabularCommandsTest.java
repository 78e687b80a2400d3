package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.tabular.TabularDossierReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}, {@code export}, and {@code assess} on tables, run in-process. */
class TabularCommandsTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer");

  @TempDir Path temp;

  private static String json(Dossier d) {
    return DossierWriter.standard().write(d);
  }

  @Test
  void bundledTabularSolar_isTheSameDossierAsItsJson() {
    String expected = json(DossierReader.strict().read(SOLAR.resolve("dossier.json")));
    String why = "regenerate with: ctpat4j export dossier.json --out tabular (and --out solar-importer.xlsx)";
    assertThat(json(TabularDossierReader.standard().read(SOLAR.resolve("tabular")))).as(why).isEqualTo(expected);
    assertThat(json(TabularDossierReader.standard().read(SOLAR.resolve("solar-importer.xlsx"))))
        .as(why)
        .isEqualTo(expected);
  }

  @Test
  void exportThenImport_csvFolder_givesTheSameJson() throws IOException {
    Path folder = temp.resolve("tables");
    Path back = temp.resolve("back.json");

    Run export = run("export", SOLAR.resolve("dossier.json").toString(), "--out", folder.toString());
    Run imported = run("import", folder.toString(), "--out", back.toString());

    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("exported to " + folder + ": 15 facilities");
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(Files.readString(back, StandardCharsets.UTF_8))
        .isEqualTo(json(DossierReader.strict().read(SOLAR.resolve("dossier.json"))) + "\n");
  }

  @Test
  void export_intoANonEmptyFolder_isRefused() throws IOException {
    Files.writeString(temp.resolve("notes.txt"), "mine");

    Run run = run("export", SOLAR.resolve("dossier.json").toString(), "--out", temp.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(temp + ": directory is not empty");
  }

  @Test
  void exportWorkbook_thenAssessIt_judgesLikeTheJson() {
    Path book = temp.resolve("solar.xlsx");

    Run export = run("export", SOLAR.resolve("dossier.json").toString(), "--out", book.toString());
    Run fromBook = run("assess", book.toString(), "--format", "json");
    Run fromJson = run("assess", SOLAR.resolve("dossier.json").toString(), "--format", "json");

    assertThat(export.code()).as(export.err()).isZero();
    assertThat(fromBook.code()).isEqualTo(fromJson.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(fromBook.out()).isEqualTo(fromJson.out());
  }

  @Test
  void import_messyExportWithMapping_printsEveryProblemWithFileRowAndColumn() {
    Path export = Path.of("..", "tabular", "src", "test", "resources", "erp-export");

    Run run = run("import", export.toString(), "--mapping", export.resolve("mapping.json").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            export.resolve("SUPPLIER_MASTER.csv")
                + ": row 5: the row is blank; delete it, or set \"blankRows\": \"skip\" in the mapping",
            export.resolve("PURCHASE_LINKS.csv") + ": row 4, column Vendor (from): no facility has the id \"V-9999\"",
            export.resolve("PURCHASE_LINKS.csv")
                + ": row 5, column Share of Demand (share): \"n/a\" is not a number");
  }

  @Test
  void import_badMapping_isBadInputNamingTheMappingFile() throws IOException {
    Path mapping = temp.resolve("m.json");
    Files.writeString(mapping, "{\"decimalComa\": true}");

    Run run = run("import", SOLAR.resolve("tabular").toString(), "--mapping", mapping.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(mapping + ": at /decimalComa: unknown setting \"decimalComa\"");
  }

  @Test
  void import_jsonFile_isBadUsage() {
    Run run = run("import", SOLAR.resolve("dossier.json").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(SOLAR.resolve("dossier.json") + ": not a folder of CSV files or an .xlsx workbook");
  }
}
