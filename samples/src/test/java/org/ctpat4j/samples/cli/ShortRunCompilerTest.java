package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunCompilerTest {

  @TempDir Path temp;

  /** A JVM started with nothing said of its compilers. */
  private static final ShortRunCompiler.VmOptions DEFAULTS = name -> Optional.empty();

  private static ShortRunCompiler.VmOptions set(Map<String, String> options) {
    return name -> Optional.ofNullable(options.get(name));
  }

  /** A sparse file of the given length: no disk is used for its zeros. */
  private Path sized(String name, long length) throws IOException {
    Path file = temp.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(length);
    }
    return file;
  }

  @Test
  void aRunOnSmallFilesKeepsTheOptimisingCompilerOut() throws IOException {
    Path small = sized("small.json", 10_000);
    Path limit = sized("limit.json", ShortRunCompiler.LARGE_FILE_BYTES);

    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"assess", small.toString()}, DEFAULTS)).isEmpty();
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"assess", limit.toString()}, DEFAULTS)).isEmpty();
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"lists"}, DEFAULTS)).isEmpty();
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {}, DEFAULTS)).isEmpty();
  }

  @Test
  void aFileLargerThan200MbLeavesTheJvmAlone() throws IOException {
    Path large = sized("large.json", ShortRunCompiler.LARGE_FILE_BYTES + 1);

    Optional<String> why =
        ShortRunCompiler.keepJvmDefault(
            new String[] {"assess", large.toString(), "--format", "json", "--out", "r.json"}, DEFAULTS);

    assertThat(why).hasValue(large + " is larger than 209715200 bytes");
  }

  @Test
  void commandsThatHashZipOrSignKeepTheJvmDefault() throws IOException {
    Path small = sized("small.json", 10_000);
    for (String command : new String[] {"package", "verify", "import", "graph", "keygen"}) {
      assertThat(ShortRunCompiler.keepJvmDefault(new String[] {command, small.toString()}, DEFAULTS))
          .as(command)
          .hasValue("'" + command + "' is not a command measured to run faster with the client compiler alone");
    }
    for (String command : new String[] {"assess", "validate", "export", "screen", "lists", "schema", "help"}) {
      assertThat(ShortRunCompiler.keepJvmDefault(new String[] {command, small.toString()}, DEFAULTS)).as(command)
          .isEmpty();
    }
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"--version"}, DEFAULTS)).isEmpty();
    // an option before the command does not hide it
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"--debug", "package", small.toString()}, DEFAULTS))
        .isPresent();
    assertThat(ShortRunCompiler.COMMANDS)
        .isEqualTo(Ctpat4jCommand.newCommandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()), false).getSubcommands().keySet())
        .containsAll(ShortRunCompiler.SHORT_RUN_COMMANDS);
  }

  @Test
  void screeningALargeNamesFileLeavesTheJvmAloneSooner() throws IOException {
    Path names = sized("names.csv", ShortRunCompiler.SCREEN_LARGE_FILE_BYTES + 1);
    Path few = sized("few.csv", ShortRunCompiler.SCREEN_LARGE_FILE_BYTES);

    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"screen", names.toString()}, DEFAULTS))
        .hasValue(names + " is larger than 8388608 bytes");
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"screen", few.toString()}, DEFAULTS)).isEmpty();
    // a dossier of that size is still a short run for assess
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"assess", names.toString()}, DEFAULTS)).isEmpty();
  }

  @Test
  void aFolderCountsByItsDossier() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("big-dossier"));
    Path dossier = sized("big-dossier/dossier.json", ShortRunCompiler.LARGE_FILE_BYTES + 1);
    Path emptyFolder = Files.createDirectory(temp.resolve("empty"));

    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"assess", folder.toString()}, DEFAULTS))
        .hasValue(dossier + " is larger than 209715200 bytes");
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"assess", emptyFolder.toString()}, DEFAULTS)).isEmpty();
  }

  @Test
  void optionsMissingFilesAndUnreadableNamesAreNotFiles() throws IOException {
    Path large = sized("large.json", ShortRunCompiler.LARGE_FILE_BYTES + 1);

    assertThat(
            ShortRunCompiler.keepJvmDefault(
                new String[] {"--out=" + large, "-", "", "no/such/file.json", "nul\0name", "assess"}, DEFAULTS))
        .isEmpty();
  }

  @Test
  void aCompilerChoiceOfTheUserWins() {
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"lists"}, set(Map.of("TieredStopAtLevel", "1"))))
        .hasValue("-XX:TieredStopAtLevel is set (1)");
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"lists"}, set(Map.of("TieredStopAtLevel", "4"))))
        .hasValue("-XX:TieredStopAtLevel is set (4)");
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"lists"}, set(Map.of("TieredCompilation", "false"))))
        .hasValue("-XX:TieredCompilation is set (false)");
    assertThat(ShortRunCompiler.keepJvmDefault(new String[] {"lists"}, set(Map.of("UseJVMCICompiler", "true"))))
        .hasValue("-XX:UseJVMCICompiler is set (true)");
  }

  @Test
  void theRunningJvmReportsOptionsSetByItsCommandLineOnly() {
    ShortRunCompiler.VmOptions vm = ShortRunCompiler.runningJvm();

    // surefire starts the test JVM without compiler options; an option the JVM does not know is not set
    assertThat(vm.explicit("TieredStopAtLevel")).isEmpty();
    assertThat(vm.explicit("NoSuchOptionOfAnyJvm")).isEmpty();
  }

  @Test
  void thePropertyChoosesAutoOrJvmAndNamesAnyOtherValue() {
    StringWriter said = new StringWriter();
    PrintWriter err = new PrintWriter(said);

    assertThat(ShortRunCompiler.mayChoose(null, err)).isTrue();
    assertThat(ShortRunCompiler.mayChoose("auto", err)).isTrue();
    assertThat(ShortRunCompiler.mayChoose(" AUTO ", err)).isTrue();
    assertThat(ShortRunCompiler.mayChoose("jvm", err)).isFalse();
    assertThat(said.toString()).isEmpty();

    assertThat(ShortRunCompiler.mayChoose("c1", err)).isFalse();
    assertThat(said.toString())
        .isEqualTo(
            "ctpat4j: -Dctpat4j.compiler=c1 is neither auto nor jvm; the JVM's compilers are left as they are"
                + System.lineSeparator());
  }

  @Test
  void theDirectivesAreOnesTheJvmAccepts() throws Exception {
    // the JVM parses the directives as it adds them and says how many it added; they are removed again at once, so
    // that the other tests of this JVM keep its compilers (verified on HotSpot; another JVM refuses the command)
    String answer;
    try {
      answer = ShortRunCompiler.addDirectives();
    } catch (javax.management.JMException e) {
      org.junit.jupiter.api.Assumptions.abort("this JVM has no compilerDirectivesAdd command: " + e);
      return;
    }
    try {
      assertThat(answer).isEqualTo("1 compiler directives added");
    } finally {
      ShortRunCompiler.diagnosticCommand("compilerDirectivesRemove");
    }
  }

  @Test
  void transparentHugePages_askedForWhenTheSystemGivesThemOnRequestOrAlways(@TempDir Path dir) throws Exception {
    // the three modes as Linux writes them in /sys/kernel/mm/transparent_hugepage/enabled, the chosen one in brackets
    Path mode = dir.resolve("enabled");
    Files.writeString(mode, "always [madvise] never\n");
    assertThat(ShortRunCompiler.transparentHugePages(mode)).isTrue();
    Files.writeString(mode, "[always] madvise never\n");
    assertThat(ShortRunCompiler.transparentHugePages(mode)).isTrue();
    Files.writeString(mode, "always madvise [never]\n");
    assertThat(ShortRunCompiler.transparentHugePages(mode)).isFalse();
    // no such file (another system), or a folder in its place: not asked for
    assertThat(ShortRunCompiler.transparentHugePages(dir.resolve("missing"))).isFalse();
    assertThat(ShortRunCompiler.transparentHugePages(dir)).isFalse();
  }

  private static final String JAVA = "/opt/jdk/bin/java";
  private static final String GC = "-XX:+UseParallelGC";
  private static final String TENURE = "-XX:MaxTenuringThreshold=1";
  private static final java.util.function.Function<String, java.util.List<String>> NO_ARCHIVE = jar -> java.util.List.of();

  @Test
  void aClassArchive_ofTheStartedJar_isGivenAfterTheBatchOptions() {
    String[] args = {"validate", "d.json"};
    java.util.List<String> started = java.util.List.of("-Xmx1g", "-jar", "c.jar", "validate", "d.json");
    java.util.function.Function<String, java.util.List<String>> archive =
        jar -> java.util.List.of("-Xlog:disable", "-XX:SharedArchiveFile=/cache/" + jar + ".jsa");

    assertThat(ShortRunCompiler.batchJvmCommand(args, started, Map.of(), JAVA, true, false, archive, 0)).contains(
        java.util.List.of(JAVA, "-Xmx1g", GC, TENURE, "-XX:TieredStopAtLevel=1",
            "-D" + ShortRunCompiler.STARTED + "=true", "-Xlog:disable", "-XX:SharedArchiveFile=/cache/c.jar.jsa", "-jar",
            "c.jar", "validate", "d.json"));
    // nothing asked of the archive when the start is not plain (no folder made for a run that stays here)
    assertThat(ShortRunCompiler.batchJvmCommand(args,
        java.util.List.of("-agentlib:jdwp=transport=dt_socket", "-jar", "c.jar", "validate", "d.json"), Map.of(), JAVA,
        true, false, jar -> {
          throw new AssertionError("archive asked for " + jar);
        }, 0)).isEmpty();
  }

  private static Optional<java.util.List<String>> client(
      java.util.List<String> processArguments, Map<String, String> environment, String... args) {
    return ShortRunCompiler.batchJvmCommand(args, processArguments, environment, JAVA, true, false, NO_ARCHIVE, 0);
  }

  @Test
  void aPlainlyStartedJvm_runsTheCommandInANewOneForABatchRun() {
    String[] args = {"assess", "d.json", "--format", "json"};
    java.util.List<String> started =
        java.util.List.of("-Xmx2g", "-Dctpat4j.compiler=auto", "-jar", "lib/ctpat4j.jar", "assess", "d.json", "--format",
            "json");

    assertThat(client(started, Map.of("PATH", "/usr/bin", "JAVA_TOOL_OPTIONS", " "), args)).contains(java.util.List.of(
        JAVA, "-Xmx2g", "-Dctpat4j.compiler=auto", GC, TENURE, "-XX:TieredStopAtLevel=1",
        "-D" + ShortRunCompiler.STARTED + "=true", "-jar", "lib/ctpat4j.jar", "assess", "d.json", "--format", "json"));
    assertThat(client(java.util.List.of("-jar", "c.jar"), Map.of())).contains(java.util.List.of(
        JAVA, GC, TENURE, "-XX:TieredStopAtLevel=1", "-Dctpat4j.started=true", "-jar", "c.jar"));
    // a large file: the throughput collector, both compilers, the optimising one for the hottest methods only
    assertThat(ShortRunCompiler.batchJvmCommand(args, started, Map.of(), JAVA, false, false, NO_ARCHIVE, 0)).contains(java.util.List.of(
        JAVA, "-Xmx2g", "-Dctpat4j.compiler=auto", GC, TENURE, "-XX:Tier4InvocationThreshold=50000",
        "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", "-D" + ShortRunCompiler.STARTED + "=true",
        "-jar", "lib/ctpat4j.jar", "assess", "d.json", "--format", "json"));
    // where the system has transparent huge pages, the heap asks for them, with either compiler
    assertThat(ShortRunCompiler.batchJvmCommand(args, started, Map.of(), JAVA, true, true, NO_ARCHIVE, 0)).contains(java.util.List.of(
        JAVA, "-Xmx2g", "-Dctpat4j.compiler=auto", GC, TENURE, "-XX:+UseTransparentHugePages",
        "-XX:TieredStopAtLevel=1", "-D" + ShortRunCompiler.STARTED + "=true", "-jar", "lib/ctpat4j.jar", "assess",
        "d.json", "--format", "json"));
    assertThat(ShortRunCompiler.batchJvmCommand(args, started, Map.of(), JAVA, false, true, NO_ARCHIVE, 0)).contains(java.util.List.of(
        JAVA, "-Xmx2g", "-Dctpat4j.compiler=auto", GC, TENURE, "-XX:+UseTransparentHugePages",
        "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000",
        "-D" + ShortRunCompiler.STARTED + "=true", "-jar", "lib/ctpat4j.jar", "assess", "d.json", "--format", "json"));
    // every option passed on as it is
    for (String option : java.util.List.of("-Xms64m", "-Xss2m", "-Xmn32m", "-Dx", "-Dfile.encoding=UTF-8", "-Da=b c",
        "-XX:MaxRAMPercentage=50.0", "-XX:InitialRAMPercentage=5", "-XX:ActiveProcessorCount=2", "-ea", "-da:org...",
        "-esa", "-enableassertions", "-disablesystemassertions")) {
      assertThat(client(java.util.List.of(option, "-jar", "c.jar", "lists"), Map.of(), "lists")).as(option).isPresent();
    }
  }

  @Test
  void aLargeFile_startsTheHeapAtThreeQuartersOfItsMost_halfOfItForTheOldGeneration() {
    String[] args = {"assess", "d.json"};
    java.util.List<String> started = java.util.List.of("-Xmx2g", "-jar", "c.jar", "assess", "d.json");
    long twoGb = 2048L << 20;

    assertThat(ShortRunCompiler.batchJvmCommand(args, started, Map.of(), JAVA, false, false, NO_ARCHIVE, twoGb))
        .contains(java.util.List.of(JAVA, "-Xmx2g", GC, TENURE, "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", "-Xms1536m",
            "-XX:OldSize=1024m", "-D" + ShortRunCompiler.STARTED + "=true", "-jar", "c.jar", "assess", "d.json"));
    // a small file: the JVM's own sizes
    assertThat(ShortRunCompiler.batchJvmCommand(args, started, Map.of(), JAVA, true, false, NO_ARCHIVE, twoGb).get())
        .noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:OldSize"));
    assertThat(ShortRunCompiler.largeRunHeap(java.util.List.of(), (100L << 20) + 5))
        .containsExactly("-Xms75m", "-XX:OldSize=50m");
    // the user's sizes, a tiny heap or an unknown one: nothing added
    for (String option : java.util.List.of("-Xms64m", "-Xmn32m", "-XX:InitialRAMPercentage=5")) {
      assertThat(ShortRunCompiler.largeRunHeap(java.util.List.of("-Xmx2g", option), twoGb)).as(option).isEmpty();
    }
    assertThat(ShortRunCompiler.largeRunHeap(java.util.List.of(), 63L << 20)).isEmpty();
    assertThat(ShortRunCompiler.largeRunHeap(java.util.List.of(), 0)).isEmpty();
  }

  /**
   * The sizes given agree with the most heap in HotSpot's eyes: no warning about generation sizes, which it prints on
   * standard output.
   */
  @Test
  void theHeapSizesOfALargeRun_startAJvmWithoutAWord() throws Exception {
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (long mb : new long[] {64, 100, 512, 2048, 5000}) {
      java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(launcher, "-Xmx" + mb + "m"));
      command.addAll(ShortRunCompiler.COLLECTOR);
      command.addAll(ShortRunCompiler.largeRunHeap(java.util.List.of(), mb << 20));
      command.add("-version");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(out).isZero();
      assertThat(out).as(String.join(" ", command)).doesNotContain("warning").doesNotContain("Inconsistency");
    }
  }

  @Test
  void aJvmStartedOtherwise_keepsTheRun() {
    String[] args = {"assess", "d.json"};
    // options that must not be applied twice or that choose the compilers, in any place before -jar
    for (String option : java.util.List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-javaagent:a.jar", "-XX:+PrintCompilation", "-XX:StartFlightRecording", "-Xlog:gc", "-verbose:class",
        "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+UseJVMCICompiler", "-Xint", "-cp", "x.jar",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:Flags=.hotspotrc", "-XX:VMOptionsFile=o.txt",
        "-Xshare:auto", "@argfile", "-XX:+UseG1GC", "-XX:+UseSerialGC")) {
      assertThat(client(java.util.List.of("-Xmx1g", option, "-jar", "c.jar", "assess", "d.json"), Map.of(), args))
          .as(option)
          .isEmpty();
    }
    // options from the environment
    for (String variable : ShortRunCompiler.OPTION_VARIABLES) {
      assertThat(client(java.util.List.of("-jar", "c.jar", "assess", "d.json"), Map.of(variable, "-Xmx1g"), args))
          .as(variable)
          .isEmpty();
    }
    // not started with -jar (a class path and a main class), or not with these arguments
    assertThat(client(java.util.List.of("-cp", "c.jar", "org.ctpat4j.samples.cli.Ctpat4jCommand", "assess", "d.json"),
        Map.of(), args)).isEmpty();
    assertThat(client(java.util.List.of("-jar"), Map.of())).isEmpty();
    assertThat(client(java.util.List.of("-jar", "c.jar", "assess", "other.json"), Map.of(), args)).isEmpty();
    assertThat(client(java.util.List.of("-jar", "c.jar", "assess"), Map.of(), args)).isEmpty();
  }

  @Test
  void inTheJvmItStarted_noOtherIsStarted() {
    String before = System.getProperty(ShortRunCompiler.STARTED);
    System.setProperty(ShortRunCompiler.STARTED, "client");
    try {
      StringWriter err = new StringWriter();
      assertThat(ShortRunCompiler.runInBatchJvm(new String[] {"--debug", "lists"}, new PrintWriter(err))).isEmpty();
      assertThat(err.toString()).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty(ShortRunCompiler.STARTED);
      } else {
        System.setProperty(ShortRunCompiler.STARTED, before);
      }
    }
  }

  @Test
  void commandsThatDoNotGain_stayInThisJvm() {
    StringWriter err = new StringWriter();
    for (String command : java.util.List.of("package", "verify", "import", "graph", "keygen")) {
      assertThat(ShortRunCompiler.runInBatchJvm(new String[] {"--debug", command, "x"}, new PrintWriter(err)))
          .as(command)
          .isEmpty();
    }
    assertThat(err.toString()).isEmpty();
  }
}
