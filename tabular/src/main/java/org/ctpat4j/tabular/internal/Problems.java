package org.ctpat4j.tabular.internal;

import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.tabular.CellProblem;

/** Collects the problems of one read, up to a limit. Not thread-safe. */
public final class Problems {

  /** How many problems are kept before reading gives up noting more. */
  public static final int LIMIT = 1000;

  private final List<CellProblem> list = new ArrayList<>();
  private boolean truncated;

  /**
   * Adds a problem.
   *
   * @param problem the problem
   */
  public void add(CellProblem problem) {
    if (list.size() < LIMIT) {
      list.add(problem);
    } else {
      truncated = true;
    }
  }

  /**
   * Adds a problem about a whole file or sheet.
   *
   * @param table the raw table, or {@code null}
   * @param file the file when there is no table
   * @param code the code
   * @param message the message
   */
  public void file(RawTable table, String file, ProblemCode code, String message) {
    add(new CellProblem(table == null ? file : table.file(), table == null ? "" : table.sheet(), 0, "", code, message, ""));
  }

  /**
   * Adds a problem in a cell.
   *
   * @param table the raw table
   * @param row the 1-based row
   * @param column the column as shown, or {@code ""}
   * @param code the code
   * @param message the message
   * @param path the JSON Pointer, or {@code ""}
   */
  public void cell(RawTable table, int row, String column, ProblemCode code, String message, String path) {
    add(new CellProblem(table.file(), table.sheet(), row, column, code, message, path));
  }

  /**
   * Returns whether any problem was found.
   *
   * @return {@code true} when there are problems
   */
  public boolean any() {
    return !list.isEmpty();
  }

  /**
   * Returns the problems, with a note when some were left out.
   *
   * @param source the source name for the note
   * @return the problems
   */
  public List<CellProblem> list(String source) {
    List<CellProblem> out = new ArrayList<>(list);
    if (truncated) {
      out.add(
          new CellProblem(
              source, "", 0, "", ProblemCode.TOO_MANY_PROBLEMS,
              "stopped after " + LIMIT + " problems; fix these and read again to see more", ""));
    }
    return out;
  }

  /**
   * Quotes a cell value for a message, escaping control characters and shortening long values.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(String value) {
    StringBuilder b = new StringBuilder("\"");
    int n = Math.min(value.length(), 80);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append(value.length() > n ? "...\"" : "\"").toString();
  }
}
