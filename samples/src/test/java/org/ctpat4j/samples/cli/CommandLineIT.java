package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end: runs the shaded {@code samples/target/ctpat4j.jar} as a separate process from the repository root,
 * as a user would, and checks exit codes, stdout and stderr. Run by failsafe after {@code package}.
 */
class CommandLineIT {

  /** A problem line: {@code FILE:LINE:COLUMN: PATH: message}. */
  private static final Pattern PROBLEM = Pattern.compile("^(.+?):(\\d+):(\\d+): (\\S+): (.+)$");

  private static Path root;
  private static Path jar;

  @TempDir Path temp;

  @BeforeAll
  static void locate() {
    root = Path.of(System.getProperty("ctpat4j.root", "..")).toAbsolutePath().normalize();
    jar = Path.of(System.getProperty("ctpat4j.jar", "target/ctpat4j.jar")).toAbsolutePath().normalize();
    assertThat(jar).as("the shaded jar (built in the package phase)").isRegularFile();
  }

  /** One process run. */
  private record Run(int code, String out, String err) {

    void assertNoStackTrace() {
      assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by:");
    }
  }

  private Run ctpat4j(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return run(command);
  }

  private Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    // the class-data archive of a batch run goes to this test's folder, not the user's cache
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("ctpat4j did not finish: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String solar() throws IOException {
    return Files.readString(root.resolve("samples/dossiers/solar-importer/dossier.json"), StandardCharsets.UTF_8);
  }

  private static int lineOf(String text, int offset) {
    return Ctpat4jCommandTest.lineOf(text, offset);
  }

  private static Matcher problem(String line) {
    Matcher m = PROBLEM.matcher(line);
    assertThat(m.matches()).as("FILE:LINE:COLUMN: PATH: message, got %s", line).isTrue();
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"solar-importer", "apparel-importer", "food-importer", "compliant-importer"})
  void validate_bundledDossier_exitsZeroQuietly(String name) throws Exception {
    String file = "samples/dossiers/" + name + "/dossier.json";

    Run run = ctpat4j("validate", file);

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith(file + ": valid ctpat4j-dossier/1: ");
    assertThat(run.err()).as("no progress without a terminal").isEmpty();
  }

  @Test
  void validate_unknownField_exitsTwoWithFileLineColumnAndPath() throws Exception {
    String json = solar().replaceFirst("\"address\":", "\"adress\":");
    Path file = write("typo.json", json);
    int typo = json.indexOf("\"adress\"");

    Run run = ctpat4j("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoStackTrace();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    Matcher m = problem(run.err().lines().findFirst().orElseThrow());
    assertThat(m.group(1)).isEqualTo(file.toString());
    assertThat(Integer.parseInt(m.group(2)))
        .as("the line of the typo or of the end of its object")
        .isBetween(lineOf(json, typo), lineOf(json, json.indexOf('}', typo)));
    assertThat(Integer.parseInt(m.group(3))).isPositive();
    assertThat(m.group(5)).contains("adress");
    assertThat(m.group(4)).startsWith("/facilities/0");
  }

  @Test
  void validate_malformedJson_exitsTwoWithTheLineAndColumnOfTheEnd() throws Exception {
    String json = solar();
    String truncated = json.substring(0, json.indexOf("\"materials\""));
    Path file = write("truncated.json", truncated);

    Run run = ctpat4j("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoStackTrace();
    assertThat(run.err().lines()).hasSize(1);
    Matcher m = problem(run.err().lines().findFirst().orElseThrow());
    assertThat(m.group(1)).isEqualTo(file.toString());
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(lineOf(truncated, truncated.length()));
    assertThat(m.group(5)).containsIgnoringCase("end-of-input");
  }

  @Test
  void validate_constraintViolation_exitsTwoWithFileLineColumnAndPath() throws Exception {
    String json = solar().replaceFirst("\"share\": 0.65", "\"share\": 1.65");
    Path file = write("share.json", json);

    Run run = ctpat4j("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoStackTrace();
    assertThat(run.err().lines()).hasSize(1);
    Matcher m = problem(run.err().lines().findFirst().orElseThrow());
    assertThat(m.group(1)).isEqualTo(file.toString());
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(lineOf(json, json.indexOf("1.65")));
    assertThat(m.group(4)).isEqualTo("/links/2/share");
    assertThat(m.group(5)).isEqualTo("share 1.65 is not in (0, 1]");
  }

  @Test
  void validate_brokenReference_exitsTwoNamingTheLinkWithItsLocation() throws Exception {
    String json = solar().replaceFirst("\"from\": \"f-quartz\"", "\"from\": \"f-nowhere\"");
    Path file = write("broken-reference.json", json);

    Run run = ctpat4j("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoStackTrace();
    assertThat(run.err().lines())
        .anySatisfy(line -> {
          Matcher m = problem(line);
          assertThat(m.group(1)).isEqualTo(file.toString());
          assertThat(Integer.parseInt(m.group(2))).isEqualTo(lineOf(json, json.indexOf("f-nowhere")));
          assertThat(m.group(4)).startsWith("/links/0");
          assertThat(m.group(5)).contains("f-nowhere");
        });
  }

  @Test
  void validate_missingFile_exitsTwoInOneLine() throws Exception {
    Run run = ctpat4j("validate", "no/such/dossier.json");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("no/such/dossier.json: no such file");
  }

  @Test
  void usageErrors_exitTwoWithoutStackTrace() throws Exception {
    Run missingArgument = ctpat4j("validate");
    Run unknownOption = ctpat4j("validate", "--frobnicate", "x.json");
    Run noCommand = ctpat4j();

    for (Run run : List.of(missingArgument, unknownOption, noCommand)) {
      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
      run.assertNoStackTrace();
      assertThat(run.out()).isEmpty();
    }
    assertThat(missingArgument.err()).contains("Missing required parameter: 'DOSSIER'");
    assertThat(unknownOption.err()).contains("Unknown option: '--frobnicate'");
    assertThat(noCommand.err()).contains("Missing command");
  }

  @Test
  void helpAndVersion_exitZero() throws Exception {
    Run help = ctpat4j("--help");
    Run validateHelp = ctpat4j("validate", "--help");
    Run version = ctpat4j("--version");

    assertThat(help.code()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("assess", "validate", "package", "verify", "keygen", "screen", "schema", "Exit codes:");
    assertThat(validateHelp.code()).isEqualTo(ExitCodes.OK);
    assertThat(validateHelp.out()).startsWith("Usage: ctpat4j validate");
    assertThat(version.code()).isEqualTo(ExitCodes.OK);
    assertThat(version.out()).matches("(?s)ctpat4j \\d+\\.\\d+\\.\\d+\\S*\\RJava .*");
  }

  @Test
  void schema_printsTheSchemaBundledInCore() throws Exception {
    Path source = root.resolve("core/src/main/resources/dossier-1.schema.json");

    Run run = ctpat4j("schema");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(Files.readString(source, StandardCharsets.UTF_8));
  }

  @Test
  void assess_compliantImporter_exitsZero() throws Exception {
    Run run = ctpat4j("assess", "samples/dossiers/compliant-importer/dossier.json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Alder Ridge Tile Imports, Inc., as of 2026-11-01: COMPLIANT (0 errors, 0 warnings)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void assess_solarImporter_exitsOneWithTheRiskyPath() throws Exception {
    Run run = ctpat4j("assess", "samples/dossiers/solar-importer/dossier.json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.out()).startsWith("Brightfield Solar Supply, Inc., as of 2026-11-01: NOT_COMPLIANT")
        .contains("CASE_NOT_DISCLOSED case:c-daqo")
        .contains("Xinjiang Daqo New Energy Co., Ltd. -> Solara Wafer Technology Sdn. Bhd.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void assess_badDossier_exitsTwoWithFileLineColumnAndPathWithoutStackTrace() throws Exception {
    String json = solar().replaceFirst("\"from\": \"f-quartz\"", "\"from\": \"f-nowhere\"");
    Path file = write("bad.json", json);

    Run run = ctpat4j("assess", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoStackTrace();
    assertThat(run.out()).isEmpty();
    Matcher m = problem(run.err().lines().findFirst().orElseThrow());
    assertThat(m.group(1)).isEqualTo(file.toString());
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(lineOf(json, json.indexOf("f-nowhere")));
    assertThat(m.group(4)).isEqualTo("/links/0/from");
    assertThat(m.group(5)).contains("f-nowhere");
  }

  @Test
  void assess_badAsOfOrFormat_exitsTwoWithoutStackTrace() throws Exception {
    Run date = ctpat4j("assess", "samples/dossiers/solar-importer/dossier.json", "--as-of", "01/11/2026");
    Run format = ctpat4j("assess", "samples/dossiers/solar-importer/dossier.json", "--format", "pdf");

    for (Run run : List.of(date, format)) {
      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
      run.assertNoStackTrace();
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("Try 'ctpat4j assess --help'");
    }
    assertThat(date.err()).contains("'01/11/2026' is not a date (YYYY-MM-DD)");
    assertThat(format.err()).contains("'pdf' is not one of text, json, markdown, html");
  }

  @Test
  void assess_htmlOut_writesTheReportFile() throws Exception {
    Path report = temp.resolve("solar.html");

    Run run = ctpat4j("assess", "samples/dossiers/solar-importer/dossier.json", "--format", "html", "--out",
        report.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run.out().strip())
        .isEqualTo("NOT_COMPLIANT, goods PRESUMED_FORCED_LABOR: html report written to " + report);
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .contains("<html").contains("Brightfield Solar Supply, Inc.").contains("</html>");
  }

  @Test
  void packageAndVerify_roundTrip_andTamperedCopyFailsNamingTheFile() throws Exception {
    Path zip = temp.resolve("tiles.zip");
    Path prefix = temp.resolve("signer");

    Run keygen = ctpat4j("keygen", "--out", prefix.toString());
    Run pkg = ctpat4j("package", "samples/dossiers/compliant-importer/dossier.json", "--all-products", "--out",
        zip.toString(), "--sign", prefix + ".key.pem");
    Run verify = ctpat4j("verify", zip.toString(), "--key", prefix + ".pub.pem");

    assertThat(keygen.code()).as(keygen.err()).isEqualTo(ExitCodes.OK);
    assertThat(pkg.code()).as(pkg.err()).isEqualTo(ExitCodes.OK);
    assertThat(pkg.out()).contains("a complete, unredacted answer");
    assertThat(verify.code()).as(verify.out()).isEqualTo(ExitCodes.OK);
    assertThat(verify.out()).startsWith("VALID: ").contains("signature: VALID");

    byte[] bytes = Files.readAllBytes(zip);
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = latin1.indexOf("Alder Ridge Tile Imports", latin1.indexOf("report.json"));
    bytes[at] = (byte) 'E';
    Path tampered = Files.write(temp.resolve("tampered.zip"), bytes);

    Run bad = ctpat4j("verify", tampered.toString(), "--key", prefix + ".pub.pem");

    assertThat(bad.code()).isEqualTo(ExitCodes.INVALID);
    bad.assertNoStackTrace();
    assertThat(bad.out()).startsWith("INVALID: ");
    assertThat(bad.out().lines()).anyMatch(l -> l.matches("ALTERED \\S+: .*"));
  }

  @Test
  void screen_namesFile_exitsOneOnAMatchAndTwoOnABadLine() throws Exception {
    Path names = write("names.csv", "id,name,country\ns-1,Xinjiang Daqo New Energy Co Ltd,CN\ns-2,Fjordlys Wafer AS,NO\n");
    Path bad = write("bad.csv", "id,name,country\ns-1,,CN\n");

    Run run = ctpat4j("screen", names.toString());
    Run invalid = ctpat4j("screen", bad.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out().lines()).element(0).asString().startsWith("MATCH    1.00  s-1  Xinjiang Daqo New Energy Co Ltd");
    assertThat(run.out().lines()).element(1).asString().isEqualTo("CLEAR          s-2  Fjordlys Wafer AS");
    assertThat(invalid.code()).isEqualTo(ExitCodes.BAD_INPUT);
    invalid.assertNoStackTrace();
    assertThat(invalid.err().strip()).isEqualTo(bad + ":2:5: name: must not be blank");
  }

  @Test
  void screen_chineseNameOfABrand_isFoundThroughTheCcCedictWordsTheJarShips() throws Exception {
    Path list = write("list.csv", "name,aliases,section,effective_date,location,sector,source_url\n"
        + "\"China Vanke Co., Ltd.\",,,2026-01-01,,,https://example.org/test-list\n");
    Path names = write("zh.csv", "id,name,country\ns-1,万科企业股份有限公司,CN\ns-2,联华集团有限公司,CN\n");

    Run run = ctpat4j("screen", "--entity-list=" + list, "--entity-list-replaces", names.toString());

    assertThat(run.code()).as("a POSSIBLE is for review, not a MATCH: " + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines()).element(0).asString().startsWith("POSSIBLE").contains("s-1", "China Vanke Co., Ltd.",
        "万科 vanke read by its English meaning");
    assertThat(run.out().lines()).element(1).asString().startsWith("CLEAR").contains("s-2");
  }

  @Test
  void assess_supplierInChineseScript_whoseListedNameIsCantonese_putsTheGoodsUnderReview() throws Exception {
    Path dossier = Trees.copy(root.resolve("samples/dossiers/compliant-importer"), temp.resolve("compliant"))
        .resolve("dossier.json");
    Files.writeString(dossier, Files.readString(dossier, StandardCharsets.UTF_8)
        .replace("Cartonajes de la Plana Baixa S.L.", "周生生集團國際有限公司"), StandardCharsets.UTF_8);
    Path list = write("list.csv", "name,aliases,section,effective_date,location,sector,source_url\n"
        + "Chow Sang Sang Holdings International Limited,,,2026-01-01,,,https://example.org/test-list\n");

    Run unlisted = ctpat4j("assess", dossier.toString());
    Run run = ctpat4j("assess", "--entity-list=" + list, dossier.toString());

    assertThat(unlisted.out()).as(unlisted.err()).contains("goods CLEAR");
    assertThat(run.code()).as("the program is compliant; the goods need review: " + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("COMPLIANT", "goods NEEDS_REVIEW", "POSSIBLE_LISTED_ENTITY",
        "周生生 chow sang sang spelled in Cantonese as Hong Kong names write it");
  }

  /** Runs the jar as {@code java -jar} does, with the JVM's default compilers, printing what the JVM compiles. */
  private Run printingCompilations(String... jvmOptionsThenArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+PrintCompilation");
    int i = 0;
    while (i < jvmOptionsThenArgs.length && jvmOptionsThenArgs[i].startsWith("-")) {
      command.add(jvmOptionsThenArgs[i++]);
    }
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(jvmOptionsThenArgs).subList(i, jvmOptionsThenArgs.length));
    return run(command);
  }

  @Test
  void javaDashJar_onASmallFile_keepsTheOptimisingCompilerOut() throws Exception {
    Path report = temp.resolve("report.json");
    String[] assess = {"assess", "samples/dossiers/solar-importer/dossier.json", "--format", "json", "--out", report.toString()};

    Run auto = printingCompilations(assess);
    Run jvm = printingCompilations(concat("-Dctpat4j.compiler=jvm", assess));
    Run chosen = printingCompilations(concat("-XX:TieredStopAtLevel=4", assess));

    // HotSpot prints "### Excluding compile: ..." for each method the directive keeps from C2
    assertThat(auto.code()).as(auto.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(auto.out()).contains("### Excluding compile:");
    for (Run run : List.of(jvm, chosen)) {
      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
      assertThat(run.out()).doesNotContain("### Excluding compile:");
      assertThat(run.err()).isEmpty();
    }
    assertThat(auto.err()).isEmpty();
    // the directive is added beside the command: a report on standard output is the report, byte for byte
    List<String> plain = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "assess", "samples/dossiers/solar-importer/dossier.json", "--format", "json"));
    Run toStdout = run(plain);
    assertThat(toStdout.code()).as(toStdout.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(toStdout.out()).isEqualTo(Files.readString(report, StandardCharsets.UTF_8));
  }

  @Test
  void javaDashJar_startedPlainly_runsTheCommandInANewJvmForABatchRun() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path report = temp.resolve("report.json");
    Path same = temp.resolve("same.json");
    String dossier = "samples/dossiers/solar-importer/dossier.json";

    Run child = run(List.of(java, "-Xmx512m", "-jar", jar.toString(), "--debug", "assess", dossier, "--format", "json",
        "--out", report.toString()));
    Run here = run(List.of(java, "-Xmx512m", "-Dctpat4j.compiler=jvm", "-jar", jar.toString(), "--debug", "assess",
        dossier, "--format", "json", "--out", same.toString()));

    assertThat(child.code()).as(child.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    // the first run writes the class-data archive when it exits, the next ones read it (where this JDK maps its own
    // base archive, as the JVM started here does)
    boolean archives = ClassArchive.usable(System.getProperty("java.vm.info"));
    assertThat(child.err().strip()).startsWith("ctpat4j: running in a new JVM for a batch run")
        .contains(" -Xmx512m -XX:+UseParallelGC -XX:MaxTenuringThreshold=1 "
            + (ShortRunCompiler.transparentHugePages(ShortRunCompiler.TRANSPARENT_HUGE_PAGES)
                ? "-XX:+UseTransparentHugePages "
                : "")
            + "-XX:TieredStopAtLevel=1 -Dctpat4j.started=true "
            + (archives ? String.join(" ", ClassArchive.QUIET) + " -XX:ArchiveClassesAtExit=" : "-jar "))
        .contains(" -jar " + jar + " --debug assess ");
    assertThat(child.out().strip()).startsWith("NOT_COMPLIANT").doesNotContain("\n"); // no word from the JVM
    Path cache = temp.resolve("cache").resolve("ctpat4j");
    if (archives) {
      try (java.util.stream.Stream<Path> files = Files.list(cache)) {
        assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement().asString()
            .startsWith("classes-").endsWith(".jsa");
      }
    }
    Run again = run(List.of(java, "-Xmx512m", "-jar", jar.toString(), "--debug", "assess", dossier, "--format", "json",
        "--out", temp.resolve("again.json").toString()));
    assertThat(again.code()).as(again.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    if (archives) {
      assertThat(again.err()).contains(" -XX:SharedArchiveFile=" + cache.resolve("classes-"));
    }
    assertThat(Files.readString(temp.resolve("again.json"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(here.code()).as(here.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(here.err()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(Files.readString(same, StandardCharsets.UTF_8));

    // the new JVM's exit code and messages are the run's, once; standard output is its own
    Run missing = run(List.of(java, "-jar", jar.toString(), "validate", "no/such/dossier.json"));
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err().strip()).isEqualTo("no/such/dossier.json: no such file");
    Run toStdout = run(List.of(java, "-jar", jar.toString(), "assess", dossier, "--format", "json"));
    assertThat(toStdout.code()).as(toStdout.err()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(toStdout.out()).isEqualTo(Files.readString(same, StandardCharsets.UTF_8));
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void launcher_runsTheBuiltJar() throws Exception {
    Path launcher = root.resolve("bin/ctpat4j");
    assertThat(launcher).isRegularFile();
    Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "POSIX sh launcher");

    Run run = run(List.of("sh", launcher.toString(), "validate", "samples/dossiers/compliant-importer/dossier.json"));

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("samples/dossiers/compliant-importer/dossier.json: valid");
    assertThat(Files.isExecutable(launcher)).isTrue();
  }
}
