package org.ctpat4j.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.tabular.internal.CsvTables;
import org.ctpat4j.tabular.internal.Flattener;
import org.ctpat4j.tabular.internal.Layout;
import org.ctpat4j.tabular.internal.XlsxTables;

/**
 * Writes a dossier as a tabular dossier that {@link TabularDossierReader} reads back into an equal dossier: a folder
 * with one UTF-8 CSV file per table, or an XLSX workbook with one sheet per table. Every table is written, empty ones
 * with their header only, so the files double as a template. Column names are the dossier's field names; list cells
 * join their items with {@code |} (a {@code |} or {@code \} inside an item is escaped with {@code \}).
 *
 * <p>Immutable and thread-safe.
 */
@Incubating
public final class TabularDossierWriter {

  private static final TabularDossierWriter STANDARD = new TabularDossierWriter();
  private static final char LIST_SEPARATOR = '|';

  private TabularDossierWriter() {}

  /**
   * Returns the standard writer.
   *
   * @return the shared writer; never null
   */
  public static TabularDossierWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a folder of CSV files or, for a path ending in {@code .xlsx}, a workbook.
   *
   * @param dossier the dossier; never null
   * @param path the folder (created if needed; its table files are replaced) or the workbook file; never null
   * @throws UncheckedIOException if a file cannot be written
   */
  public void write(Dossier dossier, Path path) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(path, "path");
    if (TabularDossierReader.isWorkbook(path)) {
      try (OutputStream out = Files.newOutputStream(path)) {
        writeWorkbook(dossier, out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path, e);
      }
    } else {
      writeCsvFolder(dossier, path);
    }
  }

  /**
   * Writes one CSV file per table into a folder.
   *
   * @param dossier the dossier; never null
   * @param folder the folder, created if needed; never null
   * @throws UncheckedIOException if a file cannot be written
   */
  public void writeCsvFolder(Dossier dossier, Path folder) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(folder, "folder");
    try {
      Files.createDirectories(folder);
      for (Flattener.Rows rows : Flattener.flatten(dossier, Layout.standard(), LIST_SEPARATOR)) {
        List<String> header = new ArrayList<>();
        rows.columns().forEach(c -> header.add(c.name()));
        try (OutputStream out = Files.newOutputStream(folder.resolve(rows.table().name() + ".csv"))) {
          CsvTables.write(header, rows.rows(), out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder, e);
    }
  }

  /**
   * Writes an XLSX workbook with one sheet per table.
   *
   * @param dossier the dossier; never null
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeWorkbook(Dossier dossier, OutputStream out) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    List<XlsxTables.SheetData> sheets = new ArrayList<>();
    for (Flattener.Rows rows : Flattener.flatten(dossier, Layout.standard(), LIST_SEPARATOR)) {
      sheets.add(new XlsxTables.SheetData(rows.table().name(), rows.columns(), rows.rows()));
    }
    XlsxTables.write(sheets, out);
  }
}
