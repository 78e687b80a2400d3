package org.ctpat4j.core.dossier;

import java.util.Objects;

/**
 * One thing wrong with a dossier: where it is and what it is. A problem found in a document points at the start of
 * the offending value (for an unknown field, at its name; for a missing field, at the enclosing object).
 *
 * @param path the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document; never null
 * @param line the 1-based line in the source, or {@code -1} when not known
 * @param column the 1-based column in the source, counted in UTF-16 characters of the line, or {@code -1} when not
 *     known
 * @param code the kind of problem (for example {@link ProblemCode#UNKNOWN_FIELD}), written as its name wherever
 *     problems are written out; never null
 * @param message a human-readable description; never null
 */
public record Problem(String path, int line, int column, ProblemCode code, String message) {

  /**
   * Checks the arguments.
   *
   * @param path see {@link #path()}
   * @param line see {@link #line()}
   * @param column see {@link #column()}
   * @param code see {@link #code()}
   * @param message see {@link #message()}
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem without source location.
   *
   * @param path the JSON Pointer of the offending value, {@code ""} for the whole document; never null
   * @param code the kind of problem; never null
   * @param message a human-readable description; never null
   */
  public Problem(String path, ProblemCode code, String message) {
    this(path, -1, -1, code, message);
  }

  /**
   * Returns a copy of this problem at the given source location.
   *
   * @param line the 1-based line, or {@code -1} when not known
   * @param column the 1-based column, or {@code -1} when not known
   * @return a new problem; never null
   */
  public Problem at(int line, int column) {
    return new Problem(path, line, column, code, message);
  }

  /**
   * Returns the name of the code, as problems are written out (for example {@code "UNKNOWN_FIELD"}).
   *
   * @return {@code code().name()}; never null
   */
  public String codeName() {
    return code.name();
  }

  /**
   * Returns whether this problem has the given code.
   *
   * @param problemCode the code; never null
   * @return {@code true} when {@link #code()} is that code
   */
  public boolean is(ProblemCode problemCode) {
    Objects.requireNonNull(problemCode, "problemCode");
    return code == problemCode;
  }

  /**
   * Returns whether the problem carries a source location.
   *
   * @return {@code true} when line and column are known
   */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * Formats the problem as {@code line L, column C, at /path: message [CODE]}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "at the document root" : "at " + path;
    return (hasLocation() ? "line " + line + ", column " + column + ", " : "")
        + where
        + ": "
        + message
        + " ["
        + code
        + "]";
  }
}
