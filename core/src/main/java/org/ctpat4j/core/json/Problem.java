package org.ctpat4j.core.json;

import java.util.Objects;

/**
 * One thing wrong with a dossier: where it is and what it is.
 *
 * @param path the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document; never null
 * @param line the 1-based line in the source, or {@code -1} when not known
 * @param column the 1-based column in the source, or {@code -1} when not known
 * @param code a stable code for the kind of problem (for example {@code UNKNOWN_FIELD}); never null
 * @param message a human-readable description; never null
 */
public record Problem(String path, int line, int column, String code, String message) {

  /** Checks the arguments. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
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
   * Formats the problem as {@code line L, column C, at /path: message}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "at the document root" : "at " + path;
    return (hasLocation() ? "line " + line + ", column " + column + ", " : "") + where + ": " + message;
  }
}
