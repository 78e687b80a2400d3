package org.ctpat4j.samples.cli;

import java.util.Objects;
import org.ctpat4j.core.dossier.Problem;

/**
 * Formats dossier problems the way compilers do, one line each, so editors and CI logs can jump to them:
 * {@code FILE:LINE:COLUMN: PATH: message}, or {@code FILE: PATH: message} when the location is not known. The path is
 * a JSON Pointer (RFC 6901); the document root, whose pointer is empty, is written {@code (root)}. File, path and message
 * go through {@link TerminalText#escape}, so a field name or value holding a line break or a terminal control sequence
 * cannot forge a second problem line or reach the terminal.
 */
final class ProblemFormat {

  /** How the empty JSON Pointer (the whole document) is shown. */
  static final String ROOT = "(root)";

  private ProblemFormat() {}

  /**
   * Formats one problem.
   *
   * @param source the file as the user named it; never null
   * @param problem the problem; never null
   * @return one line, without a line terminator; never null
   */
  static String format(String source, Problem problem) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problem, "problem");
    StringBuilder line = new StringBuilder(TerminalText.escape(source));
    if (problem.hasLocation()) {
      line.append(':').append(problem.line()).append(':').append(Math.max(problem.column(), 1));
    }
    line.append(": ").append(problem.path().isEmpty() ? ROOT : TerminalText.escape(problem.path()));
    line.append(": ").append(TerminalText.line(problem.message()));
    return line.toString();
  }
}
