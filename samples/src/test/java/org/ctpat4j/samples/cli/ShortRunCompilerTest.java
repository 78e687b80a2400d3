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
}
