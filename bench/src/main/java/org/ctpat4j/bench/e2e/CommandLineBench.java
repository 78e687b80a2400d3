package org.ctpat4j.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a user of the command line waits for, JVM start included: one {@code java -Xmx2g -jar ctpat4j.jar assess FILE
 * --format json --out FILE} process, from its start to its exit, on the bundled solar sample or a generated
 * 10,000-facility dossier (5.9 MB).
 *
 * <p>{@code compilers} chooses how the JVM compiles, the one thing this benchmark compares:
 * <ul>
 *   <li>{@code jvm}, the baseline: the JVM's own default ({@code -Dctpat4j.compiler=jvm}), both compilers;
 *   <li>{@code auto}: plain {@code java -jar}, where the command line runs itself in a new JVM for a batch run (the
 *       throughput collector, and the client compiler alone on files of up to 200 MB);
 *   <li>{@code directive}: {@code java -Xshare:auto -jar} (an option the command line does not pass on to a new JVM, and
 *       the JVM's default anyway), where it asks the running JVM to keep its methods from the optimising compiler;
 *   <li>{@code client}: {@code -XX:TieredStopAtLevel=1}, the client compiler alone from the start, as {@code
 *       bin/ctpat4j} runs it.
 * </ul>
 * Report {@code auto} and {@code client} as ratios to {@code jvm} of the same run: the machine's load moves single
 * process runs by tens of percent.
 *
 * <p>The jar is {@code samples/target/ctpat4j.jar} (build it first with {@code mvn -B -DskipTests package}), found from
 * the working directory or its parent, or named by {@code -Dctpat4j.jar=PATH} given to JMH with {@code -jvmArgsAppend}.
 * Run: {@code java -jar bench/target/benchmarks.jar CommandLineBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 7)
@Fork(1)
public class CommandLineBench {

  /** {@code sample}: the bundled solar sample; a number: a generated dossier of that many facilities. */
  @Param({"sample", "10000"})
  public String dossier;

  /** How the JVM compiles: {@code jvm} (the baseline), {@code auto} or {@code client}. */
  @Param({"jvm", "auto", "directive", "client"})
  public String compilers;

  private List<String> command;
  private Path temp;

  /** Finds the jar and the dossier, and writes a generated one (not measured). */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    Path jar = jar();
    temp = Files.createTempDirectory("ctpat4j-cli-bench");
    Path file;
    if (dossier.equals("sample")) {
      // samples/target/ctpat4j.jar -> samples/dossiers/solar-importer/dossier.json
      file = jar.toAbsolutePath().getParent().getParent().resolve("dossiers/solar-importer/dossier.json");
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("no bundled sample at " + file);
      }
    } else {
      file = Files.write(temp.resolve("dossier.json"), E2eDossiers.bytes(Integer.parseInt(dossier)));
    }
    command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    switch (compilers) {
      case "jvm" -> command.add("-Dctpat4j.compiler=jvm");
      case "auto" -> { }
      case "directive" -> command.add("-Xshare:auto");
      case "client" -> command.add("-XX:TieredStopAtLevel=1");
      default -> throw new IllegalArgumentException("compilers must be jvm, auto, directive or client, not " + compilers);
    }
    command.addAll(
        List.of("-jar", jar.toString(), "assess", file.toString(), "--format", "json", "--out",
            temp.resolve("report.json").toString()));
    System.out.printf("%n[CommandLineBench] %s%n", String.join(" ", command));
  }

  /** Deletes the generated dossier and the report. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    List<Path> files;
    try (var listing = Files.list(temp)) {
      files = listing.toList();
    }
    for (Path f : files) {
      Files.delete(f);
    }
    Files.delete(temp);
  }

  private static Path jar() {
    String named = System.getProperty("ctpat4j.jar");
    List<Path> candidates =
        named != null
            ? List.of(Path.of(named))
            : List.of(Path.of("samples/target/ctpat4j.jar"), Path.of("../samples/target/ctpat4j.jar"));
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "no ctpat4j.jar at " + candidates + ": build it with 'mvn -B -DskipTests package', or name it with"
            + " -jvmArgsAppend -Dctpat4j.jar=PATH");
  }

  /**
   * Runs one process to its end.
   *
   * @return its exit code: 1 (not compliant) for the solar sample and the generated dossiers
   */
  @Benchmark
  public int assess() throws IOException, InterruptedException {
    Path err = temp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    int code = p.waitFor();
    if (code != 0 && code != 1) {
      throw new IllegalStateException(
          "ctpat4j exited " + code + ": " + read(err) + " (command: " + String.join(" ", command) + ")");
    }
    return code;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
