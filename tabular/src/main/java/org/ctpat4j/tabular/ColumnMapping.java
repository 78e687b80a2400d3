package org.ctpat4j.tabular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.tabular.internal.Layout;

/**
 * How the files of an export map onto the tables of a tabular dossier: which file or sheet holds a table, which of its
 * headers is which dossier field, the date formats, the CSV separator and encoding, and decimal commas. Read from a
 * small JSON file:
 *
 * <pre>{@code
 * {
 *   "encoding": "windows-1252",          // default: by byte order mark, else UTF-8
 *   "separator": ";",                    // default: sniffed from the header line (, ; or tab)
 *   "decimalComma": true,                // numbers written 0,65 (default false)
 *   "listSeparator": "|",                // between the items of a list cell (default |)
 *   "dateFormat": "dd/MM/yyyy",          // every date column (default yyyy-MM-dd)
 *   "blankRows": "skip",                 // "error" (default) or "skip"
 *   "ignore": ["Notes"],                 // files or sheets that are not tables
 *   "tables": {
 *     "facilities": {
 *       "source": "SUPPLIER_MASTER.csv",  // file (or sheet) name, default facilities.csv (sheet facilities)
 *       "columns": { "Supplier No": "id", "Supplier Name": "name", "Country Key": "country" },
 *       "dateFormats": { "issued": "dd.MM.yyyy" },
 *       "ignore": ["Payment Terms"]       // columns that are not dossier fields
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Date patterns are those of {@link DateTimeFormatter}, read strictly ({@code dd/MM/yyyy} rejects 31/02/2026).
 * Every mistake in the mapping itself (an unknown table or field, a bad pattern) is reported with its JSON Pointer
 * before any data is read. Immutable and thread-safe.
 */
@Incubating
public final class ColumnMapping {

  private static final ColumnMapping NONE = new ColumnMapping();

  private static final Set<String> TOP_KEYS =
      Set.of("encoding", "separator", "decimalComma", "listSeparator", "dateFormat", "blankRows", "ignore", "tables");
  private static final Set<String> TABLE_KEYS = Set.of("source", "columns", "dateFormats", "ignore");

  private final Charset encoding;
  private final Character separator;
  private final boolean decimalComma;
  private final char listSeparator;
  private final String dateFormat;
  private final boolean skipBlankRows;
  private final Set<String> ignore;
  private final Map<String, TableMapping> tables;
  /** The formatter of every pattern the mapping names, built once. */
  private final Map<String, DateTimeFormatter> formatters;

  private ColumnMapping() {
    this(new Settings());
  }

  private ColumnMapping(Settings s) {
    this.encoding = s.encoding;
    this.separator = s.separator;
    this.decimalComma = s.decimalComma;
    this.listSeparator = s.listSeparator;
    this.dateFormat = s.dateFormat;
    this.skipBlankRows = s.skipBlankRows;
    this.ignore = s.ignore;
    this.tables = s.tables;
    Map<String, DateTimeFormatter> f = new LinkedHashMap<>();
    if (dateFormat != null) {
      f.put(dateFormat, formatter(dateFormat));
    }
    for (TableMapping t : tables.values()) {
      t.dateFormats().values().forEach(p -> f.computeIfAbsent(p, ColumnMapping::formatter));
    }
    this.formatters = Collections.unmodifiableMap(f);
  }

  /** The settings while a mapping is parsed. */
  private static final class Settings {
    Charset encoding;
    Character separator;
    boolean decimalComma;
    char listSeparator = '|';
    String dateFormat;
    boolean skipBlankRows;
    Set<String> ignore = Set.of();
    Map<String, TableMapping> tables = Map.of();
  }

  /** What the mapping says about one table. */
  private record TableMapping(
      String source, Map<String, String> columns, Map<String, String> dateFormats, Set<String> ignore) {}

  /**
   * Returns the empty mapping: every table in its own file or sheet, headers are field names, ISO dates, sniffed
   * separators, decimal points.
   *
   * @return the shared empty mapping; never null
   */
  public static ColumnMapping none() {
    return NONE;
  }

  /**
   * Reads a mapping file.
   *
   * @param file the JSON file; never null
   * @return the mapping; never null
   * @throws TabularFormatException if the file is not a valid mapping (every problem, with its JSON Pointer)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ColumnMapping read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Parses a mapping.
   *
   * @param json the mapping document; never null
   * @param sourceName the name used in problem messages; never null
   * @return the mapping; never null
   * @throws TabularFormatException if the document is not a valid mapping
   */
  public static ColumnMapping parse(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    List<CellProblem> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JsonProcessingException e) {
      throw new TabularFormatException(
          sourceName,
          List.of(problem(sourceName, "", ProblemCode.MALFORMED, "not valid JSON: " + e.getOriginalMessage())));
    }
    if (root == null || !root.isObject()) {
      throw new TabularFormatException(
          sourceName, List.of(problem(sourceName, "", ProblemCode.WRONG_TYPE, "a mapping is a JSON object")));
    }
    Settings m = new Settings();
    unknownKeys(sourceName, "", root, TOP_KEYS, problems);
    String encoding = text(sourceName, root, "encoding", problems);
    if (encoding != null) {
      try {
        m.encoding = Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        problems.add(problem(sourceName, "/encoding", ProblemCode.INVALID_VALUE, "unknown encoding \"" + encoding + "\""));
      }
    }
    String separator = text(sourceName, root, "separator", problems);
    if (separator != null) {
      if ("\\t".equals(separator) || "tab".equalsIgnoreCase(separator)) {
        separator = "\t";
      }
      if (separator.length() != 1 || separator.charAt(0) == '"') {
        problems.add(
            problem(sourceName, "/separator", ProblemCode.INVALID_VALUE, "the separator is one character, such as ; or ,"));
      } else {
        m.separator = separator.charAt(0);
      }
    }
    String listSeparator = text(sourceName, root, "listSeparator", problems);
    if (listSeparator != null) {
      if (listSeparator.length() != 1 || listSeparator.charAt(0) == '\\' || listSeparator.isBlank()) {
        problems.add(
            problem(sourceName, "/listSeparator", ProblemCode.INVALID_VALUE, "the list separator is one character, such as |"));
      } else {
        m.listSeparator = listSeparator.charAt(0);
      }
    }
    JsonNode decimalComma = root.get("decimalComma");
    if (decimalComma != null) {
      if (decimalComma.isBoolean()) {
        m.decimalComma = decimalComma.booleanValue();
      } else {
        problems.add(problem(sourceName, "/decimalComma", ProblemCode.WRONG_TYPE, "expected true or false"));
      }
    }
    String dateFormat = text(sourceName, root, "dateFormat", problems);
    if (dateFormat != null && pattern(sourceName, "/dateFormat", dateFormat, problems) != null) {
      m.dateFormat = dateFormat;
    }
    String blankRows = text(sourceName, root, "blankRows", problems);
    if (blankRows != null) {
      if ("skip".equals(blankRows)) {
        m.skipBlankRows = true;
      } else if (!"error".equals(blankRows)) {
        problems.add(
            problem(sourceName, "/blankRows", ProblemCode.UNKNOWN_VALUE, "expected \"error\" or \"skip\", not \"" + blankRows + "\""));
      }
    }
    m.ignore = strings(sourceName, root, "", "ignore", problems);
    JsonNode tables = root.get("tables");
    if (tables != null) {
      if (!tables.isObject()) {
        problems.add(problem(sourceName, "/tables", ProblemCode.WRONG_TYPE, "expected an object of tables"));
      } else {
        Map<String, TableMapping> byTable = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String path = "/tables/" + pointerEscape(e.getKey());
          Layout.Table table = Layout.standard().table(e.getKey());
          if (table == null) {
            problems.add(
                problem(sourceName, path, ProblemCode.UNKNOWN_TABLE, "no table is named \"" + e.getKey() + "\"; tables: " + tableNames()));
            continue;
          }
          if (!e.getValue().isObject()) {
            problems.add(problem(sourceName, path, ProblemCode.WRONG_TYPE, "expected an object"));
            continue;
          }
          byTable.put(table.name(), table(sourceName, path, table, e.getValue(), problems));
        }
        m.tables = Collections.unmodifiableMap(byTable);
      }
    }
    if (!problems.isEmpty()) {
      throw new TabularFormatException(sourceName, problems);
    }
    return new ColumnMapping(m);
  }

  private static TableMapping table(
      String sourceName, String path, Layout.Table table, JsonNode node, List<CellProblem> problems) {
    unknownKeys(sourceName, path, node, TABLE_KEYS, problems);
    String source = text(sourceName, node, "source", problems, path);
    Map<String, String> columns = new LinkedHashMap<>();
    JsonNode cols = node.get("columns");
    if (cols != null) {
      if (!cols.isObject()) {
        problems.add(problem(sourceName, path + "/columns", ProblemCode.WRONG_TYPE, "expected an object of headers"));
      } else {
        Set<String> targets = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String at = path + "/columns/" + pointerEscape(e.getKey());
          if (!e.getValue().isTextual()) {
            problems.add(problem(sourceName, at, ProblemCode.WRONG_TYPE, "expected the name of a field"));
          } else if (table.column(e.getValue().asText()) == null) {
            problems.add(
                problem(
                    sourceName,
                    at,
                    ProblemCode.UNKNOWN_COLUMN,
                    "table " + table.name() + " has no field \"" + e.getValue().asText() + "\"; fields: " + fields(table)));
          } else if (!targets.add(e.getValue().asText())) {
            problems.add(
                problem(sourceName, at, ProblemCode.DUPLICATE_COLUMN, "two headers map to \"" + e.getValue().asText() + "\""));
          } else {
            columns.put(e.getKey().strip(), e.getValue().asText());
          }
        }
      }
    }
    Map<String, String> dates = new LinkedHashMap<>();
    JsonNode formats = node.get("dateFormats");
    if (formats != null) {
      if (!formats.isObject()) {
        problems.add(problem(sourceName, path + "/dateFormats", ProblemCode.WRONG_TYPE, "expected an object"));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = formats.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String at = path + "/dateFormats/" + pointerEscape(e.getKey());
          Layout.Column column = table.column(e.getKey());
          if (column == null || column.kind() != Layout.Kind.DATE) {
            problems.add(
                problem(sourceName, at, ProblemCode.UNKNOWN_COLUMN, "table " + table.name() + " has no date field \"" + e.getKey() + "\""));
          } else if (!e.getValue().isTextual()) {
            problems.add(problem(sourceName, at, ProblemCode.WRONG_TYPE, "expected a date pattern such as dd/MM/yyyy"));
          } else {
            if (pattern(sourceName, at, e.getValue().asText(), problems) != null) {
              dates.put(e.getKey(), e.getValue().asText());
            }
          }
        }
      }
    }
    Set<String> ignore = strings(sourceName, node, path, "ignore", problems);
    return new TableMapping(source, Map.copyOf(columns), Map.copyOf(dates), ignore);
  }

  private static String tableNames() {
    List<String> names = new ArrayList<>();
    Layout.standard().tables().forEach(t -> names.add(t.name()));
    return String.join(", ", names);
  }

  private static String fields(Layout.Table table) {
    List<String> names = new ArrayList<>();
    table.columns().forEach(c -> names.add(c.name()));
    return String.join(", ", names);
  }

  private static DateTimeFormatter pattern(String sourceName, String path, String pattern, List<CellProblem> problems) {
    try {
      return formatter(pattern);
    } catch (IllegalArgumentException e) {
      problems.add(
          problem(sourceName, path, ProblemCode.INVALID_VALUE, "\"" + pattern + "\" is not a date pattern: " + e.getMessage()));
      return null;
    }
  }

  private static void unknownKeys(
      String sourceName, String path, JsonNode node, Set<String> known, List<CellProblem> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(
            problem(
                sourceName,
                path + "/" + pointerEscape(key),
                ProblemCode.UNKNOWN_FIELD,
                "unknown setting \"" + key + "\"; settings here: " + String.join(", ", new java.util.TreeSet<>(known))));
      }
    }
  }

  private static String text(String sourceName, JsonNode node, String key, List<CellProblem> problems) {
    return text(sourceName, node, key, problems, "");
  }

  private static String text(String sourceName, JsonNode node, String key, List<CellProblem> problems, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      problems.add(problem(sourceName, path + "/" + key, ProblemCode.WRONG_TYPE, "expected a string"));
      return null;
    }
    return v.asText();
  }

  private static Set<String> strings(
      String sourceName, JsonNode node, String path, String key, List<CellProblem> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    if (!v.isArray()) {
      problems.add(problem(sourceName, path + "/" + key, ProblemCode.WRONG_TYPE, "expected a list of names"));
      return Set.of();
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        problems.add(problem(sourceName, path + "/" + key + "/" + i, ProblemCode.WRONG_TYPE, "expected a string"));
      } else {
        out.add(v.get(i).asText().strip());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static String pointerEscape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static CellProblem problem(String sourceName, String path, ProblemCode code, String message) {
    return new CellProblem(sourceName, "", 0, "", code, (path.isEmpty() ? "" : "at " + path + ": ") + message, "");
  }

  /**
   * Returns the encoding of CSV files without a byte order mark.
   *
   * @return the encoding, or empty for UTF-8
   */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /**
   * Returns the CSV field separator.
   *
   * @return the separator, or empty when it is sniffed from each file's header line
   */
  public Optional<Character> separator() {
    return Optional.ofNullable(separator);
  }

  /**
   * Returns whether numbers are written with a decimal comma ({@code 0,65}).
   *
   * @return {@code true} for decimal commas
   */
  public boolean decimalComma() {
    return decimalComma;
  }

  /**
   * Returns the character between the items of a list cell.
   *
   * @return the separator, {@code |} by default
   */
  public char listSeparator() {
    return listSeparator;
  }

  /**
   * Returns whether rows whose cells are all empty are skipped rather than reported.
   *
   * @return {@code true} when the mapping says {@code "blankRows": "skip"}
   */
  public boolean skipBlankRows() {
    return skipBlankRows;
  }

  /**
   * Returns the names of files or sheets that are not tables.
   *
   * @return an unmodifiable set; never null
   */
  public Set<String> ignoredSources() {
    return ignore;
  }

  /**
   * Returns the file (without folder) or sheet that holds a table.
   *
   * @param table the table name; never null
   * @return the name given by the mapping, or empty for the default ({@code table.csv}, sheet {@code table})
   */
  public Optional<String> source(String table) {
    Objects.requireNonNull(table, "table");
    TableMapping t = tables.get(table);
    return t == null ? Optional.empty() : Optional.ofNullable(t.source());
  }

  /**
   * Returns the renamed headers of a table.
   *
   * @param table the table name; never null
   * @return the file's header to the dossier field; an unmodifiable map, empty when headers are field names
   */
  public Map<String, String> columns(String table) {
    Objects.requireNonNull(table, "table");
    TableMapping t = tables.get(table);
    return t == null ? Map.of() : t.columns();
  }

  /**
   * Returns the headers of a table that are not dossier fields and are left out.
   *
   * @param table the table name; never null
   * @return an unmodifiable set; never null
   */
  public Set<String> ignoredColumns(String table) {
    Objects.requireNonNull(table, "table");
    TableMapping t = tables.get(table);
    return t == null ? Set.of() : t.ignore();
  }

  /**
   * Returns the pattern of a date column, as the mapping writes it.
   *
   * @param table the table name; never null
   * @param column the dossier field; never null
   * @return the column's pattern, else the mapping's {@code dateFormat}, else empty for ISO {@code yyyy-MM-dd}
   */
  public Optional<String> datePattern(String table, String column) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    TableMapping t = tables.get(table);
    if (t != null && t.dateFormats().containsKey(column)) {
      return Optional.of(t.dateFormats().get(column));
    }
    return Optional.ofNullable(dateFormat);
  }

  /**
   * Returns the format of a date column, read strictly.
   *
   * @param table the table name; never null
   * @param column the dossier field; never null
   * @return the formatter of {@link #datePattern(String, String)}, or empty for ISO {@code yyyy-MM-dd}
   */
  public Optional<DateTimeFormatter> dateFormat(String table, String column) {
    return datePattern(table, column).map(formatters::get);
  }

  private static DateTimeFormatter formatter(String pattern) {
    // yyyy is the year of an era, which a strict resolver cannot use without an era: read it as the proleptic year
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
  }
}
