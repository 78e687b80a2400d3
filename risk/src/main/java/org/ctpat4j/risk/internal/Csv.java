package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.risk.data.ReferenceDataException;

/**
 * A small RFC 4180 reader: comma-separated fields, optionally in double quotes; a quote inside a quoted field is
 * doubled; quoted fields may hold commas and line breaks. Lines end with CRLF or LF. A leading UTF-8 byte order mark is
 * ignored, as are wholly empty lines. Every error names the source, line and column.
 */
public final class Csv {

  private Csv() {}

  /**
   * One record of a CSV file.
   *
   * @param line the 1-based line on which the record starts
   * @param fields the fields, never null
   * @param columns the 1-based column at which each field starts (the quote of a quoted field), one per field, or
   *     empty when unknown
   */
  public record Row(int line, List<String> fields, List<Integer> columns) {

    /**
     * Copies the fields and columns.
     *
     * @param line the 1-based line on which the record starts
     * @param fields the fields, never null
     * @param columns the 1-based start column of each field, or empty when unknown
     */
    public Row {
      fields = List.copyOf(fields);
      columns = List.copyOf(columns);
      if (!columns.isEmpty() && columns.size() != fields.size()) {
        throw new IllegalArgumentException("one column per field expected");
      }
    }

    /**
     * Creates a record whose field columns are unknown.
     *
     * @param line the 1-based line on which the record starts
     * @param fields the fields, never null
     */
    public Row(int line, List<String> fields) {
      this(line, fields, List.of());
    }

    /**
     * Returns where a field starts.
     *
     * @param index the 0-based field
     * @return the 1-based column on the record's first line at which the field starts, or 0 when unknown (a field
     *     after a quoted line break)
     */
    public int column(int index) {
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
   * @return the records after the header, each with exactly {@code header.size()} fields
   * @throws ReferenceDataException on malformed input, a wrong header or a record with the wrong number of fields
   */
  public static List<Row> parse(String source, String text, List<String> header) {
    return parse(source, text, header, List.of());
  }

  /**
   * Parses a CSV text whose first record must be the expected header, optionally followed by the first columns of
   * {@code optional} in order. Records are padded with empty fields for the optional columns the file lacks.
   *
   * @param source the name of the source, for messages
   * @param text the text
   * @param header the expected column names, in order
   * @param optional further column names a file may have after them, in order
   * @return the records after the header, each with exactly {@code header.size() + optional.size()} fields
   * @throws ReferenceDataException on malformed input, a wrong header or a record with the wrong number of fields
   */
  public static List<Row> parse(String source, String text, List<String> header, List<String> optional) {
    List<Row> rows = parseAll(source, text);
    if (rows.isEmpty()) {
      throw new ReferenceDataException(source + ": empty file, expected header " + String.join(",", header));
    }
    Row first = rows.get(0);
    List<String> found = first.fields();
    int extra = found.size() - header.size();
    boolean ok = extra >= 0 && extra <= optional.size() && found.subList(0, header.size()).equals(header)
        && found.subList(header.size(), found.size()).equals(optional.subList(0, extra));
    if (!ok) {
      throw new ReferenceDataException(
          source + ":" + first.line() + ": header is " + String.join(",", found) + ", expected "
              + String.join(",", header)
              + (optional.isEmpty() ? "" : " (optionally followed by " + String.join(",", optional) + ")"));
    }
    List<Row> out = new ArrayList<>(rows.size() - 1);
    for (Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != found.size()) {
        throw new ReferenceDataException(
            source + ":" + row.line() + ": expected " + found.size() + " fields, found " + row.fields().size());
      }
      if (extra < optional.size()) {
        List<String> padded = new ArrayList<>(row.fields());
        for (int k = extra; k < optional.size(); k++) {
          padded.add("");
        }
        row = new Row(row.line(), padded);
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
   * @return the records
   * @throws ReferenceDataException on malformed input
   */
  public static List<Row> parseAll(String source, String text) {
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    int col = 1;
    List<String> fields = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int recordLine = 1;
    int fieldColumn = 1;
    boolean recordHasContent = false;
    while (i < n) {
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
          throw new ReferenceDataException(
              source + ":" + startLine + ":" + startCol + ": quoted field is not closed before the end of the file");
        }
        recordHasContent = true;
        if (i < n) {
          char next = text.charAt(i);
          if (next != ',' && next != '\n' && next != '\r') {
            throw new ReferenceDataException(
                source + ":" + line + ":" + col + ": unexpected character '" + next + "' after a closing quote");
          }
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        columns.add(line == recordLine ? fieldColumn : 0);
        field.setLength(0);
        recordHasContent = true;
        i++;
        col++;
        fieldColumn = col;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r') {
          if (i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          } else {
            throw new ReferenceDataException(source + ":" + line + ":" + col + ": bare carriage return");
          }
        }
        if (recordHasContent || field.length() > 0) {
          fields.add(field.toString());
          columns.add(line == recordLine ? fieldColumn : 0);
          rows.add(new Row(recordLine, fields, columns));
        }
        fields = new ArrayList<>();
        columns = new ArrayList<>();
        field.setLength(0);
        recordHasContent = false;
        i++;
        line++;
        col = 1;
        fieldColumn = 1;
        recordLine = line;
        continue;
      }
      if (c == '"') {
        throw new ReferenceDataException(
            source + ":" + line + ":" + col + ": a quote inside an unquoted field (quote the whole field and double"
                + " the quote)");
      }
      field.append(c);
      recordHasContent = true;
      i++;
      col++;
    }
    if (recordHasContent || field.length() > 0) {
      fields.add(field.toString());
      columns.add(line == recordLine ? fieldColumn : 0);
      rows.add(new Row(recordLine, fields, columns));
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
