package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.ProblemCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Workbooks as people fill them in: typed cells, date cells, extra sheets, mistakes located by sheet. */
class WorkbookTest {

  static byte[] workbook(Consumer<Workbook> sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    sheets.accept(wb);
    wb.finish();
    return out.toByteArray();
  }

  static void row(Worksheet ws, int r, Object... values) {
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (v instanceof String s) {
        ws.value(r, c, s);
      } else if (v instanceof Number n) {
        ws.value(r, c, n);
      } else if (v instanceof Boolean b) {
        ws.value(r, c, b);
      } else if (v instanceof LocalDate d) {
        ws.value(r, c, d);
        ws.style(r, c).format("dd.mm.yyyy").set();
      }
    }
  }

  static void partner(Workbook wb) {
    Worksheet p = wb.newWorksheet("partner");
    row(p, 0, "name", "country", "entityType", "asOf");
    row(p, 1, "Acme Imports Inc.", "US", "US_IMPORTER", LocalDate.of(2026, 11, 1));
  }

  @Test
  void read_typedCells_becomeTheDossiersValues() throws IOException {
    byte[] bytes =
        workbook(
            wb -> {
              partner(wb);
              Worksheet f = wb.newWorksheet("facilities");
              row(f, 0, "id", "name", "country", "redacted");
              row(f, 1, "f1", "Mill", "CN", true);
              row(f, 2, "f2", "Gin", "CN", false);
              Worksheet m = wb.newWorksheet("materials");
              row(m, 0, "id", "name", "hsCode");
              row(m, 1, "m1", "Cotton", new BigDecimal("5201.01"));
              Worksheet l = wb.newWorksheet("links");
              row(l, 0, "from", "to", "material", "share");
              row(l, 1, "f1", "f2", "m1", 0.25);
              Worksheet t = wb.newWorksheet("trainings");
              row(t, 0, "id", "audience", "date", "topics", "participants", "document");
              row(t, 1, "t1", "EMPLOYEES", LocalDate.of(2026, 3, 1), "UFLPA", 12, "d1");
              Worksheet d = wb.newWorksheet("documents");
              row(d, 0, "id", "title");
              row(d, 1, "d1", "Training record");
            });
    Dossier d = TabularDossierReader.standard().readWorkbook(new ByteArrayInputStream(bytes), "acme.xlsx");
    assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(d.facilities().get(0).redacted()).isTrue();
    assertThat(d.materials().get(0).hsCode()).isEqualTo("5201.01");
    assertThat(d.links().get(0).share()).isEqualTo(0.25);
    assertThat(d.evidence().trainings().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(d.evidence().trainings().get(0).participants()).isEqualTo(12);
  }

  @Test
  void read_mistakes_nameTheWorkbookSheetRowAndColumn() throws IOException {
    byte[] bytes =
        workbook(
            wb -> {
              partner(wb);
              Worksheet f = wb.newWorksheet("facilities");
              row(f, 0, "id", "name", "country");
              row(f, 1, "f1", "Mill", "CN");
              row(f, 2, "f2", "Gin", "CN");
              Worksheet m = wb.newWorksheet("materials");
              row(m, 0, "id", "name");
              for (int r = 1; r <= 16; r++) {
                row(m, r, "m" + r, "Cotton grade " + r);
              }
              Worksheet l = wb.newWorksheet("links");
              row(l, 0, "from", "to", "material", "share");
              for (int r = 1; r < 16; r++) {
                row(l, r, "f1", "f2", "m" + r, 0.05);
              }
              row(l, 16, "f1", "f2", "m16", "1,5");
              Worksheet a = wb.newWorksheet("audits");
              row(a, 0, "id", "facility", "date", "document");
              row(a, 1, "a1", "f1", 46000.5, "d1");
              Worksheet n = wb.newWorksheet("Notes");
              row(n, 0, "Exported from the ERP on Monday");
            });
    TabularFormatException e =
        catchThrowableOfType(
            TabularFormatException.class,
            () -> TabularDossierReader.standard().readWorkbook(new ByteArrayInputStream(bytes), "suppliers.xlsx"));
    assertThat(e.cellProblems())
        .extracting(CellProblem::toString)
        .containsExactly(
            "suppliers.xlsx: sheet Notes: no table is read from this sheet (sheets: partner, memberships, facilities,"
                + " materials, links, unmappedInputs, products, socialComplianceProgram, riskAssessment,"
                + " codeOfConduct, codeOfConductVersions, audits, auditFindings, trainings, supplierCommitments,"
                + " remediationPlan,"
                + " remediationCases, remediationActions, engagements, documents; or name it in the mapping's"
                + " \"ignore\")",
            "suppliers.xlsx: sheet links, row 17, column share: \"1,5\" is not a number; set \"decimalComma\": true"
                + " in the mapping if the file writes decimal commas",
            "suppliers.xlsx: sheet audits, row 2, column date: the date 46000.5 has a time of day; give the day only",
            "suppliers.xlsx: sheet audits, row 2, column document: no document has the id \"d1\"");
    ColumnMapping ignoreNotes = ColumnMapping.parse("{\"ignore\": [\"Notes\"], \"decimalComma\": true}", "m.json");
    TabularFormatException again =
        catchThrowableOfType(
            TabularFormatException.class,
            () ->
                TabularDossierReader.newBuilder()
                    .mapping(ignoreNotes)
                    .build()
                    .readWorkbook(new ByteArrayInputStream(bytes), "suppliers.xlsx"));
    assertThat(again.cellProblems()).extracting(CellProblem::code).containsExactly(ProblemCode.INVALID_VALUE, ProblemCode.INVALID_VALUE, ProblemCode.BROKEN_REFERENCE);
  }

  @Test
  void read_notAWorkbook_saysSo() {
    TabularFormatException e =
        catchThrowableOfType(
            TabularFormatException.class,
            () -> TabularDossierReader.standard().readWorkbook(new ByteArrayInputStream("id,name\n".getBytes()), "x.xlsx"));
    assertThat(e.cellProblems()).hasSize(1);
    assertThat(e.cellProblems().get(0).toString()).startsWith("x.xlsx: not a readable XLSX workbook (");
  }
}
