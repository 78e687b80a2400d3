package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: the shaded jar as a separate process, given hostile packages, must refuse them fast and within a
 * small heap. Run by failsafe after {@code package}.
 */
class HostileInputIT {

  @TempDir Path temp;

  private record Run(int code, String out, String err, long millis) {}

  private Run ctpat4j(String heap, String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("ctpat4j.jar", "target/ctpat4j.jar")).toAbsolutePath();
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-Xshare:auto",
        "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("ctpat4j did not finish: " + command);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), millis);
  }

  @Test
  void verify_zipBomb_isRefusedWithExitTwoInUnderTwoSecondsWithin256Mb() throws Exception {
    // 1.25 GiB of zeros deflated into about 1.3 MB (five 256 MiB entries); the reader stops inside the first entry,
    // so a larger bomb changes nothing but the time it takes to build
    Path bomb = HostileInputTest.zipBomb(temp.resolve("bomb.zip"), 5, 256L << 20);

    // the start of the JVM and of the command line, measured alone, is not part of the refusal
    Run start = ctpat4j("256m", "verify", "--help");
    Run run = ctpat4j("256m", "verify", bomb.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("a compression ratio above the limit of 100").doesNotContain("\tat ");
    assertThat(run.millis() - start.millis())
        .as("refusal time beyond JVM start (%d ms in all, start %d ms)", run.millis(), start.millis())
        .isLessThan(2000);
  }
}
