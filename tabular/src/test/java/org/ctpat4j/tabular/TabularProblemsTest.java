package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in CSV folders: each is reported with its file, row and column, and no row goes missing unannounced. */
class TabularProblemsTest {

  @TempDir Path dir;

  static final String PARTNER = "name,country,entityType,asOf\nAcme Imports Inc.,US,US_IMPORTER,2026-11-01\n";

  void write(String name, String text) throws IOException {
    write(name, text, StandardCharsets.UTF_8);
  }

  void write(String name, String text, Charset charset) throws IOException {
    Files.write(dir.resolve(name), text.getBytes(charset));
  }

  List<String> problems() {
    TabularFormatException e =
        catchThrowableOfType(TabularFormatException.class, () -> TabularDossierReader.standard().read(dir));
    assertThat(e).as("expected problems").isNotNull();
    String prefix = dir + java.io.File.separator;
    return e.cellProblems().stream().map(p -> p.toString().replace(prefix, "")).toList();
  }

  @Test
  void read_minimalFolder_returnsTheDossier() throws IOException {
    write("partner.csv", PARTNER);
    Dossier d = TabularDossierReader.standard().read(dir);
    assertThat(d.partner().name()).isEqualTo("Acme Imports Inc.");
    assertThat(d.facilities()).isEmpty();
  }

  @Test
  void read_noPartner_saysTheTableIsMissing() throws IOException {
    write("materials.csv", "id,name\nm1,Cotton\n");
    assertThat(problems())
        .containsExactly("partner.csv: the partner table is missing: every dossier names its partner in one row");
  }

  @Test
  void read_membershipsWithoutPartner_sayWhyTheirRowsAreNotRead() throws IOException {
    write("memberships.csv", "program,since\nSECURITY,2020-01-01\n");
    assertThat(problems())
        .containsExactly(
            "partner.csv: the partner table is missing: every dossier names its partner in one row",
            "memberships.csv: the memberships table has rows, but the partner table they belong to has none; its"
                + " rows are not read");
  }

  @Test
  void read_unknownFileAndColumn_suggestTheKnownNames() throws IOException {
    write("partner.csv", PARTNER);
    write("facility.csv", "id,name,country\nf1,Mill,CN\n");
    write("materials.csv", "id,name,hscode\nm1,Cotton,5201.00\n");
    assertThat(problems())
        .containsExactly(
            "facility.csv: no table is read from this file; did you mean \"facilities.csv\"? (tables: partner.csv,"
                + " memberships.csv, facilities.csv, materials.csv, links.csv, unmappedInputs.csv, products.csv,"
                + " socialComplianceProgram.csv, riskAssessment.csv, codeOfConduct.csv, codeOfConductVersions.csv, audits.csv,"
                + " auditFindings.csv, trainings.csv, supplierCommitments.csv, remediationPlan.csv,"
                + " remediationCases.csv, remediationActions.csv, engagements.csv, documents.csv; or name it in the"
                + " mapping's \"ignore\")",
            "materials.csv: row 1, column hscode: the materials table has no column \"hscode\"; did you mean"
                + " \"hsCode\"? (columns: id, name, hsCode; or map or ignore it in the mapping)");
  }

  @Test
  void read_requiredColumnMissing_reportedOnceAtTheHeader() throws IOException {
    write("partner.csv", PARTNER);
    write("facilities.csv", "id,name\nf1,Mill\nf2,Gin\nf3,Spinner\n");
    assertThat(problems()).containsExactly("facilities.csv: row 1: required column \"country\" is missing");
  }

  @Test
  void read_coreChecks_areLocatedInTheirCells() throws IOException {
    write("partner.csv", PARTNER);
    write(
        "facilities.csv",
        "id,name,country,region,identifiers.lei\n"
            + "f1,Mill,XX,,\n"
            + "f2,Gin,CN,DE-BY,\n"
            + "f1,Spinner,CN,,5493001KJTIIGC8Y1R12\n");
    write("documents.csv", "id,title\nd1,Order\n");
    write("materials.csv", "id,name\nm1,Cotton\n");
    write("links.csv", "from,to,material,share,documents\nf1,f2,m1,1.5,d1|d9\nf2,f9,m1,0.5,\n");
    assertThat(problems())
        .containsExactly(
            "facilities.csv: row 2, column country: \"XX\" is not an ISO 3166-1 alpha-2 country code",
            "facilities.csv: row 3, column region: region \"DE-BY\" is not in the facility's country \"CN\"",
            "facilities.csv: row 4, column id: duplicate id \"f1\", already used at /facilities/0",
            "links.csv: row 2, column share: share 1.5 is not in (0, 1]",
            "links.csv: row 2, column documents: item 2: no document has the id \"d9\"",
            "links.csv: row 3, column to: no facility has the id \"f9\"");
  }

  @Test
  void read_badValues_nameTheExpectedForm() throws IOException {
    write("partner.csv", PARTNER);
    write("facilities.csv", "id,name,country,redacted\nf1,Mill,CN,maybe\n");
    write("documents.csv", "id,title,issued\nd1,Order,01/03/2026\n");
    write(
        "trainings.csv",
        "id,audience,date,topics,participants,document\n"
            + "t1,EMPLOYEES,2026-03-01,UFLPA|FORCED_LABOUR,12.5,d1\n");
    assertThat(problems())
        .containsExactly(
            "facilities.csv: row 2, column redacted: \"maybe\" is not true or false",
            "trainings.csv: row 2, column participants: \"12.5\" is not a whole number",
            "trainings.csv: row 2, column topics: item 2: unknown value \"FORCED_LABOUR\"; expected one of:"
                + " FORCED_LABOR_INDICATORS, CODE_OF_CONDUCT, RESPONSIBLE_RECRUITMENT, UFLPA, SUPPLY_CHAIN_MAPPING,"
                + " GRIEVANCE_MECHANISMS, REMEDIATION, AUDITING",
            "documents.csv: row 2, column issued: \"01/03/2026\" is not a date in the format yyyy-MM-dd (name the"
                + " file's format in the mapping: \"dateFormat\": \"dd/MM/yyyy\")");
  }

  @Test
  void read_childRows_areKeyedByTheirParentsId() throws IOException {
    write("partner.csv", PARTNER);
    write("facilities.csv", "id,name,country\nf1,Mill,CN\n");
    write("documents.csv", "id,title\nd1,Report\n");
    write("audits.csv", "id,facility,date,document\na1,f1,2026-01-10,d1\n");
    write(
        "auditFindings.csv",
        "audit,indicator,severity,status\n"
            + "a1,EXCESSIVE_OVERTIME,MINOR,OPEN\n"
            + "a2,DEBT_BONDAGE,CRITICAL,OPEN\n"
            + ",DEBT_BONDAGE,CRITICAL,OPEN\n"
            + "a1,,,OPEN\n");
    assertThat(problems())
        .containsExactly(
            "auditFindings.csv: row 3, column audit: no row of the audits table has the id \"a2\"",
            "auditFindings.csv: row 4, column audit: required field \"audit\" is missing: it names the audit this"
                + " row belongs to",
            "auditFindings.csv: row 5, column severity: required field \"severity\" is missing");
  }

  @Test
  void read_twoPartnerRowsAndStrayCells_areProblems() throws IOException {
    write("partner.csv", PARTNER + "Other Inc.,US,US_IMPORTER,\n");
    write("materials.csv", "id,name\nm1,Cotton,organic\n");
    assertThat(problems())
        .containsExactly(
            "partner.csv: row 3: the partner table has one row; its row is row 2",
            "materials.csv: row 2, column C: \"organic\" is in a column without a header");
  }

  @Test
  void read_quotedCellsAndEmptyLines_countRowsAsASpreadsheetShowsThem() throws IOException {
    write("partner.csv", PARTNER);
    write("materials.csv", "id,name,hsCode\n\"m1\",\"Cotton, raw\nginned\",5201.00\n\nm2,Yarn,52.05\n");
    assertThat(problems())
        .containsExactly(
            "materials.csv: row 3: the row is blank; delete it, or set \"blankRows\": \"skip\" in the mapping",
            "materials.csv: row 4, column hsCode: \"52.05\" is not a Harmonized System code (NNNN, NNNN.NN,"
                + " NNNNNN, up to 10 digits)");
  }

  @Test
  void read_excelUnicodeText_utf16WithTabs() throws IOException {
    String text = "\uFEFFname\tcountry\tentityType\nAcme 进出口 Inc.\tUS\tUS_IMPORTER\n";
    write("partner.csv", text, StandardCharsets.UTF_16LE);
    write("facilities.csv", "\uFEFFid\tname\tcountry\nf1\t新疆 Mill\tCN\n", StandardCharsets.UTF_16BE);
    Dossier d = TabularDossierReader.standard().read(dir);
    assertThat(d.partner().name()).isEqualTo("Acme 进出口 Inc.");
    assertThat(d.facilities().get(0).name()).isEqualTo("新疆 Mill");
  }

  @Test
  void read_legacyEncoding_needsTheMapping() throws IOException {
    write("partner.csv", "name;country;entityType\nM\u00fcller Import GmbH;US;US_IMPORTER\n", Charset.forName("windows-1252"));
    assertThat(problems())
        .containsExactly(
            "partner.csv: the file is not valid UTF-8; save it as \"CSV UTF-8\" or name its encoding in the mapping"
                + " (\"encoding\": \"windows-1252\")");
    ColumnMapping mapping = ColumnMapping.parse("{\"encoding\": \"windows-1252\"}", "m.json");
    Dossier d = TabularDossierReader.newBuilder().mapping(mapping).build().read(dir);
    assertThat(d.partner().name()).isEqualTo("M\u00fcller Import GmbH");
  }

  @Test
  void read_decimalCommaWithoutMapping_saysHowToMapIt() throws IOException {
    write("partner.csv", PARTNER);
    write("facilities.csv", "id;name;country\nf1;Mill;CN\nf2;Gin;CN\n");
    write("materials.csv", "id;name\nm1;Cotton\n");
    write("links.csv", "from;to;material;share\nf1;f2;m1;\"0,5\"\n");
    assertThat(problems())
        .containsExactly(
            "links.csv: row 2, column share: \"0,5\" is not a number; set \"decimalComma\": true in the mapping if"
                + " the file writes decimal commas");
  }

  @Test
  void mapping_mistakes_areAllReportedWithTheirPointers() {
    assertThatThrownBy(
            () ->
                ColumnMapping.parse(
                    "{\"separater\": \";\", \"dateFormat\": \"dd/MM/yyyyy\","
                        + " \"tables\": {\"facility\": {}, \"links\": {\"columns\": {\"Anteil\": \"shares\"}}}}",
                    "m.json"))
        .isInstanceOf(TabularFormatException.class)
        .satisfies(
            e ->
                assertThat(((TabularFormatException) e).cellProblems())
                    .extracting(CellProblem::toString)
                    .containsExactly(
                        "m.json: at /separater: unknown setting \"separater\"; settings here: blankRows,"
                            + " dateFormat, decimalComma, encoding, ignore, listSeparator, separator, tables",
                        "m.json: at /tables/facility: no table is named \"facility\"; tables: partner, memberships,"
                            + " facilities, materials, links, unmappedInputs, products, socialComplianceProgram,"
                            + " riskAssessment, codeOfConduct, codeOfConductVersions, audits, auditFindings, trainings,"
                            + " supplierCommitments, remediationPlan, remediationCases, remediationActions,"
                            + " engagements, documents",
                        "m.json: at /tables/links/columns/Anteil: table links has no field \"shares\"; fields:"
                            + " from, to, material, share, documents"));
  }
}
