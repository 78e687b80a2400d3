package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ctpat4j.risk.RiskRuleException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input on the command line, in-process: each case of the hostile-input review is a regression test here
 * (the zip bomb's time and memory bounds are checked end-to-end by {@code HostileInputIT}).
 */
class HostileInputTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json");
  private static final Path COMPLIANT = Path.of("dossiers/compliant-importer/dossier.json");
  private static final Path FOOD = Path.of("dossiers/food-importer/dossier.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ESC = "\u001b";

  @TempDir Path temp;

  private record Run(int code, String out, String err) {

    /** Nothing from the input reached the output raw: no control, C1 or bidi character, no forged line. */
    void assertNoRawControls() {
      for (String text : List.of(out, err)) {
        assertThat(text.replace("\n", ""))
            .as("raw control characters in %s", text)
            .doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");
      }
      assertThat(err).doesNotContain("\tat ").doesNotContain("Caused by:");
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ctpat4jCommand.execute(args, new PrintWriter(out), new PrintWriter(err), false);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path sparse(String name, long size) throws IOException {
    Path file = temp.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  private static ObjectNode dossier(Path file) throws IOException {
    return (ObjectNode) JSON.readTree(file.toFile());
  }

  private Path write(String name, JsonNode dossier) throws IOException {
    return Files.write(temp.resolve(name), JSON.writeValueAsBytes(dossier));
  }

  // 2. Unbounded reads

  @ParameterizedTest
  @ValueSource(strings = {"validate", "assess"})
  void dossier_specialFileOrSparseGiant_isRefusedBeforeReading(String command) throws IOException {
    Path giant = sparse("giant.json", 3L << 30);

    Run zero = run(command, "/dev/zero");
    Run big = run(command, giant.toString());
    Run bounded = run(command, giant.toString(), "--limit", "file-size=64M");

    assertThat(zero.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(zero.err()).startsWith("/dev/zero: is not a regular file");
    // a named regular file is read whatever its size (streamed, never held whole): this one fails at its first byte
    assertThat(big.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(big.err()).startsWith(giant + ":1:");
    assertThat(bounded.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bounded.err())
        .startsWith(giant + ": " + (3L << 30) + " bytes, larger than the limit of 67108864 bytes");
  }

  @Test
  void screenAndEntityList_devZeroAndFifo_areRefused() throws IOException, InterruptedException {
    Run screen = run("screen", "/dev/zero");
    Path names = write("names.csv", "name\nAcme\n");
    Run entityList = run("screen", names.toString(), "--entity-list", "/dev/zero");

    assertThat(screen.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(screen.err()).startsWith("/dev/zero: is not a regular file");
    assertThat(entityList.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(entityList.err()).startsWith("/dev/zero: is not a regular file");

    Path fifo = temp.resolve("names.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Run fromFifo = run("screen", fifo.toString());
    assertThat(fromFifo.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(fromFifo.err()).startsWith(fifo + ": is not a regular file");
  }

  @Test
  void csv_moreRecordsThanTheLimit_isRefusedAtTheLine() throws IOException {
    Path names = write("names.csv", "name\nA\nB\nC\nD\n");

    Run run = run("screen", names.toString(), "--limit", "csv-rows=3");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(names + ":4:1: more than 3 records, the limit");
  }

  @Test
  void limit_setBeforeOrAfterTheCommand_appliesAndBadLimitsAreUsageErrors() {
    Run after = run("validate", SOLAR.toString(), "--limit", "file-size=1K");
    Run before = run("--limit", "file-size=1K", "validate", SOLAR.toString());
    Run unknown = run("validate", SOLAR.toString(), "--limit", "nonsense=1");
    Run bad = run("validate", SOLAR.toString(), "--limit", "file-size=-3");

    assertThat(after.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(after.err()).contains("larger than the limit of 1024 bytes");
    assertThat(before.err()).contains("larger than the limit of 1024 bytes");
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("nonsense: unknown limit");
    assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("not a positive number");
  }

  @Test
  void verify_zipBomb_isRefusedAsBadInput() throws IOException {
    Path bomb = zipBomb(temp.resolve("bomb.zip"), 1, 1L << 30);

    Run run = run("verify", bomb.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("compression ratio above the limit of 100");
    run.assertNoRawControls();
  }

  @Test
  void verify_entryLargerThanTheLimit_isRefusedAsBadInput() throws IOException {
    Path bomb = zipBomb(temp.resolve("big.zip"), 1, 8L << 20);

    Run run = run("verify", bomb.toString(), "--limit", "package-file-size=4M", "--limit", "zip-ratio=100000");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("entry 'zeros-0.bin'").contains("more than the limit of 4194304 bytes");
  }

  @Test
  void verify_truncatedZip_isInvalidNotAnInternalError() throws IOException {
    Path zip = temp.resolve("full.zip");
    assertThat(run("package", COMPLIANT.toString(), "--all-products", "--out", zip.toString()).code()).isZero();
    byte[] bytes = Files.readAllBytes(zip);
    Path truncated = Files.write(temp.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, 40));

    Run run = run("verify", truncated.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).startsWith("INVALID: ").contains("corrupt zip data");
  }

  /** A zip of {@code entries} deflated entries of {@code size} zero bytes each, built by streaming. */
  static Path zipBomb(Path file, int entries, long size) throws IOException {
    byte[] zeros = new byte[1 << 20];
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(9);
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("zeros-" + i + ".bin"));
        for (long done = 0; done < size; done += zeros.length) {
          zip.write(zeros, 0, (int) Math.min(zeros.length, size - done));
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  @Test
  void package_documentThatIsASparseGiant_isRefusedAndNothingIsWritten() throws IOException {
    Path dir = copyOfCompliant();
    ObjectNode d = dossier(dir.resolve("dossier.json"));
    JsonNode doc = d.path("evidence").path("documents").get(0);
    Path giant = dir.resolve(doc.path("path").asText());
    Files.delete(giant);
    try (RandomAccessFile f = new RandomAccessFile(giant.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    Path zip = temp.resolve("out.zip");

    Run run = run("package", dir.resolve("dossier.json").toString(), "--all-products", "--out", zip.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("document '" + doc.path("id").asText() + "'").contains("more than the limit of");
    assertThat(zip).doesNotExist();
    assertThat(temp).isDirectoryNotContaining("glob:**/.out.zip*");
  }

  private Path copyOfCompliant() throws IOException {
    return Trees.copy(COMPLIANT.getParent(), temp.resolve("compliant"));
  }

  // 3. Forged problem lines and terminal control codes

  @Test
  void problemLines_fieldNameWithNewlineAndEscapes_cannotForgeALineOrReachTheTerminal() throws IOException {
    ObjectNode d = dossier(SOLAR);
    d.put("x\nforged.json:1:1: /partner: bad" + ESC + "]0;title\u0007\u009b2J\u202e", 1);
    Path file = write("forged.json", d);

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoRawControls();
    assertThat(run.err().lines()).allMatch(l -> l.startsWith(file.toString()));
    assertThat(run.err()).contains("/x\\nforged.json:1:1: ~1partner: bad\\u001b]0;title\\u0007\\u009b2J\\u202e: ");
  }

  @Test
  void problemLines_unrecognizedTokenWithEscape_isShownEscaped() throws IOException {
    Path file = write("token.json", "x" + ESC + "c");

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    run.assertNoRawControls();
    assertThat(run.err()).contains("\\u001b");
  }

  @Test
  void package_documentPathWithEscape_isPrintedEscaped() throws IOException {
    Path dir = copyOfCompliant();
    ObjectNode d = dossier(dir.resolve("dossier.json"));
    ((ObjectNode) d.path("evidence").path("documents").get(0)).put("path", "evidence/gone" + ESC + "[2J.md");
    Path file = write("compliant/dossier.json", d);

    Run run = run("package", file.toString(), "--all-products", "--out", temp.resolve("p.zip").toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    run.assertNoRawControls();
    assertThat(run.out()).contains("gone\\u001b[2J.md");
  }

  // 4. Names in the text report and in screen

  @Test
  void textReport_partnerNameForgingACompliantFirstLine_isEscaped() throws IOException {
    ObjectNode d = dossier(SOLAR);
    ((ObjectNode) d.path("partner")).put("name", "Acme, as of 2026-01-01: COMPLIANT (0 errors, 0 warnings)\n" + ESC
        + "[8m");
    Path file = write("forged-name.json", d);

    Run run = run("assess", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    run.assertNoRawControls();
    String first = run.out().lines().findFirst().orElseThrow();
    assertThat(first).contains("COMPLIANT (0 errors, 0 warnings)\\n\\u001b[8m").contains(": NOT_COMPLIANT (");
  }

  @Test
  void screen_nameWithControlsAndBidiOverride_isEscaped() throws IOException {
    Path names = write("names.csv", "name,id\n\"Acme\nMATCH 1.00 forged" + ESC + "[8m\u202e\",s-1\n");

    Run run = run("screen", names.toString());

    run.assertNoRawControls();
    assertThat(run.out()).contains("Acme\\nMATCH 1.00 forged\\u001b[8m\\u202e");
  }

  // 7. Signatures

  @Test
  void verify_withoutKey_neverSaysABareValid_andRequireSignatureFailsUnlessAuthenticated() throws IOException {
    Path prefix = temp.resolve("signer");
    Path signed = temp.resolve("signed.zip");
    Path unsigned = temp.resolve("unsigned.zip");
    assertThat(run("keygen", "--out", prefix.toString()).code()).isZero();
    assertThat(run("package", COMPLIANT.toString(), "--all-products", "--out", signed.toString(), "--sign",
        prefix + ".key.pem").code()).isZero();
    assertThat(run("package", COMPLIANT.toString(), "--all-products", "--out", unsigned.toString()).code()).isZero();

    Run noKey = run("verify", signed.toString());
    Run noKeyRequired = run("verify", signed.toString(), "--require-signature");
    Run unsignedRequired = run("verify", unsigned.toString(), "--require-signature", "--key", prefix + ".pub.pem");
    Run keyRequired = run("verify", signed.toString(), "--require-signature", "--key", prefix + ".pub.pem");

    assertThat(noKey.code()).isZero();
    assertThat(noKey.out()).startsWith("VALID (integrity only, authenticity NOT checked): ")
        .contains("authenticity not checked");
    assertThat(noKeyRequired.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(noKeyRequired.out()).contains("--require-signature: the package is not authenticated (no --key");
    assertThat(unsignedRequired.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(keyRequired.code()).as(keyRequired.out()).isZero();
    assertThat(keyRequired.out()).startsWith("VALID: ");
  }

  // 8. Output side effects

  @Test
  void out_staleTemporaryFileOfADeadProcess_isRemoved_andALiveOnesIsKept() throws IOException {
    Path report = temp.resolve("report.html");
    long dead = deadPid();
    Path stale = write(".report.html." + dead + ".k3j2.tmp", "half");
    Path live = write(".report.html." + ProcessHandle.current().pid() + ".x1.tmp", "writing");

    Run run = run("assess", SOLAR.toString(), "--format", "html", "--out", report.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(report).isRegularFile();
    assertThat(stale).doesNotExist();
    assertThat(live).exists();
  }

  private static long deadPid() {
    for (long pid = 4_000_000; ; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
  }

  @Test
  void writeFiles_secondFileFails_leavesNeitherFileNorTemporaryFile() throws IOException {
    Path first = temp.resolve("k.key.pem");
    Path second = temp.resolve("k.pub.pem");

    assertThatThrownBy(() -> AtomicOutput.writeFiles(List.of(
            new AtomicOutput.Output(first, "", true, tmp -> write(tmp)),
            new AtomicOutput.Output(second, "", false, tmp -> {
              throw new UncheckedIOException(new IOException("No space left on device"));
            }))))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("No space left on device");
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  private static void write(Path tmp) {
    try {
      Files.writeString(tmp, "secret");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void out_filesFollowTheUmask_andOnlyThePrivateKeyIsOwnerOnly() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"));
    String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(temp.resolve("u"))));
    Path report = temp.resolve("r.md");
    Path zip = temp.resolve("p.zip");
    Path prefix = temp.resolve("k");

    run("assess", SOLAR.toString(), "--format", "markdown", "--out", report.toString());
    run("package", COMPLIANT.toString(), "--all-products", "--out", zip.toString());
    run("keygen", "--out", prefix.toString());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo(umasked);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo(umasked);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(prefix + ".pub.pem"))))
        .isEqualTo(umasked);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(prefix + ".key.pem"))))
        .isEqualTo("rw-------");
  }

  // 9. Order

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void findings_everyArrayShuffled_sameFindingsInTheSameOrder(long seed) throws IOException {
    ObjectNode d = dossier(FOOD);
    shuffleArrays(d, new Random(seed));
    Path shuffled = write("shuffled.json", d);

    Run original = run("assess", FOOD.toString(), "--format", "json");
    Run run = run("assess", shuffled.toString(), "--format", "json");

    assertThat(run.code()).as("seed %d", seed).isEqualTo(original.code());
    assertThat(findings(run.out())).as("seed %d", seed).isEqualTo(findings(original.out()));
  }

  private static void shuffleArrays(JsonNode node, Random random) {
    if (node instanceof ArrayNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      java.util.Collections.shuffle(items, random);
      array.removeAll();
      items.forEach(array::add);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      shuffleArrays(it.next(), random);
    }
  }

  /** Each finding without its path (an array index, which moves with the input). */
  private static List<String> findings(String reportJson) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(reportJson).path("findings")) {
      ObjectNode copy = f.deepCopy();
      copy.remove("path");
      out.add(copy.toString());
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  // 10. Reader details: lone surrogates, real lengths, the path of an over-long field name

  @Test
  void reader_escapedLoneSurrogate_isRejectedWithItsLocation() throws IOException {
    String json = Files.readString(SOLAR).replaceFirst("\"name\": \"", "\"name\": \"\\\\ud800");
    Path file = write("surrogate.json", json);

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
        + ":\\d+:\\d+: /partner/name: the string holds an unpaired surrogate \\\\ud800 .*");
  }

  @Test
  void reader_tenMillionCharacterString_isReportedWithItsRealLength() throws IOException {
    ObjectNode d = dossier(SOLAR);
    ((ObjectNode) d.path("partner")).put("name", "A".repeat(10_000_000));
    Path file = write("long-string.json", d);

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(": /partner/name: a string of 10000000 characters, longer than the limit of");
  }

  @Test
  void reader_tenThousandCharacterFieldName_isReportedAtItsOwnPath() throws IOException {
    String name = "k".repeat(10_000);
    ObjectNode d = dossier(SOLAR);
    ((ObjectNode) d.path("evidence")).put(name, 1);
    Path file = write("long-name.json", d);

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(": /evidence/" + name + ": a field name of 10000 characters, longer than the limit"
        + " of 256");
  }

  // 10. Dates before CTPAT existed

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "1999-12-31", "2001-10-31"})
  void asOf_beforeCtpatExisted_isAUsageError(String day) {
    Run run = run("assess", SOLAR.toString(), "--as-of", day);

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(day + " is before CTPAT existed").contains("2001-11-01");
  }

  @Test
  void asOf_inTheDossierBeforeCtpatExisted_isRejected() throws IOException {
    ObjectNode d = dossier(SOLAR);
    d.put("asOf", "1990-01-01");
    Path file = write("old.json", d);

    Run run = run("assess", file.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void asOf_theFloorItself_isAccepted() {
    Run run = run("assess", SOLAR.toString(), "--as-of", "2001-11-01");

    assertThat(run.code()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.NOT_COMPLIANT);
  }

  // Bad input (exit 2) against internal faults (exit 3)

  @Test
  void internalError_ruleFailureOutOfMemoryAndStackOverflow_exitThreeAskingForAReport() {
    for (Throwable fault : List.of(
        new RiskRuleException("uflpa-entity-list", "f-quartz", new NegativeArraySizeException("-2")),
        new OutOfMemoryError("Java heap space"),
        new StackOverflowError())) {
      StringWriter err = new StringWriter();
      int code = ErrorHandler.internalError(new PrintWriter(err), fault, false);

      assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
      assertThat(err.toString()).contains("internal error").contains("please report").contains("--debug")
          .doesNotContain("\tat ");
      StringWriter debug = new StringWriter();
      ErrorHandler.internalError(new PrintWriter(debug), fault, true);
      assertThat(debug.toString()).contains("\tat ");
    }
  }

  @Test
  void internalError_ruleExceptionThrownByACommand_isExitThreeNotBadInput() {
    picocli.CommandLine line = Ctpat4jCommand.newCommandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), false);
    StringWriter err = new StringWriter();
    line.setErr(new PrintWriter(err));

    int code = new ErrorHandler().handleExecutionException(
        new RiskRuleException("r", "f", new OutOfMemoryError()), line, null);

    assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(err.toString()).contains("please report");
  }
}
