package org.ctpat4j.risk.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * Readers of the lists in the forms their publishers give them, each turned into the CSV columns of a
 * {@link ReferenceList} so that the rest of the library reads one form. Every reader checks every row and names the
 * file, the line, the column and the field of the first bad value; nothing is dropped: a column the reader does not
 * know is an error, and every value it reads ends up in a column of the result.
 */
final class PublishedLists {

  /** The most bytes a list file may hold, as for a dossier ({@code DossierReader.DEFAULT_MAX_DOCUMENT_BYTES}). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private PublishedLists() {}

  // ------------------------------------------------------------------------------------------------- bounded read

  /**
   * Reads a list file: a regular file of at most {@link #MAX_BYTES} bytes, read no further than that.
   *
   * @param file the file
   * @return its bytes
   * @throws ReferenceDataException when it is not a regular file or is larger than the limit
   * @throws UncheckedIOException when reading fails
   */
  static byte[] read(Path file) {
    java.util.Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new ReferenceDataException(file + ": not a regular file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ReferenceDataException(file + ": larger than the limit of " + MAX_BYTES + " bytes for a list file");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static String decode(String source, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReferenceDataException(source + ": not valid UTF-8", e);
    }
  }

  // ---------------------------------------------------------------------------------------------- CBP's WRO CSV

  /** The columns of CBP's Withhold Release Orders and Findings CSV this reader knows, as CBP names them. */
  static final List<String> CBP_COLUMNS = List.of("Calendar Year", "Effective Date", "Country", "Country Code",
      "Entity", "Merchandise", "Industry", "WRO/Finding", "Status", "Modified Date", "Remarks", "Press Release");

  /** The columns a file in CBP's layout must have. */
  static final List<String> CBP_REQUIRED = List.of("Effective Date", "Country", "Entity", "WRO/Finding", "Status");

  /** CBP's statuses and the status this library records for each (see {@link WroFinding#isLifted()}). */
  private static final Map<String, String> CBP_STATUS = Map.of(
      "active", "ACTIVE",
      "partially active", "PARTIALLY_ACTIVE",
      "inactive", "INACTIVE",
      "modified", "MODIFIED",
      "partially modified", "PARTIALLY_MODIFIED",
      "revoked", "REVOKED",
      "vacated", "VACATED");

  /**
   * Returns whether a CSV file's first line is CBP's layout rather than one of this library's (whose first column is
   * {@code effective_date}).
   *
   * @param source the name of the file, for messages
   * @param bytes the file
   * @return {@code true} when its header names the columns as CBP does
   */
  static boolean isCbpLayout(String source, byte[] bytes) {
    List<Csv.Row> rows = Csv.parseAll(source, firstLine(decode(source, bytes)), ReferenceDataException::new);
    if (rows.isEmpty()) {
      return false;
    }
    for (String f : rows.get(0).fields()) {
      if (f.strip().equalsIgnoreCase("Effective Date") || f.strip().equalsIgnoreCase("WRO/Finding")) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String text) {
    int i = text.indexOf('\n');
    return i < 0 ? text : text.substring(0, i);
  }

  /**
   * Turns CBP's list into the columns of {@link ReferenceList#WRO_FINDINGS_DATED}. Columns are found by name (any
   * order, case and surrounding spaces ignored); {@link #CBP_REQUIRED} must be there, the others of
   * {@link #CBP_COLUMNS} may be. {@code Entity} and {@code Merchandise} become {@code entity_or_scope} ("Entity
   * (Merchandise)"), {@code Modified Date} the day a lifted order ends, and {@code Press Release} and {@code Remarks}
   * the row's source, with the file and line it was read from. {@code Calendar Year} is derived from the effective
   * date by CBP and is checked to be a year. Without {@code Country Code}, the country name is looked up among the
   * English names of ISO 3166-1 countries.
   *
   * @param source the name of the file, for messages
   * @param bytes the UTF-8 CSV file
   * @return the list in this library's columns
   * @throws ReferenceDataException naming the file, line, column and field of the first bad value
   */
  static byte[] cbpWroCsv(String source, byte[] bytes) {
    List<Csv.Row> rows = Csv.parseAll(source, decode(source, bytes), ReferenceDataException::new);
    if (rows.isEmpty()) {
      throw new ReferenceDataException(source + ": empty file, expected CBP's header (" + String.join(",",
          CBP_REQUIRED) + ", ...)");
    }
    Csv.Row header = rows.get(0);
    Map<String, Integer> at = new HashMap<>();
    for (int k = 0; k < header.fields().size(); k++) {
      String name = header.get(k).strip();
      String known = CBP_COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
      String where = source + ":" + header.line() + ":" + header.column(k) + ": header";
      if (known == null) {
        throw new ReferenceDataException(where + ": unknown column '" + name + "' (CBP's columns are "
            + String.join(", ", CBP_COLUMNS) + ")");
      }
      if (at.put(known, k) != null) {
        throw new ReferenceDataException(where + ": column '" + known + "' appears twice");
      }
    }
    for (String required : CBP_REQUIRED) {
      if (!at.containsKey(required)) {
        throw new ReferenceDataException(source + ":" + header.line() + ": header has no '" + required
            + "' column (it has " + String.join(", ", header.fields()) + ")");
      }
    }
    Map<String, String> countries = countryCodes();
    ReferenceList list = ReferenceList.WRO_FINDINGS_DATED;
    StringBuilder out = new StringBuilder(Csv.format(list.header()));
    for (Csv.Row r : rows.subList(1, rows.size())) {
      if (r.fields().size() != header.fields().size()) {
        throw new ReferenceDataException(source + ":" + r.line() + ": expected " + header.fields().size()
            + " fields, found " + r.fields().size());
      }
      Cells c = new Cells(source, r, at);
      LocalDate effective = c.date("Effective Date");
      String year = c.optional("Calendar Year");
      if (!year.isEmpty() && !year.matches("\\d{4}")) {
        throw c.bad("Calendar Year", "not a year: '" + year + "'");
      }
      String type = switch (c.required("WRO/Finding").toLowerCase(Locale.ROOT)) {
        case "wro", "withhold release order" -> "WRO";
        case "finding" -> "FINDING";
        default -> throw c.bad("WRO/Finding", "expected WRO or Finding, found '" + c.required("WRO/Finding") + "'");
      };
      String statusText = c.required("Status");
      String status = CBP_STATUS.get(statusText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      if (status == null) {
        throw c.bad("Status", "unknown status '" + statusText + "' (expected Active, Partially Active, Inactive,"
            + " Modified, Partially Modified, Revoked or Vacated)");
      }
      String country = c.required("Country");
      String iso = c.optional("Country Code").toUpperCase(Locale.ROOT);
      if (iso.isEmpty()) {
        iso = countries.get(country.toLowerCase(Locale.ROOT));
        if (iso == null) {
          throw c.bad("Country", "no ISO 3166-1 code known for '" + country + "'; add a Country Code column");
        }
      } else if (!Codes.isCountryCode(iso)) {
        throw c.bad("Country Code", "not an ISO 3166-1 alpha-2 code: '" + iso + "'");
      }
      String modified = "";
      if (!c.optional("Modified Date").isEmpty()) {
        LocalDate m = c.date("Modified Date");
        if (m.isBefore(effective)) {
          throw c.bad("Modified Date", "modified on " + m + ", before the order took effect on " + effective);
        }
        modified = m.toString();
      }
      String merchandise = c.optional("Merchandise");
      String entity = c.required("Entity") + (merchandise.isEmpty() ? "" : " (" + merchandise + ")");
      String remarks = c.optional("Remarks");
      String press = c.optional("Press Release");
      String from = (press.isEmpty() ? "" : press + " ") + "(CBP list " + source + " line " + r.line()
          + (remarks.isEmpty() ? "" : "; remarks: " + remarks) + ")";
      out.append(Csv.format(List.of(effective.toString(), type, entity, country, iso, c.optional("Industry"), status,
          modified, from)));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> countryCodes() {
    Map<String, String> out = new HashMap<>();
    Codes.countryNames(Locale.ENGLISH).forEach((name, code) -> out.putIfAbsent(name.toLowerCase(Locale.ROOT), code));
    return out;
  }

  /** The fields of one row of a file whose columns are found by name. */
  private static final class Cells {
    private final String source;
    private final Csv.Row row;
    private final Map<String, Integer> at;

    Cells(String source, Csv.Row row, Map<String, Integer> at) {
      this.source = source;
      this.row = row;
      this.at = at;
    }

    String optional(String column) {
      Integer k = at.get(column);
      return k == null ? "" : row.get(k).strip();
    }

    String required(String column) {
      String v = optional(column);
      if (v.isEmpty()) {
        throw bad(column, "required value is blank");
      }
      return v;
    }

    LocalDate date(String column) {
      String v = required(column);
      LocalDate d = PublishedLists.date(v);
      if (d == null) {
        throw bad(column, "not a date (M/D/YYYY as CBP writes it, or YYYY-MM-DD): '" + v + "'");
      }
      return d;
    }

    ReferenceDataException bad(String column, String message) {
      int k = at.get(column);
      int col = row.column(k);
      return new ReferenceDataException(source + ":" + row.line() + (col > 0 ? ":" + col : "") + ": field '"
          + column + "': " + message);
    }
  }

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);

  /** A date as a U.S. publisher writes it (6/21/2022, June 21, 2022) or in ISO form, or {@code null}. */
  static LocalDate date(String text) {
    String v = text.strip();
    if (v.endsWith(".")) {
      v = v.substring(0, v.length() - 1).strip();
    }
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, US_DATE, LONG_DATE)) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------- the Federal Register appendix table

  /** A clause of UFLPA section 2(d)(2)(B), the lists the UFLPA Entity List brings together. */
  private static final Pattern SECTION =
      Pattern.compile("(?:Section\\s+)?2\\(d\\)\\(2\\)\\(B\\)\\((i{1,3}|iv|v)\\)", Pattern.CASE_INSENSITIVE);

  /** A further clause in "2(d)(2)(B)(ii) and (v)". */
  private static final Pattern MORE_SECTIONS = Pattern.compile("^\\s*(?:,|and|&)\\s*\\((i{1,3}|iv|v)\\)");

  /**
   * Cells are separated by a tab, by two or more spaces, or by a dot leader (three or more dots). A name's own final
   * period right before a dot leader cannot be told from the leader and is read as part of it; the screener compares
   * names without punctuation, so a match does not depend on it.
   */
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\.{3,}\\s*|\\t+|\\s{2,}");

  private static final Pattern RULE = Pattern.compile("^[\\s\\-=_]+$");

  /** The parenthesis after a name that gives its other names, as DHS writes them. */
  private static final Pattern ALIASES = Pattern.compile(
      "\\((?:also known as|formerly known as|a\\.?k\\.?a\\.?|f/k/a)\\s+(.*)\\)\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern ALIAS_SPLIT = Pattern.compile(
      "\\s*;\\s*|,?\\s+and\\s+(?=(?:also|formerly)\\s+known\\s+as\\b)", Pattern.CASE_INSENSITIVE);

  private static final Pattern ALIAS_LEAD = Pattern.compile(
      "^(?:and\\s+)?(?:(?:also|formerly)\\s+known\\s+as|a\\.?k\\.?a\\.?|f/k/a)?\\s*(?:and\\s+)?",
      Pattern.CASE_INSENSITIVE);

  /** The header cells of the appendix table this reader knows, and the field each gives. */
  private static final Map<String, String> FR_HEADERS = frHeaders();

  private static Map<String, String> frHeaders() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String h : List.of("entity", "entity name", "entity names", "name", "name of entity")) {
      m.put(h, "name");
    }
    for (String h : List.of("aliases", "alias", "also known as")) {
      m.put(h, "aliases");
    }
    for (String h : List.of("address", "addresses", "location", "aliases/addresses")) {
      m.put(h, "location");
    }
    for (String h : List.of("section", "uflpa section", "legal authority", "uflpa legal authority", "list")) {
      m.put(h, "section");
    }
    for (String h : List.of("effective date", "date", "date added", "date listed")) {
      m.put(h, "date");
    }
    return m;
  }

  /**
   * Returns whether a UFLPA Entity List file is a CSV file in this library's columns (its first line starts with
   * {@code name,}) rather than the text of a Federal Register appendix table.
   *
   * @param text the file
   * @return {@code true} for the CSV form
   */
  static boolean isUflpaCsv(String text) {
    String first = firstLine(text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
    return first.toLowerCase(Locale.ROOT).startsWith("name,") || first.toLowerCase(Locale.ROOT).startsWith("\"name\",");
  }

  /**
   * Turns the UFLPA Entity List as the appendix of a DHS Federal Register notice gives it (copied as text from the
   * notice: one entity a line, cells separated by tabs, by two or more spaces or by a dot leader) into the columns of
   * {@link ReferenceList#UFLPA_ENTITY_LIST}.
   *
   * <ul>
   *   <li>A line naming a section ("Entities identified under Section 2(d)(2)(B)(ii)", "Section 2(d)(2)(B)(v)") and
   *       nothing else is a heading: the rows under it are on that section's list.
   *   <li>A line of header cells (Entity name, Aliases, Address, Section or UFLPA Legal Authority, Effective date)
   *       gives the columns of the rows after it; each row then has as many cells. Without a header, the first cell
   *       is the name and each further cell is read by its content: a section, a date, else an address.
   *   <li>A name's other names follow it in parentheses, as DHS writes them: "(also known as A; B; and formerly
   *       known as C)". A row may name several sections ("2(d)(2)(B)(ii) and (v)").
   *   <li>An indented line of one cell right after a row continues that row's name (text wrapped in the notice).
   *       Lines before the first heading, header or row are the notice's title and are skipped; rules (lines of
   *       dashes) and blank lines are skipped.
   * </ul>
   *
   * <p>Every row must end with a section, from its own cells or from a heading. Dates may be written "June 21,
   * 2022", "6/21/2022" or "2022-06-21".
   *
   * @param source the name of the file, for messages and each row's source
   * @param text the text
   * @return the list in this library's columns
   * @throws ReferenceDataException naming the file, line, column and field of the first bad value
   */
  static byte[] federalRegisterTable(String source, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = t.split("\r?\n", -1);
    List<String> header = null;
    List<String> headingSections = List.of();
    List<FrRow> rows = new ArrayList<>();
    boolean started = false;
    for (int n = 0; n < lines.length; n++) {
      int lineNo = n + 1;
      String line = lines[n];
      if (line.isBlank() || RULE.matcher(line).matches()) {
        continue;
      }
      if (line.indexOf('\r') >= 0) {
        throw new ReferenceDataException(source + ":" + lineNo + ":" + (line.indexOf('\r') + 1)
            + ": bare carriage return");
      }
      List<int[]> spans = cells(line);
      List<String> cells = new ArrayList<>();
      for (int[] span : spans) {
        cells.add(cellText(line, span));
      }
      if (isHeader(cells)) {
        List<String> fields = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
          String field = FR_HEADERS.get(cells.get(k).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
          if (field == null) {
            throw new ReferenceDataException(source + ":" + lineNo + ":" + (spans.get(k)[0] + 1)
                + ": unknown header cell '" + cells.get(k) + "' (known: entity name, aliases, address, section or"
                + " UFLPA legal authority, effective date)");
          }
          fields.add(field);
        }
        if (header != null && !header.equals(fields)) {
          throw new ReferenceDataException(source + ":" + lineNo + ": this header (" + String.join(", ", fields)
              + ") differs from the first one (" + String.join(", ", header) + ")");
        }
        header = fields;
        started = true;
        continue;
      }
      if (spans.size() == 1) {
        String cell = cellText(line, spans.get(0));
        List<String> sections = sections(cell);
        if (!sections.isEmpty()) {
          headingSections = sections;
          started = true;
          continue;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        if (indented && !rows.isEmpty() && rows.get(rows.size() - 1).line == previousContentLine(lines, n)) {
          FrRow last = rows.get(rows.size() - 1);
          last.name = last.name + " " + cell;
          last.continued = lineNo;
          continue;
        }
        if (!started) {
          continue; // the notice's title above the table
        }
      }
      started = true;
      FrRow row = new FrRow(lineNo);
      if (header != null && cells.size() != header.size()) {
        throw new ReferenceDataException(source + ":" + lineNo + ": expected " + header.size() + " cells as in the"
            + " header (" + String.join(", ", header) + "), found " + cells.size()
            + " (cells are separated by a tab or two or more spaces)");
      }
      for (int k = 0; k < cells.size(); k++) {
        String cell = cells.get(k);
        int col = spans.get(k)[0] + 1;
        String field = header != null ? header.get(k) : k == 0 ? "name" : classify(cell);
        switch (field) {
          case "name" -> row.name = cell;
          case "aliases" -> row.aliases.addAll(splitAliases(cell));
          case "location" -> row.location = row.location.isEmpty() ? cell : row.location + "; " + cell;
          case "section" -> {
            List<String> s = sections(cell);
            if (s.isEmpty()) {
              throw new ReferenceDataException(source + ":" + lineNo + ":" + col + ": field 'section': not a clause"
                  + " of UFLPA section 2(d)(2)(B), such as 2(d)(2)(B)(i): '" + cell + "'");
            }
            row.sections.addAll(s);
          }
          case "date" -> {
            if (!cell.isEmpty()) {
              row.date = date(cell);
              if (row.date == null) {
                throw new ReferenceDataException(source + ":" + lineNo + ":" + col + ": field 'effective date': not"
                    + " a date (June 21, 2022, 6/21/2022 or 2022-06-21): '" + cell + "'");
              }
            }
          }
          default -> throw new IllegalStateException(field);
        }
      }
      if (row.sections.isEmpty()) {
        row.sections.addAll(headingSections);
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      throw new ReferenceDataException(source + ": no entity rows found (expected the appendix table of a UFLPA"
          + " Entity List notice: one entity a line, under a section heading or with a section cell)");
    }
    ReferenceList list = ReferenceList.UFLPA_ENTITY_LIST;
    List<String> columns = new ArrayList<>(list.header());
    columns.addAll(list.optionalColumns());
    StringBuilder out = new StringBuilder(Csv.format(columns));
    for (FrRow r : rows) {
      List<String> aliases = new ArrayList<>(r.aliases);
      String name = r.name.strip();
      Matcher m = ALIASES.matcher(name);
      if (m.find()) {
        aliases.addAll(0, splitAliases(m.group(1)));
        name = name.substring(0, m.start()).strip();
      }
      if (name.isEmpty()) {
        throw new ReferenceDataException(source + ":" + r.line + ": field 'entity name': required value is blank");
      }
      if (r.sections.isEmpty()) {
        throw new ReferenceDataException(source + ":" + r.line + ": field 'section': the row names no section of"
            + " UFLPA 2(d)(2)(B) and no section heading precedes it");
      }
      String at = r.continued > 0 ? "lines " + r.line + "-" + r.continued : "line " + r.line;
      out.append(Csv.format(List.of(name, String.join(" | ", aliases), String.join(" and ", r.sections),
          r.date == null ? "" : r.date.toString(), r.location, "", "Federal Register appendix " + source + " "
              + at, "")));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final class FrRow {
    final int line;
    int continued;
    String name = "";
    final List<String> aliases = new ArrayList<>();
    String location = "";
    final List<String> sections = new ArrayList<>();
    LocalDate date;

    FrRow(int line) {
      this.line = line;
    }
  }

  private static int previousContentLine(String[] lines, int n) {
    for (int k = n - 1; k >= 0; k--) {
      if (!lines[k].isBlank()) {
        return k + 1;
      }
    }
    return 0;
  }

  private static boolean isHeader(List<String> cells) {
    if (cells.isEmpty()) {
      return false;
    }
    String first = cells.get(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return FR_HEADERS.containsKey(first) && "name".equals(FR_HEADERS.get(first));
  }

  private static String classify(String cell) {
    if (!sections(cell).isEmpty()) {
      return "section";
    }
    return date(cell) != null ? "date" : "location";
  }

  private static List<String> sections(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = SECTION.matcher(cell);
    int end = -1;
    while (m.find()) {
      out.add("2(d)(2)(B)(" + m.group(1).toLowerCase(Locale.ROOT) + ")");
      end = m.end();
      String after = cell.substring(end);
      Matcher more = MORE_SECTIONS.matcher(after);
      while (more.find()) {
        out.add("2(d)(2)(B)(" + more.group(1).toLowerCase(Locale.ROOT) + ")");
        after = after.substring(more.end());
        more = MORE_SECTIONS.matcher(after);
      }
    }
    return out.stream().distinct().toList();
  }

  private static List<String> splitAliases(String text) {
    List<String> out = new ArrayList<>();
    for (String part : ALIAS_SPLIT.split(text)) {
      String a = ALIAS_LEAD.matcher(part.strip()).replaceFirst("").strip();
      if (!a.isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }

  /** The spans [start, end) of the cells of a line, in characters. */
  private static List<int[]> cells(String line) {
    List<int[]> out = new ArrayList<>();
    Matcher m = CELL_SEPARATOR.matcher(line);
    int start = 0;
    while (m.find()) {
      if (m.start() > start && !line.substring(start, m.start()).isBlank()) {
        out.add(new int[] {start, m.start()});
      }
      start = m.end();
    }
    if (start < line.length() && !line.substring(start).isBlank()) {
      out.add(new int[] {start, line.length()});
    }
    return out;
  }

  private static String cellText(String line, int[] span) {
    return line.substring(span[0], span[1]).strip();
  }
}
