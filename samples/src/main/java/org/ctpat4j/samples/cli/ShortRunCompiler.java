package org.ctpat4j.samples.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import org.ctpat4j.core.internal.Tasks;

/**
 * Keeps HotSpot's optimising compiler (C2) out of a run of the command line on files of up to 200 MB, which is what
 * {@code bin/ctpat4j} does with {@code -XX:TieredStopAtLevel=1}, for those who start the jar themselves with
 * {@code java -jar}. A jar's manifest cannot set JVM options, so the command line asks the running JVM instead: it adds
 * the compiler directive {@value #DIRECTIVES} through the {@code compilerDirectivesAdd} diagnostic command (the
 * {@code jcmd PID Compiler.directives_add} of the JDK's tools), and HotSpot then compiles the methods that would have
 * gone to C2 with the client compiler alone.
 *
 * <p>Why: on two cores a short run cannot pay back what C2 costs. Its compiler thread takes a core the run needs, and
 * each phase of an assessment recompiles what the previous phase's profile got wrong. Measured with {@code java -Xmx2g
 * -jar} on two cores, alternating runs in one slow hour: the solar sample 1.99-2.44 s against 1.93-2.24 s with the
 * directive; 10,000 facilities 3.39-4.15 s against 2.63-3.18 s; 100,000 facilities 10.6-13.7 s against 8.7-8.9 s. The
 * option itself gains more (10,000 facilities: 1.8-2.4 s) because the directive arrives after the JVM has started
 * (about 0.2 s of CPU to reach the diagnostic command) and methods still run their profiled first compilation until they
 * would have gone to C2. Beyond 200 MB (about 300,000 facilities) C2 pays back and the JVM is left as it is: a 1M-facility dossier takes
 * 46-53 s with the client compiler alone against 36-41 s with both.
 *
 * <p>Nothing here changes a result, only how fast the same code runs. The JVM is left as it is when:
 * <ul>
 *   <li>the command is not one of {@link #SHORT_RUN_COMMANDS} ({@code package}, {@code verify}, {@code import},
 *       {@code graph}, {@code keygen}), which were not measured faster so;
 *   <li>the system property {@value #PROPERTY} is {@code jvm} (the default is {@code auto});
 *   <li>the JVM was started with a choice of its own: {@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation} or
 *       {@code -XX:+UseJVMCICompiler}, given on the command line, in {@code JAVA_TOOL_OPTIONS} or a flags file (so
 *       {@code bin/ctpat4j}'s option wins, and so does a user's {@code -XX:TieredStopAtLevel=4});
 *   <li>a file named among the arguments, or the {@code dossier.json} of a folder named among them, is larger than 200
 *       MB, or, for {@code screen}, than 8 MB ({@link #SCREEN_LARGE_FILE_BYTES});
 *   <li>the JVM has no such diagnostic command or management interface (another JVM than HotSpot, a runtime without
 *       {@code jdk.management}, a security manager that refuses it): the run goes on with the JVM's default.
 * </ul>
 * Only {@link Ctpat4jCommand#main} asks; {@link Ctpat4jCommand#execute}, which tests and embedders call, never touches
 * the JVM that hosts it.
 *
 * @see <a href="https://docs.oracle.com/en/java/javase/17/vm/writing-directives.html">Java Virtual Machine Guide:
 *     Writing Directives</a>
 */
final class ShortRunCompiler {

  /** The system property that chooses: {@code auto} (the default) or {@code jvm} (leave the JVM's compilers alone). */
  static final String PROPERTY = "ctpat4j.compiler";

  /** Files larger than this (200 MB, as in {@code bin/ctpat4j}) make a run long enough for C2 to pay back. */
  static final long LARGE_FILE_BYTES = 200L * 1024 * 1024;

  /**
   * For {@code screen}, whose work per byte is far greater (every name is screened against every list), the size above
   * which C2 pays back: 8 MB, about 200,000 names. Measured with {@code java -Xmx2g -jar} on two cores: 100,000 names
   * (3.8 MB) and 300,000 (13.5 MB) take the same time either way; 600,000 (28 MB) take 12.9-13.3 s with C2 against
   * 16.4-17.9 s without, and 1,000,000 (47 MB) 15.4 s against 18.9 s.
   */
  static final long SCREEN_LARGE_FILE_BYTES = 8L * 1024 * 1024;

  /** The directive: no method, of ctpat4j or of anything it calls, is compiled by C2. */
  static final String DIRECTIVES = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

  /**
   * The commands measured to run faster, or as fast, with the client compiler alone on files within the limits, and
   * those that only start and answer ({@code help}, {@code lists}, {@code schema}); a run with no command or an option
   * first and no command ({@code --version}) is one of those too. The others keep the JVM's default: {@code package} and {@code
   * verify} hash, zip and sign (10k facilities, every product: 23.0 s with the client compiler alone against 11.8 s with
   * both; verifying that 38 MB package 1.76-1.79 s against 1.32-1.33 s), and {@code import}, {@code graph} and {@code
   * keygen} showed no gain (100k facilities: import 14.5-15.0 s against 11.6-15.2 s, graph 15.7-15.9 s against 13.7-16.2
   * s). Measured with {@code java -Xmx2g -jar} on two cores, alternating runs.
   */
  static final java.util.Set<String> SHORT_RUN_COMMANDS =
      java.util.Set.of("assess", "validate", "export", "screen", "lists", "schema", "help");

  /** Every command's name. */
  static final java.util.Set<String> COMMANDS =
      java.util.Set.of("assess", "graph", "validate", "import", "export", "package", "verify", "keygen", "lists",
          "screen", "schema", "help");

  /** The first argument that names a command (options such as {@code --debug} may come before it); null if none. */
  static String command(String[] args) {
    for (String arg : args) {
      if (COMMANDS.contains(arg)) {
        return arg;
      }
    }
    return null;
  }

  /** The JVM options by which a user has already chosen the compilers. */
  private static final java.util.List<String> COMPILER_OPTIONS =
      java.util.List.of("TieredStopAtLevel", "TieredCompilation", "UseJVMCICompiler");

  private ShortRunCompiler() {}

  /** What the JVM says of one of its options. */
  interface VmOptions {
    /**
     * Returns the option's value when something other than the JVM's defaults and ergonomics set it.
     *
     * @param name the option's name, without {@code -XX:}
     * @return its value as the JVM prints it ({@code "1"}, {@code "false"}); empty when it has its default value or the
     *     JVM does not know the option
     */
    Optional<String> explicit(String name);
  }

  /** The running JVM's options, read through its diagnostic management interface. */
  static VmOptions runningJvm() {
    HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    return name -> {
      try {
        VMOption option = bean.getVMOption(name);
        VMOption.Origin origin = option.getOrigin();
        return origin == VMOption.Origin.DEFAULT || origin == VMOption.Origin.ERGONOMIC
            ? Optional.empty()
            : Optional.of(option.getValue());
      } catch (IllegalArgumentException unknownOption) {
        return Optional.empty();
      }
    };
  }

  /**
   * Reads the system property {@value #PROPERTY}.
   *
   * @param value the property's value; null when it is not set
   * @param err where to say that the value is not understood; never null
   * @return whether the command line may choose the compilers ({@code auto}); false for {@code jvm} and for a value it
   *     does not understand, which it names on {@code err}
   */
  static boolean mayChoose(String value, PrintWriter err) {
    Objects.requireNonNull(err, "err");
    if (value == null || value.strip().equalsIgnoreCase("auto")) {
      return true;
    }
    if (!value.strip().equalsIgnoreCase("jvm")) {
      err.println(
          "ctpat4j: -D" + PROPERTY + "=" + value + " is neither auto nor jvm; the JVM's compilers are left as they are");
      err.flush();
    }
    return false;
  }

  /**
   * Decides whether to keep C2 out of this run.
   *
   * @param args the command line; never null
   * @param vm the JVM's options; never null
   * @return why the JVM is left as it is, or empty when C2 is to be kept out
   */
  static Optional<String> keepJvmDefault(String[] args, VmOptions vm) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(vm, "vm");
    String command = command(args);
    if (command != null && !SHORT_RUN_COMMANDS.contains(command)) {
      return Optional.of("'" + command + "' is not a command measured to run faster with the client compiler alone");
    }
    for (String option : COMPILER_OPTIONS) {
      Optional<String> value = vm.explicit(option);
      if (value.isPresent()) {
        return Optional.of("-XX:" + option + " is set (" + value.get() + ")");
      }
    }
    long limit = "screen".equals(command) ? SCREEN_LARGE_FILE_BYTES : LARGE_FILE_BYTES;
    for (String arg : args) {
      Optional<Path> large = largeFile(arg, limit);
      if (large.isPresent()) {
        return Optional.of(large.get() + " is larger than " + limit + " bytes");
      }
    }
    return Optional.empty();
  }

  /** The file an argument names, or its folder's dossier.json, when it is larger than the limit. */
  private static Optional<Path> largeFile(String arg, long limit) {
    if (arg.isEmpty() || arg.startsWith("-")) {
      // an option (--out=FILE names a file to write, not one to read)
      return Optional.empty();
    }
    try {
      Path file = Path.of(arg);
      if (Files.isDirectory(file)) {
        file = file.resolve(DossierLoader.DOSSIER_JSON);
      }
      return Files.isRegularFile(file) && Files.size(file) > limit ? Optional.of(file) : Optional.empty();
    } catch (InvalidPathException | IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Adds {@link #DIRECTIVES} to the running JVM through its {@code compilerDirectivesAdd} diagnostic command.
   *
   * @return what the JVM answered (for example {@code "1 compiler directives added"})
   * @throws JMException if the JVM has no such command or refuses it
   * @throws IOException if the directives cannot be written to a temporary file for the command to read
   */
  static String addDirectives() throws JMException, IOException {
    Path file = Files.createTempFile("ctpat4j-compiler", ".json");
    try {
      Files.writeString(file, DIRECTIVES, StandardCharsets.UTF_8);
      return diagnosticCommand("compilerDirectivesAdd", file.toString());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Runs one of the running JVM's diagnostic commands (the operations of {@code jcmd PID help}, by their MBean names).
   *
   * @param operation the command's operation, such as {@code compilerDirectivesAdd}
   * @param arguments its arguments
   * @return what the JVM answered, stripped
   * @throws JMException if the JVM has no such command or refuses it
   */
  static String diagnosticCommand(String operation, String... arguments) throws JMException {
    Object answer =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation,
                new Object[] {arguments},
                new String[] {String[].class.getName()});
    return String.valueOf(answer).strip();
  }

  /**
   * Starts, on a daemon thread, keeping C2 out of this run when {@link #keepJvmDefault} finds no reason not to, and
   * returns at once. Whatever fails is ignored: the run goes on with the JVM's default.
   *
   * @param args the command line; never null
   * @param err where to say that {@value #PROPERTY} has a value not understood; never null
   */
  static void start(String[] args, PrintWriter err) {
    Objects.requireNonNull(args, "args");
    if (!mayChoose(System.getProperty(PROPERTY), err)) {
      return;
    }
    String[] copy = args.clone();
    Tasks.onDaemonThread("ctpat4j-compiler")
        .execute(
            () -> {
              try {
                if (keepJvmDefault(copy, runningJvm()).isEmpty()) {
                  addDirectives();
                }
              } catch (JMException | IOException | RuntimeException | LinkageError e) {
                // the JVM keeps its default compilers, which only makes the run slower
              }
            });
  }
}
