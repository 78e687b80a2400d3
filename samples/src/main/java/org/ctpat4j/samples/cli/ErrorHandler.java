package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import org.ctpat4j.core.CtpatException;
import org.ctpat4j.core.json.DossierFormatException;
import org.ctpat4j.tabular.CellProblem;
import org.ctpat4j.tabular.TabularFormatException;
import org.ctpat4j.core.json.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into short messages on stderr and an exit code, never a stack trace: usage errors and bad input
 * exit with {@link ExitCodes#BAD_INPUT}, faults of ctpat4j itself with {@link ExitCodes#INTERNAL_ERROR}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

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
    err.println(name + ": " + ProblemFormat.oneLine(String.valueOf(ex.getMessage())));
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
          err.println(ProblemFormat.oneLine(problem.toString()));
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
        bad.lines().forEach(err::println);
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof CtpatException ctpat) {
        err.println("ctpat4j: " + ProblemFormat.oneLine(String.valueOf(ctpat.getMessage())));
        return ExitCodes.BAD_INPUT;
      }
      return internalError(err, ex);
    } finally {
      err.flush();
    }
  }

  /**
   * Reports a fault of ctpat4j itself in one line.
   *
   * @param err the error stream; never null
   * @param failure the fault; never null
   * @return {@link ExitCodes#INTERNAL_ERROR}
   */
  static int internalError(PrintWriter err, Throwable failure) {
    String message = failure.getMessage();
    err.println(
        "ctpat4j: internal error: "
            + (failure instanceof IllegalStateException && message != null
                ? ProblemFormat.oneLine(message)
                : failure.getClass().getName() + (message == null ? "" : ": " + ProblemFormat.oneLine(message))));
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
