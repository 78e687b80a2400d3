package org.ctpat4j.samples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.internal.Tasks;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.tabular.ColumnMapping;
import org.ctpat4j.tabular.TabularDossierReader;

/**
 * Reads the dossier named on the command line, reporting progress while it reads. Every command that takes a
 * {@code DOSSIER} argument goes through here, so they all report unreadable files and invalid content the same way.
 */
final class DossierLoader {

  /** One strict reader for the whole process (building a Jackson mapper is not free). */
  private static final DossierReader READER = DossierReader.strict();

  private final Progress progress;
  private final OptionalLong maxInputSize;
  private final TabularDossierReader tabular;

  /**
   * Creates a loader with the default size limits that reads tabular dossiers without a column mapping.
   *
   * @param progress where to report reading progress; never null
   */
  DossierLoader(Progress progress) {
    this(progress, OptionalLong.empty(), ColumnMapping.none());
  }

  /**
   * Creates a loader that reads tabular dossiers without a column mapping.
   *
   * @param progress where to report reading progress; never null
   * @param maxInputSize the largest dossier file to read in bytes, or empty for any size
   */
  DossierLoader(Progress progress, OptionalLong maxInputSize) {
    this(progress, maxInputSize, ColumnMapping.none());
  }

  /**
   * Creates a loader with the default size limits.
   *
   * @param progress where to report reading progress; never null
   * @param mapping the column mapping of tabular dossiers; never null
   */
  DossierLoader(Progress progress, ColumnMapping mapping) {
    this(progress, OptionalLong.empty(), mapping);
  }

  /**
   * Creates a loader.
   *
   * @param progress where to report reading progress; never null
   * @param maxInputSize the largest dossier to read in bytes ({@code --max-input-size}), or empty for the default:
   *     any size for a regular file the user names (the heap is the limit); special files (devices, FIFOs) are refused
   * @param mapping the column mapping of tabular dossiers; never null
   */
  DossierLoader(Progress progress, OptionalLong maxInputSize, ColumnMapping mapping) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.maxInputSize = Objects.requireNonNull(maxInputSize, "maxInputSize");
    this.tabular = TabularDossierReader.newBuilder().mapping(mapping).build();
  }

  /**
   * Files from this size on are read with the reader's first pass on a thread of its own, beside the binding, when
   * there is more than one processor; below it a second thread costs more than it saves.
   */
  static final long CONCURRENT_PASSES_FROM = 1 << 20;

  /** Builds the strict reader now, if it is not built yet: {@link Warmup} calls this as the JVM starts. */
  static void warm() {
    Objects.requireNonNull(READER);
  }

  private static DossierReader reader(long size) {
    boolean concurrent = size >= CONCURRENT_PASSES_FROM && Runtime.getRuntime().availableProcessors() > 1;
    if (!concurrent && size <= DossierReader.DEFAULT_MAX_DOCUMENT_BYTES) {
      return READER;
    }
    DossierReader.Builder b =
        DossierReader.newBuilder().maxDocumentBytes(Math.max(size, DossierReader.DEFAULT_MAX_DOCUMENT_BYTES));
    if (concurrent) {
      b.executor(Tasks.onDaemonThread("ctpat4j-first-pass"));
    }
    return b.build();
  }

  /** The help text of every {@code DOSSIER} parameter. */
  static final String DESCRIPTION =
      "The dossier: a JSON file (format ctpat4j-dossier/1), a directory that holds dossier.json and its documents"
          + " (as every bundled sample), a folder of CSV files or an .xlsx workbook (see 'ctpat4j import').";

  /** The name of the dossier file in a dossier directory (as in every bundled sample). */
  static final String DOSSIER_JSON = "dossier.json";

  /**
   * Resolves a {@code DOSSIER} argument. A directory that holds {@value #DOSSIER_JSON} names that file, so its
   * documents are resolved beside it; a directory with CSV files and no {@value #DOSSIER_JSON} is a tabular dossier and
   * is returned as given, like any other path.
   *
   * @param path the path as the user named it; never null
   * @return the dossier file, or {@code path} itself
   * @throws BadInputException if {@code path} is a directory with neither {@value #DOSSIER_JSON} nor a CSV file
   */
  static Path resolve(Path path) {
    Objects.requireNonNull(path, "path");
    if (!Files.isDirectory(path)) {
      return path;
    }
    Path json = path.resolve(DOSSIER_JSON);
    if (Files.exists(json, LinkOption.NOFOLLOW_LINKS)) {
      return json;
    }
    if (!hasCsvFile(path)) {
      throw new BadInputException(
          path + ": a directory without " + DOSSIER_JSON + ": name the dossier file, or a directory that holds "
              + DOSSIER_JSON + " (and its documents) or the CSV tables of a dossier (partner.csv, facilities.csv, ...)");
    }
    return path;
  }

  private static boolean hasCsvFile(Path directory) {
    try (DirectoryStream<Path> csv = Files.newDirectoryStream(directory, "*.{csv,CSV}")) {
      return csv.iterator().hasNext();
    } catch (IOException e) {
      throw new BadInputException(directory + ": cannot read: " + TerminalText.line(String.valueOf(e.getMessage())));
    }
  }

  /**
   * Returns whether a path names a tabular dossier: a folder of CSV files or an {@code .xlsx} workbook.
   *
   * @param file the path as the user named it; never null
   * @return {@code true} for a folder or a workbook name
   */
  static boolean isTabular(Path file) {
    return Files.isDirectory(file) || TabularDossierReader.isWorkbook(file);
  }

  /**
   * Reads a tabular dossier (a folder of CSV files or an XLSX workbook) and checks it like a JSON one.
   *
   * @param file the folder or workbook as the user named it; never null
   * @return the dossier; never null
   * @throws BadInputException if the path does not exist or cannot be read
   * @throws org.ctpat4j.tabular.TabularFormatException if the tables are not a valid dossier
   */
  Dossier loadTabular(Path file) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new BadInputException(name + ": no such file or directory");
    }
    try {
      progress.update("reading " + TerminalText.escape(file.getFileName() == null ? name : file.getFileName().toString()), 0, 0);
      return tabular.read(file);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      throw new BadInputException(name + ": cannot read: " + TerminalText.line(String.valueOf(cause.getMessage())));
    } finally {
      progress.done();
    }
  }

  /**
   * Reads a dossier with the strict reader, which also runs every check of {@code ctpat4j-core} (constraints,
   * codes, references between the dossier's parts) and reports each problem with its line, column and JSON Pointer.
   * A directory that holds {@value #DOSSIER_JSON} is read as that file ({@link #resolve(Path)}); another folder or an
   * {@code .xlsx} file is read as a tabular dossier ({@link #loadTabular(Path)}).
   *
   * @param path the file or directory as the user named it; never null
   * @return the dossier; never null
   * @throws BadInputException if the file does not exist or cannot be read, or is a directory without a dossier
   * @throws DossierFormatException if the content is not a valid dossier; its source is the file read
   */
  Dossier load(Path path) {
    Path file = resolve(path);
    String name = file.toString();
    if (isTabular(file)) {
      return loadTabular(file);
    }
    long size = InputLimits.checkFile(file, maxInputSize.orElse(Long.MAX_VALUE), "a dossier file");
    DossierReader reader = reader(size);
    Dossier dossier;
    try (InputStream in = Files.newInputStream(file)) {
      String task =
          "reading " + TerminalText.escape(file.getFileName() == null ? name : file.getFileName().toString());
      try {
        progress.update(task, 0, size);
        dossier = reader.read(file, done -> progress.update(task, done, size));
      } finally {
        progress.done();
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(name + ": permission denied");
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot read: " + TerminalText.line(String.valueOf(e.getMessage())));
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      throw new BadInputException(
          name + ": cannot read: " + TerminalText.line(String.valueOf(cause.getMessage())));
    }
    return dossier;
  }

  /** Counts the bytes read and reports the running total. */
  private static final class Counting extends FilterInputStream {

    private final java.util.function.LongConsumer listener;
    private long count;

    Counting(InputStream in, java.util.function.LongConsumer listener) {
      super(in);
      this.listener = listener;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      advance(skipped);
      return skipped;
    }

    private void advance(long n) {
      count += n;
      listener.accept(count);
    }
  }
}
