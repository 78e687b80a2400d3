package org.ctpat4j.risk.internal.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one CSV reader of ctpat4j (the reference lists, the gazetteer, the name lists of the command line): RFC 4180,
 * comma-separated fields, optionally in double quotes; a quote inside a quoted field is doubled; quoted fields may hold
 * commas and line breaks. Lines end with CRLF or LF; a bare carriage return is an error. A leading UTF-8 byte order
 * mark is ignored, as are wholly empty lines. Every error names the source, line and column, as
 * {@code SOURCE:LINE:COLUMN: message}, and is thrown as the caller's exception type (the {@code errors} argument of
 * each method), so that each caller keeps its own exception.
 *
 * <p>Not exported: the library's modules reach it through a qualified export.
 */
public final class Csv {

  private Csv() {}

  /**
   * One record of a CSV file.
   *
   * @param line the 1-based line on which the record starts
   * @param fields the fields, never null
   * @param lines the 1-based line on which each field starts, one per field, or empty when unknown
   * @param columns the 1-based column (on its line) at which each field starts (the quote of a quoted field), one per
   *     field, or empty when unknown
   */
  public record Row(int line, List<String> fields, List<Integer> lines, List<Integer> columns) {

    /**
     * Copies the fields and positions.
     *
     * @param line see {@link #line()}
     * @param fields see {@link #fields()}
     * @param lines the 1-based start line of each field, or empty when unknown
     * @param columns the 1-based start column of each field, or empty when unknown
     */
    public Row {
      fields = List.copyOf(fields);
      lines = List.copyOf(lines);
      columns = List.copyOf(columns);
      if (!columns.isEmpty() && columns.size() != fields.size() || lines.size() != columns.size()) {
        throw new IllegalArgumentException("one line and one column per field expected");
      }
    }

    /**
     * Creates a record whose field positions are unknown.
     *
     * @param line the 1-based line on which the record starts
     * @param fields the fields, never null
     */
    public Row(int line, List<String> fields) {
      this(line, fields, List.of(), List.of());
    }

    /**
     * Returns where a field starts on the record's first line.
     *
     * @param index the 0-based field
     * @return the 1-based column on the record's first line at which the field starts, or 0 when unknown or when the
     *     field starts on a later line (after a quoted line break)
     */
    public int column(int index) {
      return columns.isEmpty() || lines.get(index) != line ? 0 : columns.get(index);
    }

    /**
     * Returns the line on which a field starts.
     *
     * @param index the 0-based field
     * @return the 1-based line, the record's line when unknown
     */
    public int lineOf(int index) {
      return lines.isEmpty() ? line : lines.get(index);
    }

    /**
     * Returns the column, on {@link #lineOf(int) its line}, at which a field starts.
     *
     * @param index the 0-based field
     * @return the 1-based column, or 0 when unknown
     */
    public int columnOf(int index) {
      return columns.isEmpty() ? 0 : columns.get(index);
    }

    /**
     * Returns a field.
     *
     * @param index the 0-based column
     * @return the field, never null
     */
    public String get(int index) {
      return fields.get(index);
    }
  }

  /**
   * Parses a CSV text whose first record must be exactly the expected header.
   *
   * @param source the name of the source, for messages
   * @param text the text
   * @param header the expected column names, in order
   * @param errors makes the exception thrown from a message
   * @return the records after the header, each with exactly {@code header.size()} fields
   * @throws RuntimeException made by {@code errors} on malformed input, a wrong header or a record with the wrong
   *     number of fields
   */
  public static List<Row> parse(String source, String text, List<String> header,
      Function<String, ? extends RuntimeException> errors) {
    return parse(source, text, header, List.of(), errors);
  }

  /**
   * Parses a CSV text whose first record must be the expected header, optionally followed by the first columns of
   * {@code optional} in order. Records are padded with empty fields for the optional columns the file lacks.
   *
   * @param source the name of the source, for messages
   * @param text the text
   * @param header the expected column names, in order
   * @param optional further column names a file may have after them, in order
   * @param errors makes the exception thrown from a message
   * @return the records after the header, each with exactly {@code header.size() + optional.size()} fields
   * @throws RuntimeException made by {@code errors} on malformed input, a wrong header or a record with the wrong
   *     number of fields
   */
  public static List<Row> parse(String source, String text, List<String> header, List<String> optional,
      Function<String, ? extends RuntimeException> errors) {
    List<Row> rows = parseAll(source, text, errors);
    if (rows.isEmpty()) {
      throw errors.apply(source + ": empty file, expected header " + String.join(",", header));
    }
    Row first = rows.get(0);
    List<String> found = first.fields();
    int extra = found.size() - header.size();
    boolean ok = extra >= 0 && extra <= optional.size() && found.subList(0, header.size()).equals(header)
        && found.subList(header.size(), found.size()).equals(optional.subList(0, extra));
    if (!ok) {
      throw errors.apply(
          source + ":" + first.line() + ": header is " + String.join(",", found) + ", expected "
              + String.join(",", header)
              + (optional.isEmpty() ? "" : " (optionally followed by " + String.join(",", optional) + ")"));
    }
    List<Row> out = new ArrayList<>(rows.size() - 1);
    for (Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != found.size()) {
        throw errors.apply(
            source + ":" + row.line() + ": expected " + found.size() + " fields, found " + row.fields().size());
      }
      if (extra < optional.size()) {
        List<String> padded = new ArrayList<>(row.fields());
        List<Integer> lines = new ArrayList<>(row.lines());
        List<Integer> columns = new ArrayList<>(row.columns());
        for (int k = extra; k < optional.size(); k++) {
          padded.add("");
        }
        if (!columns.isEmpty()) {
          for (int k = extra; k < optional.size(); k++) {
            lines.add(row.line());
            columns.add(0);
          }
        }
        row = new Row(row.line(), padded, lines, columns);
      }
      out.add(row);
    }
    return out;
  }

  /**
   * Parses every record of a CSV text, without header checks.
   *
   * @param source the name of the source, for messages
   * @param text the text
   * @param errors makes the exception thrown from a message
   * @return the records
   * @throws RuntimeException made by {@code errors} on malformed input
   */
  public static List<Row> parseAll(String source, String text, Function<String, ? extends RuntimeException> errors) {
    return parseAll(source, text, Long.MAX_VALUE - 1, errors);
  }

  /**
   * Parses the records of a CSV text, without header checks, reading no more than one record beyond a limit: a
   * result longer than {@code limit} means the text has more records than the limit, the first of them at
   * {@code result.get(limit)}. Memory stays bounded by the limit whatever the text holds.
   *
   * @param source the name of the source, for messages
   * @param text the text
   * @param limit how many records the caller accepts, at least 0
   * @param errors makes the exception thrown from a message
   * @return at most {@code limit + 1} records
   * @throws RuntimeException made by {@code errors} on malformed input in the records read
   */
  public static List<Row> parseAll(String source, String text, long limit,
      Function<String, ? extends RuntimeException> errors) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(errors, "errors");
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    int col = 1;
    List<String> fields = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int recordLine = 1;
    int fieldLine = 1;
    int fieldColumn = 1;
    boolean recordHasContent = false;
    while (i < n && rows.size() <= limit) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        // quoted field
        int startLine = line;
        int startCol = col;
        i++;
        col++;
        boolean closed = false;
        while (i < n) {
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              col += 2;
              continue;
            }
            i++;
            col++;
            closed = true;
            break;
          }
          if (q == '\n') {
            line++;
            col = 1;
          } else {
            col++;
          }
          field.append(q);
          i++;
        }
        if (!closed) {
          throw errors.apply(
              source + ":" + startLine + ":" + startCol + ": quoted field is not closed before the end of the file");
        }
        recordHasContent = true;
        if (i < n) {
          char next = text.charAt(i);
          if (next != ',' && next != '\n' && next != '\r') {
            throw errors.apply(
                source + ":" + line + ":" + col + ": unexpected character '" + next + "' after a closing quote");
          }
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        lines.add(fieldLine);
        columns.add(fieldColumn);
        field.setLength(0);
        recordHasContent = true;
        i++;
        col++;
        fieldLine = line;
        fieldColumn = col;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r') {
          if (i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          } else {
            throw errors.apply(source + ":" + line + ":" + col + ": bare carriage return");
          }
        }
        if (recordHasContent || field.length() > 0) {
          fields.add(field.toString());
          lines.add(fieldLine);
          columns.add(fieldColumn);
          rows.add(new Row(recordLine, fields, lines, columns));
        }
        fields = new ArrayList<>();
        lines = new ArrayList<>();
        columns = new ArrayList<>();
        field.setLength(0);
        recordHasContent = false;
        i++;
        line++;
        col = 1;
        fieldLine = line;
        fieldColumn = 1;
        recordLine = line;
        continue;
      }
      if (c == '"') {
        throw errors.apply(
            source + ":" + line + ":" + col + ": a quote inside an unquoted field (quote the whole field and double"
                + " the quote)");
      }
      field.append(c);
      recordHasContent = true;
      i++;
      col++;
    }
    if (rows.size() <= limit && (recordHasContent || field.length() > 0)) {
      fields.add(field.toString());
      lines.add(fieldLine);
      columns.add(fieldColumn);
      rows.add(new Row(recordLine, fields, lines, columns));
    }
    return rows;
  }

  /**
   * Formats one record, quoting every field that needs it.
   *
   * @param fields the fields
   * @return the record with a trailing LF
   */
  public static String format(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        sb.append(',');
      }
      String f = fields.get(k);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    return sb.append('\n').toString();
  }
}
