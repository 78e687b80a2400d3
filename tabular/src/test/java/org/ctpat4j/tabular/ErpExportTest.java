package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A realistic ERP export: own headers, a byte order mark, ; separators, decimal commas, dd/MM/yyyy dates. */
class ErpExportTest {

  static final Path EXPORT = Path.of("src", "test", "resources", "erp-export");

  static TabularDossierReader reader(Path folder) {
    return TabularDossierReader.newBuilder().mapping(ColumnMapping.read(folder.resolve("mapping.json"))).build();
  }

  @Test
  void read_messyExport_reportsEveryMistakeWithFileRowAndColumn() {
    TabularFormatException e =
        catchThrowableOfType(TabularFormatException.class, () -> reader(EXPORT).read(EXPORT));
    String dir = EXPORT.toString() + java.io.File.separator;
    assertThat(e.cellProblems())
        .extracting(CellProblem::toString)
        .containsExactly(
            dir + "SUPPLIER_MASTER.csv: row 5: the row is blank; delete it, or set \"blankRows\": \"skip\" in the mapping",
            dir + "PURCHASE_LINKS.csv: row 4, column Vendor (from): no facility has the id \"V-9999\"",
            dir + "PURCHASE_LINKS.csv: row 5, column Share of Demand (share): \"n/a\" is not a number");
    assertThat(e.cellProblems())
        .extracting(CellProblem::row, CellProblem::code, CellProblem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, ProblemCode.BLANK_ROW, ""),
            org.assertj.core.groups.Tuple.tuple(4, ProblemCode.BROKEN_REFERENCE, "/links/2/from"),
            org.assertj.core.groups.Tuple.tuple(5, ProblemCode.WRONG_TYPE, "/links/3/share"));
    assertThat(e.getMessage()).startsWith("3 problems in " + EXPORT + ":\n  " + dir + "SUPPLIER_MASTER.csv: row 5:");
    assertThat(e.problems()).hasSize(3);
  }

  @Test
  void read_correctedExport_convertsHeadersDatesAndDecimalCommas(@TempDir Path dir) throws IOException {
    try (Stream<Path> files = Files.list(EXPORT)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    replace(dir.resolve("SUPPLIER_MASTER.csv"), ";;;;;;\r\n", "");
    replace(dir.resolve("PURCHASE_LINKS.csv"), "V-9999", "V-1002");
    replace(dir.resolve("PURCHASE_LINKS.csv"), "n/a", "1");
    Dossier d = reader(dir).read(dir);
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(d.partner().name()).isEqualTo("Nordwind Solar Handels GmbH & Co. KG US Branch");
    assertThat(d.partner().memberships()).hasSize(2);
    assertThat(d.partner().memberships().get(0).program()).isEqualTo(Program.SECURITY);
    assertThat(d.partner().memberships().get(0).since()).isEqualTo(LocalDate.of(2019, 3, 15));
    assertThat(d.partner().memberships().get(0).tier()).isEqualTo(2);
    assertThat(d.partner().memberships().get(1).tier()).isNull();
    assertThat(d.facilities()).extracting(f -> f.id()).containsExactly("V-1001", "V-1002", "V-1003", "V-1004");
    assertThat(d.facilities().get(0).aliases()).containsExactly("Xinjiang Great New Energy Co., Ltd.");
    assertThat(d.facilities().get(2).aliases()).containsExactly("Sunworks TH", "Ayutthaya Sunworks");
    assertThat(d.links()).extracting(l -> l.share()).containsExactly(0.65, 0.35, 1.0, 1.0);
    assertThat(d.materials().get(1).hsCode()).isEqualTo("3818.00");
    assertThat(d.products().get(0).producedBy()).isEqualTo("V-1003");
  }

  @Test
  void read_blankRowsSkippedByMapping_noProblemForTheBlankRow(@TempDir Path dir) throws IOException {
    try (Stream<Path> files = Files.list(EXPORT)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    replace(dir.resolve("mapping.json"), "\"separator\": \";\",", "\"separator\": \";\", \"blankRows\": \"skip\",");
    TabularFormatException e = catchThrowableOfType(TabularFormatException.class, () -> reader(dir).read(dir));
    assertThat(e.cellProblems()).extracting(CellProblem::code).containsExactly(ProblemCode.BROKEN_REFERENCE, ProblemCode.WRONG_TYPE);
  }

  static void replace(Path file, String from, String to) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.write(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
  }

  static List<String> lines(TabularFormatException e) {
    return e.cellProblems().stream().map(CellProblem::toString).toList();
  }
}
