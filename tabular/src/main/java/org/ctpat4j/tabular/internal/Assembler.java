package org.ctpat4j.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.tabular.ColumnMapping;

/**
 * Turns the rows of the tables into the JSON tree of a dossier, converting each cell by the kind of its column, and
 * remembers which row and column every value came from, so that the core reader's problems can be located in the
 * tables. One instance per read; not thread-safe.
 */
public final class Assembler {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Layout layout;
  private final ColumnMapping mapping;
  private final Problems problems;
  private final boolean date1904;
  private final ObjectNode root = NODES.objectNode();

  /** Where the elements of each list came from, by the pointer of the list. */
  private final Map<String, List<Origin>> lists = new HashMap<>();
  /** Where each one-row table's object came from, by its pointer. */
  private final Map<String, Origin> objects = new HashMap<>();
  /** Where the root fields kept in the partner table came from, by their pointer. */
  private final Map<String, Origin> rootFields = new HashMap<>();
  /** Pointers whose value already has a problem: the core reader's problems at or under them are left out. */
  private final Set<String> reported = new HashSet<>();
  /** Required columns absent from a table's header (reported once, not once per row). */
  private final Set<String> missingColumns = new HashSet<>();
  /** The order of the tables' files and sheets, to sort problems. */
  private final Map<String, Integer> order = new HashMap<>();

  /** The header of one raw table, resolved against its layout table. */
  private static final class Header {
    final Map<String, Integer> index = new LinkedHashMap<>();
    final Map<String, String> display = new HashMap<>();
  }

  /** The row a value came from. */
  private record Origin(RawTable raw, Layout.Table table, Header header, int row) {}

  /** A list element built from a row of a table that has child tables, by id. */
  private record Parent(ObjectNode node, String pointer) {}

  /**
   * Creates an assembler.
   *
   * @param layout the layout
   * @param mapping the mapping
   * @param problems where problems go
   * @param date1904 whether workbook day serials count from 1904 (a Mac Excel setting)
   */
  public Assembler(Layout layout, ColumnMapping mapping, Problems problems, boolean date1904) {
    this.layout = layout;
    this.mapping = mapping;
    this.problems = problems;
    this.date1904 = date1904;
  }

  /**
   * Builds the dossier tree from the tables.
   *
   * @param tables the raw tables by layout table name (absent tables are empty; a {@code null} value marks a table
   *     that could not be read, whose problem is already reported)
   * @param source the folder or workbook, for problems about a missing table
   * @param partnerSource where the partner table was expected, for the problem when it is missing
   * @return the tree
   */
  public ObjectNode assemble(Map<String, RawTable> tables, String source, String partnerSource) {
    for (Layout.Table t : layout.tables()) {
      RawTable raw = tables.get(t.name());
      if (raw != null) {
        order.putIfAbsent(raw.file() + "\0" + raw.sheet(), order.size());
      }
    }
    Map<String, Map<String, Parent>> parents = new HashMap<>();
    for (Layout.Table t : layout.tables()) {
      RawTable raw = tables.get(t.name());
      boolean unreadable = raw == null && tables.containsKey(t.name());
      if (t.name().equals("partner")
          && !unreadable
          && (raw == null || raw.rows().stream().allMatch(RawTable.Row::blank))) {
        problems.file(
            raw, partnerSource, ProblemCode.MISSING_FIELD,
            raw == null
                ? "the partner table is missing: every dossier names its partner in one row"
                : "the partner table has no row: every dossier names its partner in one row");
      }
      if (t.name().equals("partner")) {
        reported.add("/partner");
      }
      if (raw == null) {
        continue;
      }
      if (t.parent() != null && t.parent().singleton() && !objects.containsKey(t.parent().pointer())
          && raw.rows().stream().anyMatch(r -> !r.blank())) {
        problems.file(
            raw, raw.file(), ProblemCode.MISSING_FIELD,
            "the " + t.name() + " table has rows, but the " + t.parent().name() + " table they belong to has none;"
                + " its rows are not read");
        continue;
      }
      Header header = header(t, raw);
      Map<String, Parent> ids = new HashMap<>();
      parents.put(t.name(), ids);
      Origin first = null;
      for (RawTable.Row row : raw.rows()) {
        if (row.blank()) {
          if (!mapping.skipBlankRows()) {
            problems.cell(
                raw, row.number(), "", ProblemCode.BLANK_ROW,
                "the row is blank; delete it, or set \"blankRows\": \"skip\" in the mapping", "");
          }
          continue;
        }
        strayCells(raw, header, row);
        Origin origin = new Origin(raw, t, header, row.number());
        String pointer;
        ObjectNode node = NODES.objectNode();
        if (t.singleton()) {
          if (first != null) {
            problems.cell(
                raw, row.number(), "", ProblemCode.INVALID_VALUE,
                "the " + t.name() + " table has one row; its row is row " + first.row(), "");
            continue;
          }
          first = origin;
          pointer = t.pointer();
          objectAt(t.parentPointer()).set(t.field(), node);
          objects.put(pointer, origin);
        } else if (t.key() != null) {
          String key = row.cell(header.index.getOrDefault(t.key(), Integer.MAX_VALUE)).strip();
          if (!header.index.containsKey(t.key())) {
            continue; // the missing key column is reported once, at the header
          }
          if (key.isEmpty()) {
            problems.cell(
                raw, row.number(), header.display.get(t.key()), ProblemCode.MISSING_FIELD,
                "required field \"" + t.key() + "\" is missing: it names the " + t.key() + " this row belongs to", "");
            continue;
          }
          Parent parent = parents.getOrDefault(t.parent().name(), Map.of()).get(key);
          if (parent == null) {
            problems.cell(
                raw, row.number(), header.display.get(t.key()), ProblemCode.BROKEN_REFERENCE,
                "no row of the " + t.parent().name() + " table has the id " + Problems.quote(key), "");
            continue;
          }
          ArrayNode array = parent.node().withArray(t.field());
          String list = parent.pointer() + "/" + t.field();
          pointer = list + "/" + array.size();
          array.add(node);
          lists.computeIfAbsent(list, k -> new ArrayList<>()).add(origin);
        } else {
          String list = t.pointer();
          ArrayNode array = objectAt(t.parentPointer()).withArray(t.field());
          pointer = list + "/" + array.size();
          array.add(node);
          lists.computeIfAbsent(list, k -> new ArrayList<>()).add(origin);
        }
        fill(t, raw, header, row, node, pointer);
        Integer idIndex = header.index.get("id");
        if (idIndex != null) {
          ids.putIfAbsent(row.cell(idIndex), new Parent(node, pointer));
        }
      }
    }
    if (!root.has("format")) {
      ObjectNode withFormat = NODES.objectNode();
      withFormat.put("format", Dossier.FORMAT);
      withFormat.setAll(root);
      return withFormat;
    }
    return root;
  }

  private ObjectNode objectAt(String pointer) {
    ObjectNode node = root;
    if (pointer.isEmpty()) {
      return node;
    }
    for (String field : pointer.substring(1).split("/")) {
      JsonNode child = node.get(field);
      if (!(child instanceof ObjectNode)) {
        child = node.putObject(field);
      }
      node = (ObjectNode) child;
    }
    return node;
  }

  private Header header(Layout.Table t, RawTable raw) {
    Header h = new Header();
    Map<String, String> renamed = mapping.columns(t.name());
    Set<String> ignored = mapping.ignoredColumns(t.name());
    List<String> known = new ArrayList<>();
    t.columns().forEach(c -> known.add(c.name()));
    known.addAll(renamed.keySet());
    for (int i = 0; i < raw.header().size(); i++) {
      String cell = raw.header().get(i);
      String name = cell.replace("\uFEFF", "").strip();
      if (name.isEmpty()) {
        h.display.put("\0" + i, "");
        continue;
      }
      if (ignored.contains(name)) {
        continue;
      }
      String target = renamed.containsKey(name) ? renamed.get(name) : t.column(name) != null ? name : null;
      if (target == null) {
        problems.cell(
            raw, raw.headerRow(), name, ProblemCode.UNKNOWN_COLUMN,
            "the " + t.name() + " table has no column " + Problems.quote(name) + Names.suggest(name, known)
                + " (columns: " + String.join(", ", columnNames(t)) + "; or map or ignore it in the mapping)", "");
        continue;
      }
      if (h.index.containsKey(target)) {
        problems.cell(
            raw, raw.headerRow(), name, ProblemCode.DUPLICATE_COLUMN,
            "a second column for " + Problems.quote(target) + "; the first is " + h.display.get(target), "");
        continue;
      }
      h.index.put(target, i);
      h.display.put(target, name.equals(target) ? name : name + " (" + target + ")");
    }
    boolean hasRows = raw.rows().stream().anyMatch(r -> !r.blank());
    for (Layout.Column c : t.columns()) {
      if (c.required() && hasRows && !h.index.containsKey(c.name())) {
        problems.cell(
            raw, raw.headerRow(), "", ProblemCode.MISSING_FIELD,
            "required column " + Problems.quote(c.name()) + " is missing"
                + (renamed.isEmpty() ? "" : " (no header is mapped to it)"), "");
        missingColumns.add(t.name() + "\0" + c.name());
      }
    }
    return h;
  }

  private static List<String> columnNames(Layout.Table t) {
    List<String> names = new ArrayList<>();
    t.columns().forEach(c -> names.add(c.name()));
    return names;
  }

  private void strayCells(RawTable raw, Header header, RawTable.Row row) {
    for (int i = 0; i < row.cells().length; i++) {
      boolean noHeader = i >= raw.header().size() || header.display.containsKey("\0" + i);
      if (noHeader && !row.cells()[i].isBlank()) {
        problems.cell(
            raw, row.number(), columnLetter(i), ProblemCode.INVALID_VALUE,
            Problems.quote(row.cells()[i]) + " is in a column without a header", "");
      }
    }
  }

  /** The spreadsheet letters of a 0-based column index: A, B, ..., Z, AA, ... */
  static String columnLetter(int index) {
    StringBuilder b = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      b.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return b.toString();
  }

  private void fill(Layout.Table t, RawTable raw, Header header, RawTable.Row row, ObjectNode node, String pointer) {
    for (Layout.Column c : t.columns()) {
      if (c.name().equals(t.key())) {
        continue;
      }
      Integer index = header.index.get(c.name());
      if (index == null) {
        continue;
      }
      String text = row.cell(index);
      if (text.isEmpty() || c.kind() != Layout.Kind.TEXT && text.isBlank()) {
        continue;
      }
      String fieldPointer = c.root() ? "/" + c.name() : pointer + "/" + String.join("/", c.path());
      if (c.root()) {
        rootFields.put(fieldPointer, new Origin(raw, t, header, row.number()));
      }
      Cell cell = new Cell(raw, row.number(), header.display.get(c.name()), fieldPointer, t.name(), c);
      JsonNode value;
      if (c.list()) {
        ArrayNode items = NODES.arrayNode();
        List<String> parts = split(text, mapping.listSeparator());
        boolean ok = true;
        for (int i = 0; i < parts.size(); i++) {
          String part = parts.get(i).strip();
          JsonNode item = part.isEmpty() ? null : convert(cell, part, false, "item " + (i + 1) + ": ");
          if (part.isEmpty()) {
            cell.problem(ProblemCode.INVALID_VALUE, "item " + (i + 1) + " of " + Problems.quote(text) + " is empty");
          }
          if (item == null) {
            ok = false;
          } else {
            items.add(item);
          }
        }
        value = ok ? items : null;
      } else {
        value = convert(cell, text, row.isNumeric(index), "");
      }
      if (value == null) {
        reported.add(fieldPointer);
        continue;
      }
      ObjectNode target = c.root() ? root : node;
      List<String> path = c.root() ? List.of(c.name()) : c.path();
      for (int i = 0; i < path.size() - 1; i++) {
        JsonNode child = target.get(path.get(i));
        target = child instanceof ObjectNode o ? o : target.putObject(path.get(i));
      }
      target.set(path.get(path.size() - 1), value);
    }
  }

  /** A cell being converted: where it is, for problems. */
  private final class Cell {
    final RawTable raw;
    final int row;
    final String display;
    final String pointer;
    final String table;
    final Layout.Column column;

    Cell(RawTable raw, int row, String display, String pointer, String table, Layout.Column column) {
      this.raw = raw;
      this.row = row;
      this.display = display;
      this.pointer = pointer;
      this.table = table;
      this.column = column;
    }

    void problem(ProblemCode code, String message) {
      problems.cell(raw, row, display, code, message, pointer);
    }
  }

  /** Splits a list cell at the separator; a backslash escapes the separator or itself. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == separator || text.charAt(i + 1) == '\\')) {
        cur.append(text.charAt(++i));
      } else if (ch == separator) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    parts.add(cur.toString());
    return parts;
  }

  private JsonNode convert(Cell cell, String text, boolean numeric, String item) {
    switch (cell.column.kind()) {
      case TEXT:
        return NODES.textNode(text);
      case ENUM:
        return NODES.textNode(text.strip());
      case BOOLEAN:
        return bool(cell, text.strip(), item);
      case NUMBER:
      case INTEGER:
        return number(cell, text.strip(), numeric, item);
      case DATE:
        return date(cell, text.strip(), numeric, item);
      default:
        throw new IllegalStateException("unknown kind " + cell.column.kind());
    }
  }

  private JsonNode bool(Cell cell, String text, String item) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "1":
        return NODES.booleanNode(true);
      case "false":
      case "no":
      case "0":
        return NODES.booleanNode(false);
      default:
        cell.problem(ProblemCode.WRONG_TYPE, item + Problems.quote(text) + " is not true or false");
        return null;
    }
  }

  private JsonNode number(Cell cell, String text, boolean numeric, String item) {
    String plain = text;
    if (mapping.decimalComma() && !numeric) { // a workbook's number cell is a number, not text
      if (text.indexOf('.') >= 0) {
        cell.problem(
            ProblemCode.WRONG_TYPE,
            item + Problems.quote(text) + " is not a number with a decimal comma (write it without thousands separators)");
        return null;
      }
      plain = text.replace(',', '.');
    }
    BigDecimal value;
    try {
      value = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      cell.problem(
          ProblemCode.WRONG_TYPE,
          item + Problems.quote(text) + " is not a number"
              + (!mapping.decimalComma() && text.matches("-?[0-9]*,[0-9]+")
                  ? "; set \"decimalComma\": true in the mapping if the file writes decimal commas"
                  : ""));
      return null;
    }
    if (cell.column.kind() == Layout.Kind.INTEGER) {
      try {
        return NODES.numberNode(value.intValueExact());
      } catch (ArithmeticException e) {
        cell.problem(ProblemCode.WRONG_TYPE, item + Problems.quote(text) + " is not a whole number");
        return null;
      }
    }
    return NODES.numberNode(value.doubleValue());
  }

  private JsonNode date(Cell cell, String text, boolean numeric, String item) {
    if (numeric) {
      BigDecimal serial = new BigDecimal(text);
      if (serial.stripTrailingZeros().scale() > 0) {
        cell.problem(ProblemCode.INVALID_VALUE, item + "the date " + text + " has a time of day; give the day only");
        return null;
      }
      LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
      return NODES.textNode(epoch.plusDays(serial.longValue()).toString());
    }
    Optional<DateTimeFormatter> format = mapping.dateFormat(cell.table, cell.column.name());
    String pattern = mapping.datePattern(cell.table, cell.column.name()).orElse("yyyy-MM-dd");
    try {
      LocalDate d = format.isPresent() ? LocalDate.parse(text, format.get()) : LocalDate.parse(text);
      return NODES.textNode(d.toString());
    } catch (DateTimeParseException e) {
      cell.problem(
          ProblemCode.INVALID_VALUE,
          item + Problems.quote(text) + " is not a date in the format "
              + pattern
              + (format.isPresent() ? "" : " (name the file's format in the mapping: \"dateFormat\": \"dd/MM/yyyy\")"));
      return null;
    }
  }

  /**
   * Locates the core reader's problems in the tables and adds them, except those under a value that already has a
   * problem or in a required column that is missing from its table.
   *
   * @param coreProblems the core reader's problems
   * @param source the folder or workbook, for problems that no row holds
   */
  public void locate(List<Problem> coreProblems, String source) {
    for (Problem p : coreProblems) {
      if (underReported(p.path())) {
        continue;
      }
      String[] segments = p.path().isEmpty() ? new String[0] : p.path().substring(1).split("/", -1);
      Origin origin = null;
      int restFrom = 0;
      Origin rootField = rootFields.get(p.path());
      if (rootField != null) {
        origin = rootField;
        restFrom = 0;
      }
      for (int k = segments.length; origin == null && k >= 1; k--) {
        String prefix = "/" + String.join("/", java.util.Arrays.copyOfRange(segments, 0, k));
        String last = segments[k - 1];
        if (isIndex(last)) {
          String list = prefix.substring(0, prefix.length() - last.length() - 1);
          List<Origin> origins = lists.get(list);
          int index = Integer.parseInt(last);
          if (origins != null && index < origins.size()) {
            origin = origins.get(index);
            restFrom = k;
          }
        } else if (objects.containsKey(prefix)) {
          origin = objects.get(prefix);
          restFrom = k;
        }
      }
      if (origin == null) {
        problems.add(
            new org.ctpat4j.tabular.CellProblem(
                source, "", 0, "", p.code(), (p.path().isEmpty() ? "" : "at " + p.path() + ": ") + p.message(), p.path()));
        continue;
      }
      List<String> column = new ArrayList<>();
      String itemPrefix = "";
      for (int i = restFrom; i < segments.length; i++) {
        if (isIndex(segments[i])) {
          itemPrefix = "item " + (Integer.parseInt(segments[i]) + 1) + ": ";
        } else {
          column.add(segments[i].replace("~1", "/").replace("~0", "~"));
        }
      }
      String name = String.join(".", column);
      if (missingColumns.contains(origin.table().name() + "\0" + name)) {
        continue;
      }
      String display = name.isEmpty() ? "" : origin.header().display.getOrDefault(name, name);
      problems.cell(origin.raw(), origin.row(), display, p.code(), itemPrefix + p.message(), p.path());
    }
  }

  private boolean underReported(String path) {
    for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
      if (reported.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a comparator key: the order of a problem's file or sheet among the tables (unknown ones first).
   *
   * @param file the file
   * @param sheet the sheet
   * @return the order
   */
  public int order(String file, String sheet) {
    return order.getOrDefault(file + "\0" + sheet, -1);
  }
}
