package org.ctpat4j.tabular;

import java.util.Objects;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.ProblemCode;

/**
 * One thing wrong with a tabular dossier, located the way a spreadsheet user finds it: the file, the sheet of a
 * workbook, the row (as a spreadsheet numbers it: the header is row 1) and the column (as the file names it).
 *
 * <p>{@link #toString()} reads {@code suppliers.xlsx: sheet links, row 17, column share: "1,5" is not a number}; for a
 * CSV file the sheet is left out, and so are the row and column when the problem concerns a whole file or row.
 *
 * @param file the file as the caller named it; never null
 * @param sheet the sheet of a workbook, {@code ""} for a CSV file or the whole workbook; never null
 * @param row the 1-based row, or {@code 0} when the problem concerns the whole file or sheet
 * @param column the column as the file names it (with the dossier field in brackets when a mapping renamed it), or
 *     {@code ""} when the problem concerns a whole row, file or sheet; never null
 * @param code the kind of problem (the tabular ones are {@link ProblemCode#UNKNOWN_TABLE},
 *     {@link ProblemCode#UNKNOWN_COLUMN}, {@link ProblemCode#BLANK_ROW}, {@link ProblemCode#DUPLICATE_COLUMN}); never
 *     null
 * @param message a human-readable description; never null
 * @param path the JSON Pointer of the dossier value the cell becomes, {@code ""} when there is none; never null
 */
@Incubating
public record CellProblem(
    String file, String sheet, int row, String column, ProblemCode code, String message, String path) {

  /**
   * Checks the arguments.
   *
   * @param file see {@link #file()}
   * @param sheet see {@link #sheet()}
   * @param row see {@link #row()}
   * @param column the column as the file names it, or {@code ""}; never null
   * @param code see {@link #code()}
   * @param message see {@link #message()}
   * @param path see {@link #path()}
   */
  public CellProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    if (row < 0) {
      throw new IllegalArgumentException("row must not be negative");
    }
  }

  /**
   * Formats the problem as {@code FILE: sheet SHEET, row ROW, column COLUMN: MESSAGE}, leaving out what is not known.
   *
   * @return one line; never null
   */
  @Override
  public String toString() {
    StringBuilder where = new StringBuilder();
    if (!sheet.isEmpty()) {
      where.append("sheet ").append(sheet);
    }
    if (row > 0) {
      where.append(where.length() > 0 ? ", " : "").append("row ").append(row);
    }
    if (!column.isEmpty()) {
      where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
    }
    return file + ": " + (where.length() > 0 ? where + ": " : "") + message;
  }
}
