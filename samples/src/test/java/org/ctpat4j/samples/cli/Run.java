package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the {@code ctpat4j} command line, for the command tests: its exit code and what it printed.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record Run(int code, String out, String err) {

  /**
   * Runs the command line in-process, as from a pipe (not a terminal).
   *
   * @param args the arguments
   * @return the run
   */
  static Run run(String... args) {
    return run(false, args);
  }

  /**
   * Runs the command line in-process.
   *
   * @param interactive whether standard error is taken for a terminal (progress is shown)
   * @param args the arguments
   * @return the run
   */
  static Run run(boolean interactive, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ctpat4jCommand.execute(args, new PrintWriter(out), new PrintWriter(err), interactive);
    return new Run(code, out.toString(), err.toString());
  }
}
