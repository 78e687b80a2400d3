package org.ctpat4j.risk.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the bundled UFLPA Entity List (test code: a small RFC 4180 CSV reader and the adapter to entries). */
final class UflpaTestList {

  static final String RESOURCE = "/org/ctpat4j/risk/data/uflpa_entity_list.csv";

  private static final List<ScreeningEntry> ENTRIES = load(true);
  private static final List<ScreeningEntry> ENTRIES_WITHOUT_CHINESE = load(false);

  private UflpaTestList() {}

  /** The list with the Chinese names of {@link KnownChineseNames} added as aliases. */
  static List<ScreeningEntry> entries() {
    return ENTRIES;
  }

  /** The list as published (English names only). */
  static List<ScreeningEntry> entriesAsPublished() {
    return ENTRIES_WITHOUT_CHINESE;
  }

  private static List<ScreeningEntry> load(boolean chinese) {
    List<List<String>> rows = parse(read());
    List<String> header = rows.get(0);
    if (!header.equals(List.of("name", "aliases", "section", "effective_date", "location", "sector", "source_url"))) {
      throw new IllegalStateException("unexpected header " + header);
    }
    List<ScreeningEntry> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != header.size()) {
        throw new IllegalStateException("line " + (r + 1) + ": " + row.size() + " fields");
      }
      String name = row.get(0);
      ScreeningEntry.Builder b = ScreeningEntry.newBuilder(String.format(Locale.ROOT, "uflpa-%03d", r), name)
          .country(row.get(4).contains("Hong Kong") ? "HK" : "CN")
          .source(row.get(6));
      if (!row.get(1).isBlank()) {
        for (String alias : row.get(1).split(" \\| ")) {
          b.alias(alias.strip());
        }
      }
      if (!row.get(3).isBlank()) {
        b.effectiveDate(LocalDate.parse(row.get(3)));
      }
      if (chinese) {
        KnownChineseNames.forListedName(name).forEach(b::alias);
      }
      out.add(b.build());
    }
    return List.copyOf(out);
  }

  private static String read() {
    try (InputStream in = UflpaTestList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180: fields separated by commas, optionally quoted, "" inside quotes for a quote, CRLF or LF lines. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
          row.add(field.toString());
          rows.add(List.copyOf(row));
        }
        row.clear();
        field.setLength(0);
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalStateException("unterminated quoted field");
    }
    if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(List.copyOf(row));
    }
    return rows;
  }
}
