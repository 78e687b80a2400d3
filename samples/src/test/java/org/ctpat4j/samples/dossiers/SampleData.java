package org.ctpat4j.samples.dossiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where the bundled dossiers and the bundled reference data live, and a small CSV reader for the latter. */
final class SampleData {

  /** The bundled dossiers, one folder each under {@code samples/dossiers}. */
  static final List<String> DOSSIERS =
      List.of("solar-importer", "apparel-importer", "food-importer", "compliant-importer");

  /** The module directory ({@code samples/}); tests run with it as the working directory. */
  static final Path MODULE = Path.of("").toAbsolutePath();

  /** The reference data bundled in {@code ctpat4j-risk}, read from its sources. */
  static final Path RISK_DATA =
      MODULE.resolveSibling("risk").resolve("src/main/resources/org/ctpat4j/risk/data");

  private SampleData() {}

  static Stream<String> dossiers() {
    return DOSSIERS.stream();
  }

  static Path folder(String dossier) {
    return MODULE.resolve("dossiers").resolve(dossier);
  }

  static Path file(String dossier) {
    return folder(dossier).resolve("dossier.json");
  }

  /**
   * Reads an RFC 4180 CSV file with a header row.
   *
   * @param file the file
   * @return one map per record, header name to value, in file order
   */
  static List<Map<String, String>> csv(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    List<String> header = rows.get(0);
    List<Map<String, String>> records = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() != header.size()) {
        throw new IllegalStateException(file + ": record " + r + " has " + r.size() + " fields, expected " + header.size());
      }
      Map<String, String> record = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), r.get(i));
      }
      records.add(record);
    }
    return records;
  }
}
