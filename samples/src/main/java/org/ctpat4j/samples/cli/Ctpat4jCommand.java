package org.ctpat4j.samples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code ctpat4j} command line: {@code java -jar samples/target/ctpat4j.jar COMMAND ...} or {@code bin/ctpat4j
 * COMMAND ...}.
 *
 * <p>Exit codes are those of {@link ExitCodes}. Output meant for programs goes to stdout in UTF-8; problems and
 * progress go to stderr. Bad input never shows a stack trace: each problem is one line, {@code FILE:LINE:COLUMN:
 * PATH: message}, and nothing read from the input reaches the terminal unescaped ({@link TerminalText}). A fault of
 * ctpat4j itself (a rule that throws, running out of memory or stack) exits {@link ExitCodes#INTERNAL_ERROR} with a
 * request to report it; {@code --debug} adds the stack trace. Every file is read within {@link InputLimits}.
 *
 * <p>A new command is a class annotated {@code @Command} implementing {@code Callable<Integer>}, listed in
 * {@code subcommands} below. It reads its dossier through {@link DossierLoader} (so unreadable and invalid files are
 * reported like everywhere else), takes {@code @Mixin ProgressOption} if it can run long, throws
 * {@link org.ctpat4j.core.CtpatException} for bad input, and returns one of {@link ExitCodes}.
 */
@Command(
    name = "ctpat4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks a company against U.S. CBP's CTPAT forced-labor obligations, from a dossier in the "
          + "ctpat4j-dossier/1 JSON format."
    },
    subcommands = {
      AssessCommand.class,
      GraphCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      PackageCommand.class,
      VerifyCommand.class,
      KeygenCommand.class,
      ListsCommand.class,
      ScreenCommand.class,
      SchemaCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:a negative answer: not compliant (assess), altered (verify), not unredacted (package), a MATCH (screen)",
      "2:bad input or usage",
      "3:internal error of ctpat4j (please report it; --debug shows the stack trace)"
    })
public final class Ctpat4jCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = ErrorHandler.DEBUG_OPTION,
      scope = ScopeType.INHERIT,
      description = "On an internal error (exit 3), print its stack trace.")
  private boolean debug;

  @Option(
      names = InputLimits.OPTION,
      scope = ScopeType.INHERIT,
      paramLabel = "NAME=VALUE",
      description = {
        "Change a bound on what is read (repeatable): file-size (default 64M: dossier, CSV files), csv-rows (1000000),"
            + " package-file-size (256M), package-size (1G), package-entries (10000), zip-ratio (100)."
      })
  private Map<String, String> limits = new LinkedHashMap<>();

  private final boolean interactive;

  /** Creates the command for a process whose terminal is detected by {@link Terminal#isInteractive()}. */
  public Ctpat4jCommand() {
    this(Terminal.isInteractive());
  }

  /**
   * Creates the command.
   *
   * @param interactive whether a person watches the terminal (shows progress under {@code --progress=auto})
   */
  Ctpat4jCommand(boolean interactive) {
    this.interactive = interactive;
  }

  /**
   * Returns whether a person watches the terminal.
   *
   * @return {@code true} on an interactive terminal
   */
  boolean interactive() {
    return interactive;
  }

  /**
   * Runs when no command is given: a usage error.
   *
   * @return never returns normally
   * @throws ParameterException always
   */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs the command line and exits the JVM with its exit code. Started plainly, it runs the command in a new JVM with
   * the options of a batch run (the throughput collector, and the client compiler alone on files of up to 200 MB);
   * otherwise, on such files, it asks this JVM to compile with its client compiler alone ({@link ShortRunCompiler}). As it starts, it builds on other threads what the command will need ({@link Warmup}).
   *
   * @param args the arguments; never null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    if (ShortRunCompiler.mayChoose(System.getProperty(ShortRunCompiler.PROPERTY), err)) {
      OptionalInt child = ShortRunCompiler.runInBatchJvm(args, err);
      if (child.isPresent()) {
        err.flush();
        System.exit(child.getAsInt());
      }
      ShortRunCompiler.start(args);
    }
    Warmup.start(args);
    int code = execute(args, out, err, Terminal.isInteractive());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line without exiting: the entry point for tests and for embedding the command line.
   *
   * @param args the arguments; never null
   * @param out where results go; never null
   * @param err where problems and progress go; never null
   * @param interactive whether a person watches the terminal
   * @return the exit code, one of {@link ExitCodes}
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    Objects.requireNonNull(args, "args");
    try {
      return newCommandLine(out, err, interactive).execute(args);
    } catch (Error e) {
      // Out of memory or stack, or a broken build: a fault of ctpat4j, still reported in one line.
      return ErrorHandler.internalError(err, e, Arrays.asList(args).contains(ErrorHandler.DEBUG_OPTION));
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Builds the configured picocli command line.
   *
   * @param out where results go; never null
   * @param err where problems and progress go; never null
   * @param interactive whether a person watches the terminal
   * @return a new command line; never null
   */
  static CommandLine newCommandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    ErrorHandler errors = new ErrorHandler();
    return new CommandLine(new Ctpat4jCommand(interactive))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }
}
