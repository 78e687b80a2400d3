package org.ctpat4j.samples.cli;

import java.util.Objects;
import org.ctpat4j.core.json.Problem;

/**
 * Formats dossier problems the way compilers do, one line each, so editors and CI logs can jump to them:
 * {@code FILE:LINE:COLUMN: PATH: message}, or {@code FILE: PATH: message} when the location is not known. The path is
 * a JSON Pointer (RFC 6901); the document root, whose pointer is empty, is written {@code (root)}.
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
    StringBuilder line = new StringBuilder(source);
    if (problem.hasLocation()) {
      line.append(':').append(problem.line()).append(':').append(Math.max(problem.column(), 1));
    }
    line.append(": ").append(problem.path().isEmpty() ? ROOT : problem.path());
    line.append(": ").append(oneLine(problem.message()));
    return line.toString();
  }

  /**
   * Collapses line breaks and runs of white space so a message never spans lines.
   *
   * @param message any text; never null
   * @return the text on one line; never null
   */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
