package org.ctpat4j.samples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reference-data options shared by the commands that assess risk: {@code --entity-list FILE} (repeatable),
 * {@code --entity-list-replaces}, {@code --entity-list-complete}, {@code --wro-list FILE} and
 * {@code --ilab-list FILE}. Without them the bundled snapshot of {@code ctpat4j-risk} is used.
 *
 * <p>An entity-list file is a CSV file in the bundled list's columns or the appendix table of a DHS Federal Register
 * notice as text ({@link ReferenceData.Builder#addUflpaEntities(String, byte[], ReferenceDataVersion)}). A WRO file
 * in CBP's own layout (its header names {@code Effective Date}, {@code WRO/Finding}, ...) replaces both bundled WRO
 * lists and is taken as CBP's complete list; one in this library's columns replaces the list with those columns
 * ({@link ReferenceData.Builder#wroList(String, byte[], ReferenceDataVersion)}). An ILAB file in the bundled columns
 * replaces the List of Goods ({@link ReferenceData.Builder#ilabGoods(String, byte[], ReferenceDataVersion)}).
 *
 * <p>By default the files given with {@code --entity-list} are <em>added</em> to the bundled UFLPA Entity List, in the
 * order given ({@link ReferenceData.Builder#addUflpaEntities(String, byte[], ReferenceDataVersion)}): the same entity
 * (by normalised name or alias) is folded into one row whose source names both files, so loading the latest additions
 * never drops what the bundled list holds. With {@code --entity-list-replaces} the first file replaces the bundled
 * list (give the whole current edition) and later files are added to it.
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
        "A UFLPA Entity List file with the bundled list's columns (name,aliases,section,effective_date,location,"
            + "sector,source_url[,removed_date]; aliases separated by a vertical bar), or the appendix table of a DHS"
            + " Federal Register notice copied as text (one entity a line, its section in a cell or a heading).",
        "Added to the bundled (partial) list; the same entity is folded by normalised name. Repeatable, in order."
      })
  private List<Path> entityLists = new ArrayList<>();

  @Option(
      names = "--entity-list-replaces",
      description = "The first --entity-list file replaces the bundled list instead of adding to it.")
  private boolean replaces;

  @Option(
      names = "--wro-list",
      paramLabel = "CSV",
      description = {
        "A Withhold Release Orders and Findings file: CBP's CSV as CBP publishes it (columns found by name: Effective"
            + " Date, Country, Entity, WRO/Finding, Status, and optionally Calendar Year, Country Code, Merchandise,"
            + " Industry, Modified Date, Remarks, Press Release), which replaces both bundled WRO lists, or a CSV"
            + " file in the bundled columns, which replaces that list."
      })
  private Path wroList;

  @Option(
      names = "--ilab-list",
      paramLabel = "CSV",
      description = "An ILAB List of Goods edition in the bundled columns (good,sector,country,region,child_labor,"
          + "forced_labor,forced_child_labor,downstream_good,input_source_country,list_edition); replaces the bundled"
          + " 2022 edition and its 2024 changes.")
  private Path ilabList;

  @Option(
      names = "--entity-list-complete",
      description =
          "State that the resulting list is the complete official list, so reports do not flag it as partial.")
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
   * @param threads the threads that run the rules (see {@link ThreadsOption})
   * @return the engine; never null
   * @throws BadInputException if a file cannot be read or is not a valid list (naming the file, line and column)
   */
  RiskEngine engine(int threads) {
    RiskEngine.Builder b = RiskEngine.newBuilder().parallelism(threads);
    if (loadsLists()) {
      b.referenceData(referenceData());
    }
    return b.build();
  }

  private boolean loadsLists() {
    return !entityLists.isEmpty() || wroList != null || ilabList != null;
  }

  /**
   * Returns the files these options load into each list, for the {@code lists} command to name.
   *
   * @return list to the files given for it, in order; never null
   */
  Map<ReferenceList, List<Path>> loadedFiles() {
    Map<ReferenceList, List<Path>> out = new LinkedHashMap<>();
    if (!entityLists.isEmpty()) {
      out.put(ReferenceList.UFLPA_ENTITY_LIST, List.copyOf(entityLists));
    }
    if (wroList != null) {
      out.put(ReferenceList.WRO_FINDINGS_DATED, List.of(wroList));
      out.put(ReferenceList.WRO_FINDINGS, List.of(wroList));
    }
    if (ilabList != null) {
      out.put(ReferenceList.ILAB_GOODS, List.of(ilabList));
      out.put(ReferenceList.ILAB_CHANGES, List.of(ilabList));
    }
    return out;
  }

  /**
   * Returns the reference data these options ask for.
   *
   * @return the data; never null
   * @throws BadInputException if a file cannot be read or is not a valid list (naming the file, line and column)
   */
  ReferenceData referenceData() {
    if (!loadsLists()) {
      return ReferenceData.bundled();
    }
    ReferenceData.Builder b = ReferenceData.newBuilder();
    if (wroList != null) {
      byte[] bytes = read(wroList);
      boolean cbp = ReferenceData.isCbpWroLayout(bytes);
      try {
        b.wroList(wroList.toString(), bytes, new ReferenceDataVersion(ReferenceList.WRO_FINDINGS_DATED.title(),
            wroList.getFileName().toString(), cbp, "U.S. Customs and Border Protection", wroList.toString(),
            cbp ? "supplied with --wro-list in CBP's layout, taken as CBP's whole list"
                : "supplied with --wro-list in the bundled columns; not stated complete"));
        b.build();
      } catch (ReferenceDataException e) {
        throw bad(wroList, e);
      }
    }
    if (ilabList != null) {
      try {
        b.ilabGoods(ilabList.toString(), read(ilabList), new ReferenceDataVersion(ReferenceList.ILAB_GOODS.title(),
            ilabList.getFileName().toString(), true, "U.S. Department of Labor, Bureau of International Labor Affairs",
            ilabList.toString(), "supplied with --ilab-list"));
        b.build();
      } catch (ReferenceDataException e) {
        throw bad(ilabList, e);
      }
    }
    for (int k = 0; k < entityLists.size(); k++) {
      Path file = entityLists.get(k);
      byte[] bytes = read(file);
      ReferenceDataVersion v = version(file.getFileName().toString(), file.toString(), completeness());
      try {
        if (k == 0 && replaces) {
          b.uflpaEntityList(file.toString(), bytes, v).build();
        } else {
          b.addUflpaEntities(file.toString(), bytes, v);
        }
      } catch (ReferenceDataException e) {
        throw bad(file, e);
      }
    }
    try {
      return b.build();
    } catch (ReferenceDataException e) {
      throw bad(entityLists.isEmpty() ? wroList != null ? wroList : ilabList : entityLists.get(0), e);
    }
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

  private static BadInputException bad(Path file, ReferenceDataException e) {
    String message = String.valueOf(e.getMessage());
    for (String prefix : List.of(file.toString(), ReferenceList.UFLPA_ENTITY_LIST.fileName())) {
      if (message.startsWith(prefix)) {
        return new BadInputException(file + TerminalText.line(message.substring(prefix.length())));
      }
    }
    return new BadInputException(file + ": " + TerminalText.line(message));
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
}
