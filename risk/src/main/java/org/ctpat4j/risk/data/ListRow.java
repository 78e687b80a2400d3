package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * One row of a reference list with the name of its file: typed reads of its fields, each error a
 * {@link ReferenceDataException} naming the file, the row's line and the column.
 */
final class ListRow {

  private final String file;
  private final Csv.Row row;

  private ListRow(String file, Csv.Row row) {
    this.file = file;
    this.row = row;
  }

  /**
   * Wraps the rows of one file.
   *
   * @param file the file's name, for messages
   * @param rows its rows after the header
   * @return one wrapper per row, in order
   */
  static List<ListRow> of(String file, List<Csv.Row> rows) {
    return rows.stream().map(r -> new ListRow(file, r)).toList();
  }

  /** The file's name. */
  String file() {
    return file;
  }

  /** The 1-based line on which the row starts. */
  int line() {
    return row.line();
  }

  /** A field as written. */
  String raw(int col) {
    return row.get(col);
  }

  /** A field without surrounding white space. */
  String text(int col) {
    return row.get(col).strip();
  }

  /** Whether a field is blank. */
  boolean blank(int col) {
    return row.get(col).isBlank();
  }

  /** A field that must not be blank, as written. */
  String required(int col, String name) {
    String v = row.get(col);
    if (v.isBlank()) {
      throw bad(name, "required value is blank");
    }
    return v;
  }

  /** A field that must be {@code true} or {@code false}. */
  boolean bool(int col, String name) {
    String v = row.get(col).strip();
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw bad(name, "expected true or false, found '" + v + "'");
  }

  /** A field that must be an ISO date. */
  LocalDate date(int col, String name) {
    try {
      return LocalDate.parse(row.get(col).strip());
    } catch (DateTimeParseException e) {
      throw bad(name, "not an ISO date: '" + row.get(col) + "'");
    }
  }

  /** An ISO date, or {@code null} when the field is blank. */
  LocalDate optionalDate(int col, String name) {
    return blank(col) ? null : date(col, name);
  }

  /**
   * A date that may be given as a year or a month only: a start is read as the first day of the period and an end as
   * its last day, so that a period is never taken to begin later or end earlier than the source allows.
   */
  LocalDate partialDate(int col, String name, boolean end) {
    String v = row.get(col).strip();
    try {
      if (v.matches("\\d{4}")) {
        Year y = Year.parse(v);
        return end ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(v);
        return end ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw bad(name, "not a date (YYYY-MM-DD, YYYY-MM or YYYY): '" + row.get(col) + "'");
    }
  }

  /** The non-blank parts of a {@code |}-separated field, stripped. */
  List<String> bars(int col) {
    return splitBar(row.get(col));
  }

  /**
   * Builds the error for a bad value of this row.
   *
   * @param column the column's name
   * @param message what is wrong
   * @return the exception to throw
   */
  ReferenceDataException bad(String column, String message) {
    return new ReferenceDataException(file + ": row at line " + row.line() + ", column " + column + ": " + message);
  }

  /** The non-blank parts of a {@code |}-separated text, stripped. */
  static List<String> splitBar(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
