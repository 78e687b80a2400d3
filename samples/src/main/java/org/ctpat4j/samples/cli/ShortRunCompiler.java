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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;
import org.ctpat4j.core.internal.Tasks;

/**
 * Keeps HotSpot's optimising compiler (C2) out of a run of the command line on files of up to 200 MB, which is what
 * {@code bin/ctpat4j} does with {@code -XX:TieredStopAtLevel=1}, for those who start the jar themselves with
 * {@code java -jar}. A jar's manifest cannot set JVM options, so the command line does it one of two ways:
 * <ol>
 *   <li>When the JVM was started plainly ({@code java [-Xmx...] [-D...] -jar ctpat4j.jar ARGS}, nothing else among its
 *       options and no {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or {@code _JAVA_OPTIONS}), it runs the
 *       command in a new JVM started the same way plus the options of a batch run, which inherits the standard streams,
 *       and exits with its exit code ({@link #runInBatchJvm}): {@code -XX:TieredStopAtLevel=1} on files within the
 *       limits below (on larger ones the optimising compiler for the hottest methods only, {@link #HOTTEST_TO_C2}),
 *       and the throughput collector ({@code -XX:+UseParallelGC}, see {@link #COLLECTOR}) whatever the size, since a
 *       run of the command line waits for its result, not for short pauses, and, where Linux offers them, transparent
 *       huge pages for its heap ({@code -XX:+UseTransparentHugePages}, see {@link #transparentHugePages}), and a
 *       class-data archive of the classes a run loads, kept in the user's cache ({@link ClassArchive}). The first JVM
 *       only starts the second (about 0.05 s).
 *       Measured with {@code java -Xmx2g -jar} on two cores: 10,000 facilities 1.86-1.90 s against 2.14-2.18 s with
 *       the directive below; with the G1 collector (the JVM's default) against the throughput collector, 1M facilities
 *       39.5-45.0 s against 34.1-42.5 s (peak RSS 1.9-2.0 GB against 1.45-1.5 GB) and screening 600,000 names
 *       11.5-11.9 s against 8.6-8.8 s.
 *   <li>Otherwise (agents, logging, other options that must not be applied twice), it asks the running JVM: it adds the
 *       compiler directive {@value #DIRECTIVES} through the {@code compilerDirectivesAdd} diagnostic command (the
 *       {@code jcmd PID Compiler.directives_add} of the JDK's tools), and HotSpot then compiles the methods that would
 *       have gone to C2 with the client compiler alone.
 * </ol>
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
 * the JVM that hosts it or starts another. With {@code --debug} among the arguments, the command that starts the new
 * JVM is printed on standard error.
 *
 * @see <a href="https://docs.oracle.com/en/java/javase/17/vm/writing-directives.html">Java Virtual Machine Guide:
 *     Writing Directives</a>
 */
final class ShortRunCompiler {

  /** The system property that chooses: {@code auto} (the default) or {@code jvm} (leave the JVM's compilers alone). */
  static final String PROPERTY = "ctpat4j.compiler";

  /**
   * The system property set on a JVM the command line starts for a batch run ({@link #runInBatchJvm}): that JVM neither
   * starts another nor adds the directive.
   */
  static final String STARTED = "ctpat4j.started";

  /** The variables through which the {@code java} launcher and the JVM take options from the environment. */
  static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /**
   * The JVM options passed on as they are to a JVM started for a batch run: heap and stack sizes, the share of memory and
   * the processors it may use, system properties, assertions. Any other option (an agent, a debugger, a log, a flight
   * recording, a module option, a collector of the user's choice) keeps the run in the JVM that was started, with the
   * directive.
   */
  static final Pattern PASSED_ON =
      Pattern.compile(
          "-Xm[snx]\\S+|-Xss\\S+|-D[^=\\s]+(=.*)?|-XX:(Max|Min|Initial)RAMPercentage=[0-9.]+|-XX:ActiveProcessorCount=\\d+"
              + "|-(ea|da)(:.*)?|-(esa|dsa)|-(enable|disable)(system)?assertions(:.*)?",
          Pattern.DOTALL);

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
  static final Set<String> SHORT_RUN_COMMANDS =
      Set.of("assess", "validate", "export", "screen", "lists", "schema", "help");

  /** Every command's name. */
  static final Set<String> COMMANDS =
      Set.of("assess", "graph", "validate", "import", "export", "package", "verify", "keygen", "lists",
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
  private static final List<String> COMPILER_OPTIONS =
      List.of("TieredStopAtLevel", "TieredCompilation", "UseJVMCICompiler");

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
    if (!isShortRun(command)) {
      return Optional.of("'" + command + "' is not a command measured to run faster with the client compiler alone");
    }
    for (String option : COMPILER_OPTIONS) {
      Optional<String> value = vm.explicit(option);
      if (value.isPresent()) {
        return Optional.of("-XX:" + option + " is set (" + value.get() + ")");
      }
    }
    return largeInput(args, command);
  }

  /** Whether a command (null for none) is one of {@link #SHORT_RUN_COMMANDS}. */
  private static boolean isShortRun(String command) {
    return command == null || SHORT_RUN_COMMANDS.contains(command);
  }

  /**
   * Says which file among the arguments makes the run long enough for C2 to pay back, if one does.
   *
   * @param args the command line; never null
   * @param command the command it names ({@link #command}), or null
   * @return why C2 is kept, or empty when every file is within the command's limit
   */
  private static Optional<String> largeInput(String[] args, String command) {
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
   * The command that runs the same arguments in a new JVM for a batch run, when this JVM was started plainly: {@code
   * java OPTIONS -jar JAR ARGS}, every option one of {@link #PASSED_ON}, and none of {@link #OPTION_VARIABLES} set. The
   * new JVM gets the same options, the throughput collector ({@link #COLLECTOR}), transparent huge pages
   * ({@code -XX:+UseTransparentHugePages}) when asked, the client compiler alone ({@code -XX:TieredStopAtLevel=1})
   * when asked (else {@link #HOTTEST_TO_C2}), and {@code -D}{@value #STARTED}{@code =true}.
   *
   * @param args the command line's arguments; never null
   * @param processArguments the arguments this JVM was started with (after the {@code java} command); never null
   * @param environment this process's environment; never null
   * @param java the {@code java} command to start; never null
   * @param clientCompiler whether the new JVM compiles with the client compiler alone
   * @param hugePages whether the new JVM backs its heap with transparent huge pages (see {@link
   *     #transparentHugePages})
   * @param archive the options of a class-data archive for the jar it is given ({@link ClassArchive#options}), or
   *     none; asked only for a plain start; never null
   * @param maxHeapBytes the most heap this JVM may use ({@link Runtime#maxMemory()}; the new JVM gets the same), for
   *     the heap sizes of a large file ({@link #largeRunHeap}); 0 for none
   * @return the command, or empty when this JVM was started otherwise
   */
  static Optional<List<String>> batchJvmCommand(
      String[] args, List<String> processArguments, Map<String, String> environment, String java,
      boolean clientCompiler, boolean hugePages, Function<String, List<String>> archive, long maxHeapBytes) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(processArguments, "processArguments");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(java, "java");
    for (String variable : OPTION_VARIABLES) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        return Optional.empty();
      }
    }
    int jar = processArguments.indexOf("-jar");
    if (jar < 0 || jar + 1 >= processArguments.size()
        || !processArguments.subList(jar + 2, processArguments.size()).equals(List.of(args))) {
      return Optional.empty();
    }
    List<String> options = processArguments.subList(0, jar);
    for (String option : options) {
      if (!PASSED_ON.matcher(option).matches()) {
        return Optional.empty();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(options);
    command.addAll(COLLECTOR);
    if (hugePages) {
      command.add("-XX:+UseTransparentHugePages");
    }
    if (clientCompiler) {
      command.add("-XX:TieredStopAtLevel=1");
    } else {
      command.addAll(HOTTEST_TO_C2);
      command.addAll(largeRunHeap(options, maxHeapBytes));
    }
    command.add("-D" + STARTED + "=true");
    command.addAll(archive.apply(processArguments.get(jar + 1)));
    command.add("-jar");
    command.add(processArguments.get(jar + 1));
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Runs the command line in a new JVM for a batch run ({@link #batchJvmCommand}), when the command is one of {@link
   * #SHORT_RUN_COMMANDS} (or none) and this JVM was started plainly; the new JVM compiles with the client compiler alone
   * when no file among the arguments is over the command's limit (a plain start sets no compiler option). It inherits
   * the standard streams and the working directory; this one waits for it, and stops it if it is itself stopped.
   *
   * @param args the command line; never null
   * @param err where {@code --debug} shows the command; never null
   * @return the new JVM's exit code, or empty when the command is to run in this JVM
   */
  static OptionalInt runInBatchJvm(String[] args, PrintWriter err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(err, "err");
    String name = command(args);
    if (System.getProperty(STARTED) != null || !isShortRun(name)) {
      return OptionalInt.empty();
    }
    boolean clientCompiler = largeInput(args, name).isEmpty();
    Optional<List<String>> command;
    // the archive of the jar, once a plain start has named it
    List<ClassArchive> archive = new ArrayList<>(1);
    Process child;
    try {
      ProcessHandle.Info self = ProcessHandle.current().info();
      String java = self.command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      Optional<String[]> started = self.arguments();
      if (started.isEmpty()) {
        return OptionalInt.empty();
      }
      command = batchJvmCommand(args, List.of(started.get()), System.getenv(), java, clientCompiler,
          transparentHugePages(TRANSPARENT_HUGE_PAGES), jar -> {
            Optional<ClassArchive> found = classArchive(jar);
            found.ifPresent(archive::add);
            return found.map(ClassArchive::options).orElse(List.of());
          }, Runtime.getRuntime().maxMemory());
      if (command.isEmpty()) {
        return OptionalInt.empty();
      }
      if (List.of(args).contains("--debug")) {
        err.println("ctpat4j: running in a new JVM for a batch run (-D" + PROPERTY + "=jvm runs in this one): "
            + String.join(" ", command.get()));
        err.flush();
      }
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      // no new JVM (a platform that does not say how this one was started, a sandbox): the run stays here
      return OptionalInt.empty();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "ctpat4j-stop-child"));
    while (true) {
      try {
        int code = child.waitFor();
        archive.forEach(ClassArchive::afterRun);
        return OptionalInt.of(code);
      } catch (InterruptedException e) {
        stop(child);
      }
    }
  }

  /**
   * The class-data archive of the jar this JVM was started with ({@code -jar JAR}), unless {@code -D}{@value
   * ClassArchive#PROPERTY}{@code =off} or this JVM does not map the JDK's base archive ({@link ClassArchive#usable}).
   */
  private static Optional<ClassArchive> classArchive(String jar) {
    if ("off".equalsIgnoreCase(System.getProperty(ClassArchive.PROPERTY, "").strip())
        || !ClassArchive.usable(System.getProperty("java.vm.info"))) {
      return Optional.empty();
    }
    try {
      return ClassArchive.of(
          Path.of(jar),
          System.getProperty("java.home") + " " + System.getProperty("java.vm.version"),
          System.getenv(),
          System.getProperty("user.home"),
          ProcessHandle.current().pid());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * For a large file, where both compilers run: the optimising compiler (C2) takes only the hottest methods, ten times
   * the calls and loop iterations HotSpot waits for by default. On two cores its thread competes with the run's own;
   * a 1M-facility assessment had it busy for 10.6-12.5 s of CPU, 7.3-8.3 s with these thresholds, and the run's own
   * threads took no longer (thread CPU times from {@code /proc}, three runs each, alternating: 28.8-30.4 s against
   * 29.1-33.4 s of wall time). Screening 600,000 names: 6.91-7.05 s against 7.20-7.35 s.
   */
  static final List<String> HOTTEST_TO_C2 = List.of(
      "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

  /**
   * The collector of a batch run, whatever the size: the throughput collector ({@code -XX:+UseParallelGC}), and objects
   * that survive one young collection moved to the old generation at the next ({@code -XX:MaxTenuringThreshold=1})
   * rather than copied between the survivor spaces up to fifteen times. What an assessment keeps (the dossier as it is
   * read, then the graph, the findings and the report) lives to the end of the run, so each further copy is work
   * thrown away. Measured with {@code java -Xmx2g} on two cores, alternating, CPU time of the collector's threads from
   * {@code /proc}: 1M facilities 9.0-11.6 s (eight runs) against 7.5-8.3 s (three runs), wall time 29.4-38.2 s against
   * 25.6-28.5 s in the same minutes; 100,000 and 10,000 facilities and screening 600,000 names within the noise (the
   * same reports byte for byte).
   */
  static final List<String> COLLECTOR = List.of("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=1");

  /**
   * For a large file, the heap sizes a run starts with: three quarters of the most heap ({@code -Xms}), of which half
   * of the most for the old generation ({@code -XX:OldSize}). A 1M-facility assessment keeps about 400 MB from the
   * end of reading to its own end; started from the JVM's default (a 64th of the machine's memory) the old generation
   * fills before it has grown, and the collector compacts the whole heap to make room (1.7-2.0 s of pause, twice per
   * run). Measured with {@code java -Xmx2g} on two cores, alternating, with {@link #COLLECTOR}: the collector's
   * threads 8.4-12.4 s of CPU against 3.7-6.3 s, wall time 30.7-37.6 s against 25.2-29.9 s, no full collection; peak
   * RSS 1.5 against 1.7 GB. Nothing when the options already size the heap or its young generation ({@code -Xms},
   * {@code -Xmn}, {@code -XX:InitialRAMPercentage}), nor for a heap under 64 MB; the sizes are below the most, so the
   * JVM never warns that they disagree.
   *
   * @param options the JVM options passed on to the new JVM; never null
   * @param maxHeapBytes the most heap the new JVM may use; 0 when unknown
   * @return the options; never null
   */
  static List<String> largeRunHeap(List<String> options, long maxHeapBytes) {
    long mb = maxHeapBytes >> 20;
    if (mb < 64 || options.stream().anyMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmn")
        || o.startsWith("-XX:InitialRAMPercentage="))) {
      return List.of();
    }
    return List.of("-Xms" + mb * 3 / 4 + "m", "-XX:OldSize=" + mb / 2 + "m");
  }

  /** Where Linux says whether a process may have its memory backed by transparent huge pages, and when. */
  static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  /**
   * Whether the system backs memory with transparent huge pages when a process asks ({@code [madvise]}) or always
   * ({@code [always]}): then the JVM of a batch run asks for them for its heap. A run that touches a heap of hundreds of
   * megabytes once takes far fewer page faults and TLB misses with 2 MB pages than with 4 kB ones. Measured with {@code
   * java -Xmx2g} on two cores, alternating, the JVM of a batch run without and with {@code
   * -XX:+UseTransparentHugePages}: 10,000 facilities 2.14-2.18 s against 1.76-1.84 s, 1M facilities 32.2-35.4 s against
   * 29.6-33.9 s, screening 600,000 names 10.1-10.8 s against 8.6-8.8 s; peak RSS within 5%. Where the file is missing
   * (another system) or says {@code [never]}, the option is not given: the JVM would print a warning on standard output.
   *
   * @param mode the file that says the mode; never null
   * @return whether to ask for transparent huge pages
   */
  static boolean transparentHugePages(Path mode) {
    try {
      String text = Files.readString(mode, StandardCharsets.US_ASCII);
      return text.contains("[always]") || text.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Stops the JVM started for the run, if it still runs, and waits a little for it to clean up. */
  private static void stop(Process child) {
    if (child.isAlive()) {
      child.destroy();
      try {
        child.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
   * returns at once; nothing in a JVM started by {@link #runInBatchJvm}, whose options are chosen already. Whatever fails is
   * ignored: the run goes on with the JVM's default.
   *
   * @param args the command line; never null
   */
  static void start(String[] args) {
    Objects.requireNonNull(args, "args");
    if (System.getProperty(STARTED) != null) {
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
