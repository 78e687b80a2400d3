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

/**
 * Reads a small UTF-8 CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) with a
 * header row, keeping where each field starts, so that every problem is reported as {@code FILE:LINE:COLUMN: column:
 * message}. Header names are matched ignoring case. A UTF-8 byte-order mark is skipped.
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

  private static List<List<Field>> parse(Path file, String text, long maxRecords) {
    List<List<Field>> records = new ArrayList<>();
    List<Field> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    int line = 1;
    int column = 1;
    int fieldLine = 1;
    int fieldColumn = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            value.append('"');
            i += 2;
            column += 2;
            continue;
          }
          quoted = false;
        } else {
          value.append(c);
          if (c == '\n') {
            line++;
            column = 0;
          }
        }
        i++;
        column++;
        continue;
      }
      if (c == '"') {
        if (value.length() > 0 || wasQuoted) {
          throw new BadInputException(file + ":" + line + ":" + column + ": a quote inside an unquoted field");
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(new Field(value.toString(), fieldLine, fieldColumn));
        value.setLength(0);
        wasQuoted = false;
        fieldLine = line;
        fieldColumn = column + 1;
      } else if (c == '\r' || c == '\n') {
        record.add(new Field(value.toString(), fieldLine, fieldColumn));
        records.add(record);
        if (records.size() > maxRecords) {
          throw new BadInputException(file + ":" + line + ":1: more than " + maxRecords
              + " records, the limit (raise it with " + InputLimits.OPTION + " csv-rows=N)");
        }
        record = new ArrayList<>();
        value.setLength(0);
        wasQuoted = false;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        column = 0;
        fieldLine = line;
        fieldColumn = 1;
      } else if (wasQuoted) {
        throw new BadInputException(file + ":" + line + ":" + column + ": text after a closing quote");
      } else {
        value.append(c);
      }
      i++;
      column++;
    }
    if (quoted) {
      throw new BadInputException(file + ":" + fieldLine + ":" + fieldColumn + ": unterminated quoted field");
    }
    if (value.length() > 0 || wasQuoted || !record.isEmpty()) {
      record.add(new Field(value.toString(), fieldLine, fieldColumn));
      records.add(record);
    }
    return records;
  }
}
