package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import org.ctpat4j.core.CtpatException;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.risk.RiskRuleException;
import org.ctpat4j.tabular.CellProblem;
import org.ctpat4j.tabular.TabularFormatException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns every failure into short messages on stderr and an exit code, never a stack trace (unless {@code --debug}):
 * usage errors and bad input exit with {@link ExitCodes#BAD_INPUT}, faults of ctpat4j itself with
 * {@link ExitCodes#INTERNAL_ERROR} and a request to report them.
 *
 * <p>Bad input is what the user can fix: a {@link DossierFormatException}, a {@link BadInputException} (a missing,
 * special or too large file, a bad CSV row, ...) and the other {@link CtpatException}s. Internal is everything else: a
 * risk rule that throws ({@link RiskRuleException}, even though it is a {@code CtpatException}: a rule must answer
 * for any valid dossier), any other exception, and every {@link Error}, {@link OutOfMemoryError} and
 * {@link StackOverflowError} included (the bounded readers keep hostile input from getting that far, so reaching
 * them is a fault of ctpat4j). Every line goes through {@link TerminalText#escape}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** The option that shows the stack trace of an internal error. */
  static final String DEBUG_OPTION = "--debug";

  /** Where internal errors are to be reported. */
  static final String REPORT_TO = "please report it with the command line and, if you can, the input";

  /**
   * Reports a usage error: the message, suggestions for a mistyped option or command, and where to find help.
   *
   * @param ex the parse failure; never null
   * @param args the arguments as given
   * @return {@link ExitCodes#BAD_INPUT}
   */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + TerminalText.line(String.valueOf(ex.getMessage())));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Reports a failure of a command's work.
   *
   * @param ex what the command threw; never null
   * @param command the command that failed; never null
   * @param parseResult the parsed arguments
   * @return {@link ExitCodes#BAD_INPUT} for bad input, {@link ExitCodes#INTERNAL_ERROR} otherwise
   */
  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    try {
      if (ex instanceof TabularFormatException tabular) {
        for (CellProblem problem : tabular.cellProblems()) {
          err.println(TerminalText.line(problem.toString()));
        }
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof DossierFormatException format) {
        for (Problem problem : format.problems()) {
          err.println(ProblemFormat.format(format.source(), problem));
        }
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof BadInputException bad) {
        bad.lines().forEach(line -> err.println(TerminalText.escape(line)));
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof CtpatException ctpat && !isInternal(ctpat)) {
        err.println("ctpat4j: " + TerminalText.line(String.valueOf(ctpat.getMessage())));
        return ExitCodes.BAD_INPUT;
      }
      return internalError(err, ex, debug(command));
    } finally {
      err.flush();
    }
  }

  /** A rule failing, or a library exception caused by an {@link Error}, is a fault of ctpat4j. */
  private static boolean isInternal(CtpatException ex) {
    if (ex instanceof RiskRuleException) {
      return true;
    }
    for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof Error) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code --debug} was given, before or after the command name. */
  private static boolean debug(CommandLine command) {
    for (CommandLine c = command; c != null; c = c.getParent()) {
      OptionSpec option = c.getCommandSpec().findOption(DEBUG_OPTION);
      if (option != null && Boolean.TRUE.equals(option.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports a fault of ctpat4j itself: one line asking to report it, and the stack trace only when asked for.
   *
   * @param err the error stream; never null
   * @param failure the fault; never null
   * @param debug whether to print the stack trace ({@code --debug})
   * @return {@link ExitCodes#INTERNAL_ERROR}
   */
  static int internalError(PrintWriter err, Throwable failure, boolean debug) {
    String message = failure.getMessage();
    err.println(
        "ctpat4j: internal error (a fault of ctpat4j, not of the input; " + REPORT_TO + "): "
            + failure.getClass().getName() + (message == null ? "" : ": " + TerminalText.line(message)));
    if (debug) {
      failure.printStackTrace(err);
    } else {
      err.println("ctpat4j: run again with " + DEBUG_OPTION + " to see the stack trace");
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
