package org.ctpat4j.samples.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * Reads a small UTF-8 CSV file with a header row, with the library's CSV reader (RFC 4180: quoted fields, doubled
 * quotes, line breaks inside quotes, CRLF or LF; empty lines skipped), keeping where each field starts, so that every
 * problem is reported as {@code FILE:LINE:COLUMN: column: message}. Header names are matched ignoring case. A UTF-8
 * byte-order mark is skipped.
 */
final class CsvInput {

  /** A field's value and where it starts (1-based line and column). */
  record Field(String value, int line, int column) {}

  /** One record: its fields by lower-case header name, and the line it starts on. */
  record Row(Map<String, Field> fields, int line) {

    /**
     * Returns a field's value when the column exists and the value is not blank.
     *
     * @param column the lower-case header name; never null
     * @return the stripped value; never null
     */
    Optional<String> value(String column) {
      Field f = fields.get(column);
      return f == null || f.value().isBlank() ? Optional.empty() : Optional.of(f.value().strip());
    }
  }

  private final Path file;
  private final List<String> header;
  private final List<Row> rows;

  private CsvInput(Path file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a file.
   *
   * @param file the file; never null
   * @param required the header names that must be present (lower case); never null
   * @param allowed every header name accepted (lower case); never null
   * @param limits the bounds on the file's size and records; never null
   * @return the file's rows; never null
   * @throws BadInputException naming the file, line and column of the first problem
   */
  static CsvInput read(Path file, List<String> required, List<String> allowed, InputLimits limits) {
    Objects.requireNonNull(file, "file");
    String text = decode(file, limits.fileBytes());
    List<List<Field>> records = parse(file, text, limits.csvRows());
    if (records.isEmpty()) {
      throw new BadInputException(file + ":1:1: empty file, expected a header row with " + String.join(",", required));
    }
    List<Field> head = records.get(0);
    List<String> header = new ArrayList<>();
    for (Field f : head) {
      String name = f.value().strip().toLowerCase(Locale.ROOT);
      if (!allowed.contains(name)) {
        throw new BadInputException(
            at(file, f) + ": unknown column '" + f.value() + "' (expected " + String.join(", ", allowed) + ")");
      }
      if (header.contains(name)) {
        throw new BadInputException(at(file, f) + ": column '" + name + "' appears twice");
      }
      header.add(name);
    }
    for (String r : required) {
      if (!header.contains(r)) {
        throw new BadInputException(file + ":1:1: the header has no '" + r + "' column");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (List<Field> record : records.subList(1, records.size())) {
      if (record.size() == 1 && record.get(0).value().isEmpty()) {
        continue; // a blank line
      }
      Field first = record.get(0);
      if (record.size() != header.size()) {
        throw new BadInputException(
            at(file, first) + ": " + record.size() + " fields, expected " + header.size() + " ("
                + String.join(",", header) + ")");
      }
      Map<String, Field> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.put(header.get(i), record.get(i));
      }
      rows.add(new Row(fields, first.line()));
    }
    return new CsvInput(file, List.copyOf(header), List.copyOf(rows));
  }

  /**
   * Returns the header names, lower case, in file order.
   *
   * @return the names; never null
   */
  List<String> header() {
    return header;
  }

  /**
   * Returns the data rows, blank lines skipped.
   *
   * @return the rows; never null
   */
  List<Row> rows() {
    return rows;
  }

  /**
   * Builds the exception for a bad field.
   *
   * @param field the field; never null
   * @param column its header name; never null
   * @param message what is wrong; never null
   * @return the exception to throw; never null
   */
  BadInputException bad(Field field, String column, String message) {
    return new BadInputException(at(file, field) + ": " + column + ": " + message);
  }

  private static String at(Path file, Field f) {
    return file + ":" + f.line() + ":" + f.column();
  }

  private static String decode(Path file, long maxBytes) {
    byte[] bytes = InputLimits.read(file, maxBytes, "a CSV file");
    try {
      String text =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": not UTF-8 text");
    }
  }

  /**
   * Reads the records with the library's CSV reader, each field with where it starts.
   *
   * @throws BadInputException on malformed CSV or more records than {@code maxRecords}
   */
  private static List<List<Field>> parse(Path file, String text, long maxRecords) {
    List<Csv.Row> rows = Csv.parseAll(file.toString(), text, maxRecords, BadInputException::new);
    if (rows.size() > maxRecords) {
      throw new BadInputException(file + ":" + rows.get((int) maxRecords).line() + ":1: more than " + maxRecords
          + " records, the limit (raise it with " + InputLimits.OPTION + " csv-rows=N)");
    }
    List<List<Field>> records = new ArrayList<>(rows.size());
    for (Csv.Row row : rows) {
      List<Field> record = new ArrayList<>(row.fields().size());
      for (int k = 0; k < row.fields().size(); k++) {
        record.add(new Field(row.get(k), row.lineOf(k), row.columnOf(k)));
      }
      records.add(record);
    }
    return records;
  }
}
