package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctpat4j.core.dossier.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit codes, messages, help, progress. */
class Ctpat4jCommandTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json");

  @TempDir Path temp;

  /** One run's outcome. */
  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void execute_noCommand_isAUsageError() {
    Run run = run();

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("Missing command: choose one of assess, graph, validate, import, export, package, verify, keygen, lists, screen, schema, help").contains("Try 'ctpat4j --help'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void execute_help_listsCommandsAndExitCodes() {
    Run run = run("--help");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("validate", "schema", "Exit codes:", "2   bad input or usage");
  }

  @Test
  void execute_helpOfEachCommand_succeeds() {
    for (String command : new String[] {"validate", "schema"}) {
      Run run = run(command, "--help");

      assertThat(run.code()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).as(command).startsWith("Usage: ctpat4j " + command);
    }
    assertThat(run("help", "validate").out()).startsWith("Usage: ctpat4j validate");
  }

  @Test
  void execute_version_printsTheBuildVersion() {
    Run run = run("validate", "--version");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("ctpat4j ").doesNotContain("${").contains("Java ");
    assertThat(VersionProvider.version()).isNotEqualTo("unknown");
  }

  @Test
  void execute_unknownCommand_suggestsTheNearestOne() {
    Run run = run("valdate", "x.json");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("Unmatched argument").contains("validate");
  }

  @Test
  void validate_missingArgument_isAUsageError() {
    Run run = run("validate");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("Missing required parameter: 'DOSSIER'").contains("Try 'ctpat4j validate --help'");
  }

  @Test
  void validate_bundledDossier_printsASummaryAndExitsZero() {
    Run run = run("validate", SOLAR.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().strip())
        .isEqualTo(SOLAR + ": valid ctpat4j-dossier/1: 15 facilities, 9 materials, 16 links, 1 unmapped input,"
            + " 2 products, 15 documents");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_missingFile_saysSoInOneLine() {
    Path missing = temp.resolve("nope.json");

    Run run = run("validate", missing.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo(missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void validate_emptyDirectory_isNeitherADossierDirectoryNorATabularDossier() {
    Run run = run("validate", temp.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(temp + ": a directory without dossier.json: ");
  }

  @Test
  void validate_folderWithCsvFilesButNoPartner_isATabularDossierWithoutPartner() throws IOException {
    Files.writeString(temp.resolve("facilities.csv"), "id,name,country\n");

    Run run = run("validate", temp.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(temp.resolve("partner.csv") + ": the partner table is missing");
  }

  @Test
  void validate_malformedJson_reportsFileLineAndColumn() throws IOException {
    Path file = write("broken.json", "{\n  \"format\": \"ctpat4j-dossier/1\",\n  \"partner\": {\n    \"name\": oops\n");

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString().startsWith(file + ":4:").contains("'oops'").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validate_unknownField_namesTheFieldWithItsLocation() throws IOException {
    String json = Files.readString(SOLAR).replaceFirst("\"hsCode\": \"2506.20\"", "\"hsCdoe\": \"2506.20\"");
    Path file = write("typo.json", json);
    int first = lineOf(json, json.indexOf("hsCdoe"));
    int last = lineOf(json, json.indexOf('}', json.indexOf("hsCdoe")));

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    String line = run.err().lines().collect(java.util.stream.Collectors.toList()).get(0);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(line).startsWith(file + ":").contains("hsCdoe");
    int reported = Integer.parseInt(line.substring(file.toString().length() + 1).split(":")[0]);
    assertThat(reported).as("line of the typo or of the end of its object").isBetween(first, last);
  }

  @Test
  void validate_constraintViolations_reportedWithLocationAndPointerInDocumentOrder() throws IOException {
    String json = Files.readString(SOLAR)
        .replaceFirst("\"share\": 0.65", "\"share\": 1.65")
        .replaceFirst("\"name\": \"Brightfield Solar Supply, Inc.\",", "");
    Path file = write("constraints.json", json);
    int partner = lineOf(json, json.indexOf("\"partner\""));
    int share = lineOf(json, json.indexOf("1.65"));

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines())
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).matches(java.util.regex.Pattern.quote(file + ":" + partner + ":")
                + "\\d+: /partner/name: required field \"name\" is missing"),
            second -> assertThat(second).matches(java.util.regex.Pattern.quote(file + ":" + share + ":")
                + "\\d+: /links/2/share: share 1\\.65 is not in \\(0, 1\\]"));
  }

  /** The 1-based line of a character offset. */
  static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void validate_progressAlways_reportsReadingOnStderrAndClearsTheLine() {
    Run run = run("validate", "--progress=always", SOLAR.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).contains("reading dossier.json").contains("100%").endsWith("\r");
    assertThat(run.out()).contains("valid");
  }

  @Test
  void validate_progressAuto_showsOnATerminalForLargeDossiersOnly() throws IOException {
    Path large = write("large.json", " ".repeat((int) ProgressOption.AUTO_MIN_BYTES) + Files.readString(SOLAR));

    assertThat(run(false, "validate", large.toString()).err()).isEmpty();
    assertThat(run(true, "validate", SOLAR.toString()).err()).isEmpty();
    assertThat(run(true, "validate", large.toString()).err()).contains("reading large.json").contains("100%");
    assertThat(run(true, "validate", "--progress=never", large.toString()).err()).isEmpty();
  }

  @Test
  void validate_badProgressValue_isAUsageError() {
    Run run = run("validate", "--progress=sometimes", SOLAR.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("'sometimes' is not one of auto, always, never");
  }

  @Test
  void schema_printsTheSchemaBundledInCore() {
    Run run = run("schema");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(SchemaCommand.schema()).contains("\"$schema\"", Dossier.FORMAT);
  }
}
