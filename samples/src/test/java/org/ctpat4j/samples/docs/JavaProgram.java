package org.ctpat4j.samples.docs;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Compiles Java sources against the built modules and runs them in a JVM of their own, on the class path, as an
 * application that depends on ctpat4j would.
 */
final class JavaProgram {

  private JavaProgram() {}

  /**
   * The outcome of a compilation or a run.
   *
   * @param status the exit status (0 for success)
   * @param output what it printed (standard output and error together)
   */
  record Result(int status, String output) {}

  /**
   * Compiles sources with the JDK's javac, in-process.
   *
   * @param out where the classes go
   * @param sources the source files
   * @return javac's status and diagnostics
   */
  static Result compile(Path out, List<Path> sources) {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("no javac in this JDK"));
    List<String> args = new ArrayList<>(
        List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-d", out.toString(), "-cp", libraries()));
    sources.forEach(s -> args.add(s.toString()));
    StringWriter log = new StringWriter();
    int status;
    try (PrintWriter pw = new PrintWriter(log)) {
      status = javac.run(pw, pw, args.toArray(String[]::new));
    }
    return new Result(status, log.toString());
  }

  /**
   * Runs a main class in a new JVM.
   *
   * @param classes the directory of the program's classes (and resources), first on the class path
   * @param mainClass the class to run
   * @param workingDirectory the working directory
   * @param args the program's arguments
   * @return its exit status and output
   */
  static Result run(Path classes, String mainClass, Path workingDirectory, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + libraries(),
        mainClass));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(workingDirectory, "run", ".log");
    Process process = new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(mainClass + " did not finish within 120 s");
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  /** Every built module and its dependencies, as a class path (the tests themselves may run on the module path). */
  static String libraries() {
    return Stream.of("jdk.module.path", "java.class.path")
        .map(System::getProperty)
        .filter(p -> p != null && !p.isBlank())
        .reduce((a, b) -> a + File.pathSeparator + b)
        .orElseThrow();
  }
}
