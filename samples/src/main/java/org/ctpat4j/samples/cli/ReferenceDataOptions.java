package org.ctpat4j.samples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctpat4j.risk.ReferenceDataVersion;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.data.UflpaEntity;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reference-data options shared by the commands that assess risk: {@code --entity-list CSV} (repeatable) and
 * {@code --entity-list-complete}. Without them the bundled snapshot of {@code ctpat4j-risk} is used.
 *
 * <p>The files given with {@code --entity-list} together <em>replace</em> the bundled UFLPA Entity List: give the
 * whole current edition (the bundled list is partial), not only the latest additions. Several files are merged in the
 * order given; when two files list the same entity name (compared ignoring case and runs of white space), the row of
 * the later file wins, so a correction file can follow the edition it corrects. One file is used byte for byte (its
 * SHA-256 appears in the report's reference-data version); a merge is re-written as one CSV first.
 */
final class ReferenceDataOptions {

  /** Who publishes the official list, as reports show it. */
  static final String UFLPA_PUBLISHER = "DHS / Forced Labor Enforcement Task Force";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--entity-list",
      paramLabel = "CSV",
      description = {
        "A newer UFLPA Entity List edition, with the bundled list's columns (" + "name,aliases,section,"
            + "effective_date,location,sector,source_url; aliases separated by a vertical bar).",
        "Replaces the bundled (partial) list. Repeatable: files are merged in order; for the same entity name the"
            + " later file's row wins."
      })
  private List<Path> entityLists = new ArrayList<>();

  @Option(
      names = "--entity-list-complete",
      description =
          "State that the --entity-list files hold the complete list, so reports do not flag it as partial.")
  private boolean complete;

  /**
   * Returns the files given with {@code --entity-list}, in order.
   *
   * @return the files; never null
   */
  List<Path> entityLists() {
    return List.copyOf(entityLists);
  }

  /**
   * Returns the risk engine: every built-in rule on the bundled data, or on the data these options ask for.
   *
   * @return the engine; never null
   * @throws BadInputException if a file cannot be read or is not a valid list (naming the file, line and column)
   */
  RiskEngine engine() {
    if (entityLists.isEmpty()) {
      return RiskEngine.newBuilder().build();
    }
    return RiskEngine.newBuilder().referenceData(referenceData()).build();
  }

  /**
   * Returns the reference data these options ask for.
   *
   * @return the data; never null
   * @throws BadInputException if a file cannot be read or is not a valid list (naming the file, line and column)
   */
  ReferenceData referenceData() {
    if (entityLists.isEmpty()) {
      return ReferenceData.bundled();
    }
    String names = entityLists.stream().map(Path::toString).collect(Collectors.joining(", "));
    if (entityLists.size() == 1) {
      Path file = entityLists.get(0);
      return checked(file, read(file), version(file.getFileName().toString(), names, completeness()));
    }
    Map<String, UflpaEntity> merged = new LinkedHashMap<>();
    for (Path file : entityLists) {
      ReferenceData one = checked(file, read(file), version(file.getFileName().toString(), file.toString(), ""));
      for (UflpaEntity entity : one.uflpaEntities()) {
        String key = entity.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        merged.remove(key);
        merged.put(key, entity);
      }
    }
    String version = "merged from " + entityLists.size() + " files";
    String note =
        "merged by the ctpat4j command line in this order, the later file winning for the same name: " + names + "; "
            + completeness();
    return checked(entityLists.get(entityLists.size() - 1), csv(merged.values()), version(version, names, note));
  }

  private String completeness() {
    return complete
        ? "stated complete with --entity-list-complete"
        : "supplied with --entity-list; not stated complete (add --entity-list-complete for the whole official list)";
  }

  private ReferenceDataVersion version(String version, String source, String note) {
    return new ReferenceDataVersion(
        ReferenceList.UFLPA_ENTITY_LIST.title(), version, complete, UFLPA_PUBLISHER, source, note);
  }

  private static ReferenceData checked(Path file, byte[] csv, ReferenceDataVersion version) {
    try {
      return ReferenceData.newBuilder().load(ReferenceList.UFLPA_ENTITY_LIST, csv, version).build();
    } catch (ReferenceDataException e) {
      String message = String.valueOf(e.getMessage());
      String listFile = ReferenceList.UFLPA_ENTITY_LIST.fileName();
      if (message.startsWith(listFile)) {
        message = message.substring(listFile.length());
      } else {
        message = ": " + message;
      }
      throw new BadInputException(file + TerminalText.line(message));
    }
  }

  private byte[] read(Path file) {
    InputLimits limits = InputLimits.of(mixee);
    byte[] bytes = InputLimits.read(file, limits.fileBytes(), "a CSV file");
    long lines = 0;
    for (byte b : bytes) {
      if (b == '\n' && ++lines > limits.csvRows()) {
        throw new BadInputException(file + ": more than " + limits.csvRows() + " lines, the limit (raise it with "
            + InputLimits.OPTION + " csv-rows=N)");
      }
    }
    return bytes;
  }

  /** Writes entities back in the list's columns (RFC 4180 quoting). */
  static byte[] csv(Iterable<UflpaEntity> entities) {
    StringBuilder out = new StringBuilder(String.join(",", ReferenceList.UFLPA_ENTITY_LIST.header())).append('\n');
    for (UflpaEntity e : entities) {
      List<String> fields =
          List.of(
              e.name(),
              String.join(" | ", e.aliases()),
              e.section(),
              e.effective().map(Object::toString).orElse(""),
              e.location(),
              e.sector(),
              e.source());
      out.append(fields.stream().map(ReferenceDataOptions::quote).collect(Collectors.joining(","))).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
