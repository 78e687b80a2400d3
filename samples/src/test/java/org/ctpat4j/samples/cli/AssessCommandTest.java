package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctpat4j assess} in-process: formats, output files, the day, reference data, languages and bad input. */
class AssessCommandTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json");
  private static final Path COMPLIANT = Path.of("dossiers/compliant-importer/dossier.json");
  private static final String HEADER = "name,aliases,section,effective_date,location,sector,source_url\n";

  @TempDir Path temp;

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void assess_solarText_summarizesVerdictRequirementsFindingsPathsAndCaveat() {
    Run run = run("assess", SOLAR.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertThat(lines.get(0))
        .isEqualTo("Brightfield Solar Supply, Inc., as of 2026-11-01: NOT_COMPLIANT (6 errors, 5 warnings); goods"
            + " PRESUMED_FORCED_LABOR (1 of 2 products)");
    assertThat(lines).contains("  PRESUMED_FORCED_LABOR  p-bf430 (BF-430M monocrystalline PV module, 430 W)");
    assertThat(lines).contains("  NOT_MET  REMEDIATION_PLAN            Remediation plan");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("  ERROR   PRESUMPTION_NOT_REMEDIATED facility:f-quartz (Kunlun Ridge Quartzite Quarry): "))
        .singleElement()
        .asString()
        .contains(" Fix: Open a remediation case");
    assertThat(lines).noneMatch(l -> l.contains("HIGH_RISK_FACILITY_NOT_AUDITED"));
    assertThat(lines.stream().filter(l -> l.startsWith("  ERROR ")).count()).isEqualTo(6);
    assertThat(lines.stream().filter(l -> l.startsWith("  WARNING ")).count()).isEqualTo(5);
    assertThat(lines).contains("  6 INFO finding(s): see the json, markdown or html formats");
    assertThat(lines).contains("  HIGH  p-bf430 (BF-430M monocrystalline PV module, 430 W)");
    assertThat(lines)
        .contains("        [HIGH] Xinjiang Daqo New Energy Co., Ltd. -> Solara Wafer Technology Sdn. Bhd. -> Mekong"
            + " Photon Cell Co., Ltd. -> Ayutthaya Sunworks Module Co., Ltd.")
        .contains("        [UNKNOWN] Chao Phraya Aluminium Profiles Co., Ltd. -> Ayutthaya Sunworks Module Co., Ltd.");
    assertThat(lines).noneMatch(l -> l.contains("p-bf410"));
    assertThat(lines).contains("Mapping coverage: 50%");
    assertThat(run.out()).contains("Partial reference data: absence from these lists proves nothing")
        .contains("  UFLPA Entity List, partial snapshot");
  }

  @Test
  void assess_compliantImporter_exitsZeroWithNoErrorOrWarning() {
    Run run = run("assess", COMPLIANT.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Alder Ridge Tile Imports, Inc., as of 2026-11-01: COMPLIANT (0 errors, 0 warnings)")
        .contains("Findings (ERROR and WARNING)\n  none\n")
        .contains("Risky products (paths from origin)\n  none\n");
  }

  @Test
  void assess_eachFormat_rendersTheSameVerdict() {
    assertThat(run("assess", SOLAR.toString(), "--format", "json").out())
        .startsWith("{").contains("\"format\": \"ctpat4j-report/1\"").contains("\"verdict\": \"NOT_COMPLIANT\"");
    assertThat(run("assess", SOLAR.toString(), "--format", "MARKDOWN").out())
        .startsWith("# CTPAT forced-labor compliance report: Brightfield Solar Supply, Inc.");
    assertThat(run("assess", SOLAR.toString(), "--format=html").out()).contains("<html").contains("</html>");
  }

  @Test
  void assess_out_writesTheFileAtomicallyAndPrintsOneLine() throws IOException {
    Path report = temp.resolve("report.html");
    Files.writeString(report, "old content");

    Run run = run("assess", SOLAR.toString(), "--format", "html", "--out", report.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.out().strip())
        .isEqualTo("NOT_COMPLIANT, goods PRESUMED_FORCED_LABOR: html report written to " + report);
    assertThat(Files.readString(report)).contains("<html").contains("Xinjiang Daqo New Energy Co., Ltd.");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).as("no temporary file left").containsExactly(report);
    }
  }

  @Test
  void assess_outInMissingDirectory_isBadInputAndWritesNothing() {
    Path report = temp.resolve("no/such/dir/report.md");

    Run run = run("assess", SOLAR.toString(), "--out", report.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(report + ": no such directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void assess_invalidDossier_writesNoOutputFile() throws IOException {
    Path bad = write("bad.json", Files.readString(SOLAR).replaceFirst("\"share\": 0.65", "\"share\": 1.65"));
    Path report = temp.resolve("report.json");

    Run run = run("assess", bad.toString(), "--format", "json", "--out", report.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("/links/2/share");
    assertThat(report).doesNotExist();
  }

  @Test
  void assess_asOfOption_overridesTheDossiersDay() {
    Run run = run("assess", COMPLIANT.toString(), "--as-of", "2028-06-01");

    assertThat(run.out()).startsWith("Alder Ridge Tile Imports, Inc., as of 2028-06-01: NOT_COMPLIANT");
    assertThat(run.out()).contains("SCP_REVIEW_OVERDUE").contains("RISK_ASSESSMENT_STALE");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
  }

  @Test
  void assess_noDayAnywhere_isBadInputNamingTheFix() throws IOException {
    Path file = write("no-as-of.json", Files.readString(COMPLIANT).replaceFirst("\"asOf\": \"2026-11-01\",", ""));

    Run run = run("assess", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip())
        .isEqualTo(file + ": the dossier has no \"asOf\" and no --as-of was given: pass --as-of YYYY-MM-DD"
            + " (ctpat4j never assumes today's date)");
    assertThat(run("assess", file.toString(), "--as-of", "2026-11-01").code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void assess_badOptionValues_areUsageErrors() {
    Run date = run("assess", SOLAR.toString(), "--as-of", "2026-13-01");
    Run format = run("assess", SOLAR.toString(), "--format", "pdf");
    Run locale = run("assess", SOLAR.toString(), "--locale", "fr");

    assertThat(date.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(date.err()).contains("'2026-13-01' is not a date (YYYY-MM-DD)").contains("--as-of");
    assertThat(format.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(format.err()).contains("'pdf' is not one of text, json, markdown, html");
    assertThat(locale.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(locale.err()).contains("'fr' is not one of en, es");
  }

  @Test
  void assess_spanish_translatesHeadingsAndMessages() {
    Run run = run("assess", SOLAR.toString(), "--locale", "es");

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.out()).contains("a fecha de 2026-11-01").contains("Requisitos").contains("Solución:")
        .doesNotContain("Fix:");
  }

  @Test
  void assess_entityListListingAnInventedSupplier_flipsTheCompliantImporter() throws IOException {
    Path list = write("newer.csv", HEADER
        + "\"Sandgrube Heideblick GmbH\",,2(d)(2)(B)(v),2026-01-15,,silica sand,https://example.invalid/notice\n");

    Run run = run("assess", COMPLIANT.toString(), "--entity-list", list.toString(), "--format", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.out()).contains("\"rule\": \"uflpa-entity-list\"")
        .contains("+ " + list + " (newer.csv) (sha256 ")
        .contains("\"admissibility\": \"PRESUMED_FORCED_LABOR\"")
        .contains("\"complete\": false");
  }

  @Test
  void assess_entityListWithoutDaqo_dropsTheListingSignalButNotTheRegion() throws IOException {
    Path list = write("other.csv", HEADER + "\"Some Other Entity Co., Ltd.\",,,2024-01-01,,,src\n");

    Run run = run("assess", SOLAR.toString(), "--entity-list", list.toString(), "--entity-list-replaces",
        "--entity-list-complete", "--format", "json");
    Run added = run("assess", SOLAR.toString(), "--entity-list", list.toString(), "--format", "json");

    assertThat(added.out()).as("added to the bundled list, Daqo stays listed").contains("uflpa-entity-list");

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.out()).doesNotContain("uflpa-entity-list").contains("uflpa-region");
    assertThat(run.out()).doesNotContain("reference-data:UFLPA Entity List");
  }

  @Test
  void assess_severalEntityLists_areAddedInOrder_theLaterFileWinningForTheSameEntity() throws IOException {
    Path first = write("first.csv", HEADER
        + "\"Sandgrube Heideblick GmbH\",,2(d)(2)(B)(v),2027-01-01,,silica sand,first\n");
    Path second = write("second.csv", HEADER
        + "\"SANDGRUBE  Heideblick GmbH\",,2(d)(2)(B)(v),2026-01-15,,silica sand,second\n");

    Run laterWins = run("assess", COMPLIANT.toString(), "--entity-list", first.toString(), "--entity-list",
        second.toString(), "--format", "json");
    Run firstOnly = run("assess", COMPLIANT.toString(), "--entity-list", first.toString());

    assertThat(firstOnly.code()).as("listed only from 2027: not in force on 2026-11-01").isEqualTo(ExitCodes.OK);
    assertThat(laterWins.code()).as(laterWins.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(laterWins.out()).contains("first.csv").contains("second.csv")
        .contains("1 rows added from " + second + ", 1 of them folded");
  }

  @Test
  void assess_malformedEntityList_isBadInputNamingFileAndLine() throws IOException {
    Path list = write("broken.csv", HEADER + "\"Unclosed quote,,,,,,\n");
    Path badDate = write("bad-date.csv", HEADER + "Some Entity,,,2024-02-30,,,src\n");

    Run quote = run("assess", SOLAR.toString(), "--entity-list", list.toString());
    Run date = run("assess", SOLAR.toString(), "--entity-list", badDate.toString());
    Run missing = run("assess", SOLAR.toString(), "--entity-list", temp.resolve("nope.csv").toString());

    assertThat(quote.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(quote.err()).startsWith(list + ":2");
    assertThat(date.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(date.err()).startsWith(badDate + ": row at line 2, column effective_date");
    assertThat(missing.err().strip()).isEqualTo(temp.resolve("nope.csv") + ": no such file");
  }

  @Test
  void assess_maxInputSize_refusesALargerFileAndANonSize() throws IOException {
    Run small = run("assess", SOLAR.toString(), "--max-input-size", "1k");
    assertThat(small.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(small.err()).contains("larger than the limit of 1024 bytes");

    long size = Files.size(SOLAR);
    Run exact = run("assess", SOLAR.toString(), "--max-input-size", Long.toString(size));
    assertThat(exact.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);

    Run zero = run("assess", SOLAR.toString(), "--max-input-size", "0");
    assertThat(zero.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(zero.err()).contains("'0' is not a size");
  }

  @Test
  void assess_jsonToStdoutAndToFile_areTheSameDocument() throws IOException {
    Run stdout = run("assess", SOLAR.toString(), "--format", "json");
    Path out = temp.resolve("report.json");
    Run file = run("assess", SOLAR.toString(), "--format", "json", "--out", out.toString());
    assertThat(file.code()).isEqualTo(stdout.code());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(stdout.out()).endsWith("}\n");
  }

  @Test
  void assess_threads_giveTheSameReportWhateverTheirNumber() throws IOException {
    for (String sample : List.of("solar-importer", "apparel-importer", "food-importer")) {
      Path dossier = Path.of("dossiers", sample, "dossier.json");
      Path one = temp.resolve(sample + "-1.json");
      Path four = temp.resolve(sample + "-4.json");

      Run a = run("assess", dossier.toString(), "--format", "json", "--out", one.toString(), "--threads", "1");
      Run b = run("assess", dossier.toString(), "--format", "json", "--out", four.toString(), "--threads", "4");

      assertThat(a.code()).as(sample).isEqualTo(b.code()).isNotEqualTo(ExitCodes.INTERNAL_ERROR);
      assertThat(Files.readString(four)).as(sample).isEqualTo(Files.readString(one));
    }
  }

  @Test
  void assess_threadsOutOfRange_isAUsageErrorNamingTheOption() {
    for (String bad : List.of("0", "-2", "513", "many")) {
      Run run = run("assess", SOLAR.toString(), "--threads", bad);

      assertThat(run.code()).as(bad).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).as(bad).contains("--threads").contains(bad);
      assertThat(run.out()).as(bad).isEmpty();
    }
  }

  @Test
  void assess_markdownActions_listASubjectOnceForTwoErrorsOfOneCode() {
    // the solar sample's case c-daqo has two overdue actions: two ACTION_LONG_OVERDUE errors, one thing to do
    Run run = run("assess", SOLAR.toString(), "--format", "markdown");

    List<String> lines = run.out().lines().collect(Collectors.toList());
    String bullet = lines.stream().filter(l -> l.startsWith("- `ACTION_LONG_OVERDUE`")).findFirst().orElseThrow();
    int at = lines.indexOf(bullet);
    assertThat(lines.get(at)).startsWith("- `ACTION_LONG_OVERDUE` (1 subject): ");
    assertThat(lines.get(at + 1).strip()).isEqualTo("case:c-daqo");
  }
}
