package org.ctpat4j.tabular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.tabular.internal.Assembler;
import org.ctpat4j.tabular.internal.CsvTables;
import org.ctpat4j.tabular.internal.Layout;
import org.ctpat4j.tabular.internal.Names;
import org.ctpat4j.tabular.internal.Problems;
import org.ctpat4j.tabular.internal.RawTable;
import org.ctpat4j.tabular.internal.XlsxTables;

/**
 * Reads a tabular dossier: a folder of CSV files ({@code partner.csv}, {@code facilities.csv}, ...) or one XLSX
 * workbook with a sheet per table. Column names are the dossier's JSON field names (or the file's own, through a
 * {@link ColumnMapping}); see {@code docs/tabular.md} for every table.
 *
 * <p>The rows become a {@code ctpat4j-dossier/1} document that the core {@link DossierReader} checks completely, so a
 * tabular dossier passes exactly the checks of a JSON one. Either a dossier is returned, or a {@link
 * TabularFormatException} lists every problem, each located by file, sheet, row and column, for example {@code
 * suppliers.xlsx: sheet links, row 17, column share: "1,5" is not a number}. No row is skipped without a problem
 * saying so (blank rows are skipped only when the mapping says {@code "blankRows": "skip"}).
 *
 * <pre>{@code
 * Dossier d = TabularDossierReader.standard().read(Path.of("supplier-data"));         // a folder of CSV files
 * Dossier e = TabularDossierReader.newBuilder()
 *     .mapping(ColumnMapping.read(Path.of("erp-mapping.json")))
 *     .build()
 *     .read(Path.of("suppliers.xlsx"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Incubating
public final class TabularDossierReader {

  private static final TabularDossierReader STANDARD = newBuilder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ColumnMapping mapping;
  private final DossierReader reader;

  private TabularDossierReader(Builder b) {
    this.mapping = b.mapping;
    this.reader = b.reader;
  }

  /**
   * Returns the reader without a mapping, checking with the strict core reader.
   *
   * @return the shared reader; never null
   */
  public static TabularDossierReader standard() {
    return STANDARD;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns whether a path names a workbook (a file whose name ends in {@code .xlsx}, in any case).
   *
   * @param path the path; never null
   * @return {@code true} for a workbook name
   */
  public static boolean isWorkbook(Path path) {
    Objects.requireNonNull(path, "path");
    return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Reads a folder of CSV files or an XLSX workbook.
   *
   * @param path a folder, or a file whose name ends in {@code .xlsx}; never null
   * @return the dossier, which has passed every check of the core reader; never null
   * @throws TabularFormatException if the tables are not a valid dossier (every problem, located)
   * @throws IllegalArgumentException if the path is neither a folder nor a workbook file
   * @throws UncheckedIOException if a file cannot be read
   */
  public Dossier read(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return readCsvFolder(path);
    }
    if (isWorkbook(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        return readWorkbook(in, path.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    throw new IllegalArgumentException(
        path + ": not a folder of CSV files or an .xlsx workbook" + (Files.exists(path) ? "" : " (it does not exist)"));
  }

  /**
   * Reads a folder of CSV files. Files named {@code TABLE.csv} (or as the mapping says) are tables; any other
   * {@code .csv} file is a problem unless the mapping ignores it; files of other kinds are left alone.
   *
   * @param folder the folder; never null
   * @return the dossier; never null
   * @throws TabularFormatException if the tables are not a valid dossier
   * @throws UncheckedIOException if a file cannot be read
   */
  public Dossier readCsvFolder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    Problems problems = new Problems();
    Map<String, String> tableOfSource = sources(".csv");
    Map<String, RawTable> tables = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String table = tableOfSource.get(name);
      boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
      if (table == null) {
        if (csv && !mapping.ignoredSources().contains(name)) {
          problems.file(
              null, file.toString(), ProblemCode.UNKNOWN_TABLE,
              "no table is read from this file" + suggest(name, tableOfSource.keySet())
                  + " (tables: " + String.join(", ", tableOfSource.keySet()) + "; or name it in the mapping's \"ignore\")");
        }
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      // null marks a table that could not be read at all (a problem says why)
      tables.put(table, CsvTables.read(bytes, file.toString(), mapping, problems));
    }
    String partner = folder.resolve(mapping.source("partner").orElse("partner.csv")).toString();
    return assemble(tables, folder.toString(), partner, false, problems);
  }

  /**
   * Reads an XLSX workbook. Sheets named after the tables (or as the mapping says) are tables; any other sheet is a
   * problem unless the mapping ignores it.
   *
   * @param in the workbook; read to its end, not closed
   * @param name the file name used in problems; never null
   * @return the dossier; never null
   * @throws TabularFormatException if the tables are not a valid dossier
   */
  public Dossier readWorkbook(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Problems problems = new Problems();
    XlsxTables.Book book = XlsxTables.read(in, name, problems);
    if (book == null) {
      throw new TabularFormatException(name, problems.list(name));
    }
    Map<String, String> tableOfSource = sources("");
    Map<String, RawTable> tables = new LinkedHashMap<>();
    for (Map.Entry<String, RawTable> e : book.sheets().entrySet()) {
      String table = tableOfSource.get(e.getKey());
      if (table == null) {
        if (!mapping.ignoredSources().contains(e.getKey())) {
          problems.file(
              e.getValue(), name, ProblemCode.UNKNOWN_TABLE,
              "no table is read from this sheet" + suggest(e.getKey(), tableOfSource.keySet())
                  + " (sheets: " + String.join(", ", tableOfSource.keySet()) + "; or name it in the mapping's \"ignore\")");
        }
        continue;
      }
      tables.put(table, e.getValue());
    }
    String partner = name + ": sheet " + mapping.source("partner").orElse("partner");
    return assemble(tables, name, partner, book.date1904(), problems);
  }

  private static String suggest(String name, java.util.Collection<String> known) {
    return Names.suggest(name, known);
  }

  /** The file or sheet name of every table, to the table. */
  private Map<String, String> sources(String extension) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Layout.Table t : Layout.standard().tables()) {
      out.put(mapping.source(t.name()).orElse(t.name() + extension), t.name());
    }
    return out;
  }

  private Dossier assemble(
      Map<String, RawTable> tables, String source, String partnerSource, boolean date1904, Problems problems) {
    Assembler assembler = new Assembler(Layout.standard(), mapping, problems, date1904);
    ObjectNode tree = assembler.assemble(tables, source, partnerSource);
    String json;
    try {
      json = JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the dossier tree", e);
    }
    Dossier dossier = null;
    try {
      dossier = reader.read(json);
    } catch (DossierFormatException e) {
      assembler.locate(e.problems(), source);
    }
    if (dossier != null && !problems.any()) {
      return dossier;
    }
    List<CellProblem> all = new ArrayList<>(problems.list(source));
    Map<CellProblem, Integer> position = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      position.put(all.get(i), i);
    }
    all.sort(
        Comparator.<CellProblem>comparingInt(p -> assembler.order(p.file(), p.sheet()))
            .thenComparingInt(CellProblem::row)
            .thenComparingInt(position::get));
    throw new TabularFormatException(source, all);
  }

  /** Configures a {@link TabularDossierReader}; not thread-safe. */
  public static final class Builder {
    private ColumnMapping mapping = ColumnMapping.none();
    private DossierReader reader = DossierReader.strict();

    private Builder() {}

    /**
     * Sets the column mapping.
     *
     * @param mapping the mapping; never null (default {@link ColumnMapping#none()})
     * @return this builder
     */
    public Builder mapping(ColumnMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Sets the core reader that checks the assembled dossier (its limits apply to the assembled JSON).
     *
     * @param reader the reader; never null (default {@link DossierReader#strict()})
     * @return this builder
     */
    public Builder dossierReader(DossierReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return a new reader; never null
     */
    public TabularDossierReader build() {
      return new TabularDossierReader(this);
    }
  }
}
