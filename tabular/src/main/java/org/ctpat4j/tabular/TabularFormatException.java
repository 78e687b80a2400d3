package org.ctpat4j.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;

/**
 * A tabular dossier (or its column mapping) could not be read. Lists every problem found, each located by file,
 * sheet, row and column ({@link #cellProblems()}); {@link #problems()} has the same problems as core {@link Problem}s
 * (the row as line, the 1-based column index as column, and the JSON Pointer of the dossier value), so code that
 * handles {@link DossierFormatException} handles this too.
 *
 * <p>The message reads, one problem a line (at most 50 lines):
 *
 * <pre>
 * 2 problems in exports:
 *   exports/links.csv: row 17, column share: "1,5" is not a number
 *   exports/facilities.csv: row 4, column country: "XX" is not an ISO 3166-1 alpha-2 country code
 * </pre>
 */
@Incubating
public final class TabularFormatException extends DossierFormatException {

  private static final long serialVersionUID = 1L;

  private static final int MAX_LISTED = 50;

  /** The problems, located in the tables. */
  private final transient List<CellProblem> cellProblems;

  /**
   * Creates an exception for the given problems.
   *
   * @param source what was read (a folder, a workbook or a mapping file); never null
   * @param cellProblems the problems; never null or empty
   */
  public TabularFormatException(String source, List<CellProblem> cellProblems) {
    super(source, asProblems(cellProblems));
    this.cellProblems = List.copyOf(cellProblems);
  }

  private static List<Problem> asProblems(List<CellProblem> cellProblems) {
    Objects.requireNonNull(cellProblems, "cellProblems");
    List<Problem> out = new ArrayList<>(cellProblems.size());
    for (CellProblem p : cellProblems) {
      out.add(new Problem(p.path(), p.row() > 0 ? p.row() : -1, -1, p.code(), p.toString()));
    }
    return out;
  }

  /**
   * Returns the problems, located in the tables.
   *
   * @return an unmodifiable list, in the order of the tables and rows; never empty
   */
  public List<CellProblem> cellProblems() {
    return cellProblems == null ? List.of() : cellProblems;
  }

  /**
   * Returns the message: the number of problems and one line per problem.
   *
   * @return the message; never null
   */
  @Override
  public String getMessage() {
    List<CellProblem> all = cellProblems();
    if (all.isEmpty()) {
      return super.getMessage();
    }
    String listed = all.stream().limit(MAX_LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
    return all.size()
        + (all.size() == 1 ? " problem" : " problems")
        + " in "
        + source()
        + ":\n"
        + listed
        + (all.size() > MAX_LISTED ? "\n  ... and " + (all.size() - MAX_LISTED) + " more" : "");
  }
}
