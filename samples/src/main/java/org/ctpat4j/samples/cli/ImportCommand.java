package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.tabular.ColumnMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j import DIR|FILE.xlsx [--mapping FILE] [--out dossier.json]}: reads a tabular dossier (a folder of CSV
 * files or an XLSX workbook, one table per kind), checks it like a JSON dossier and writes it as
 * {@code ctpat4j-dossier/1} JSON. Every problem is printed with its file, sheet, row and column.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Reads a folder of CSV files or an .xlsx workbook (one table per kind: partner, facilities, links, ...)",
      "and writes it as a JSON dossier. A mapping file maps other headers, date formats and decimal commas.",
      "Each problem is printed on stderr as FILE: sheet SHEET, row ROW, column COLUMN: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported", "2:the tables are invalid or unreadable, or bad usage"})
public final class ImportCommand implements Callable<Integer> {

  @ParentCommand private Ctpat4jCommand parent;

  @Spec private CommandSpec spec;

  @Mixin private ProgressOption progress;

  @Parameters(paramLabel = "SOURCE", description = "A folder of CSV files, or an .xlsx workbook.")
  private Path source;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "A JSON column mapping: the file's headers to dossier fields, date formats, separators.")
  private Path mapping;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the JSON dossier to FILE (atomically) instead of stdout.")
  private Path out;

  /** Creates the command; picocli calls this. */
  public ImportCommand() {}

  /**
   * Imports the tables.
   *
   * @return {@link ExitCodes#OK}; invalid input is thrown and reported by {@link ErrorHandler}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!DossierLoader.isTabular(source)) {
      throw new BadInputException(
          source + ": not a folder of CSV files or an .xlsx workbook" + (Files.exists(source) ? "" : " (no such file)"));
    }
    ColumnMapping columns = ColumnMapping.none();
    if (mapping != null) {
      if (!Files.isRegularFile(mapping)) {
        throw new BadInputException(mapping + ": no such file");
      }
      columns = ColumnMapping.read(mapping);
    }
    Dossier dossier = new DossierLoader(progress.open(err, parent.interactive()), columns).loadTabular(source);
    String json = DossierWriter.standard().write(dossier);
    if (out == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().println();
      spec.commandLine().getOut().flush();
    } else {
      AtomicOutput.write(out, (json + "\n").getBytes(StandardCharsets.UTF_8));
      spec.commandLine().getOut().println(source + ": imported to " + out + ": " + ValidateCommand.summary(dossier));
    }
    return ExitCodes.OK;
  }
}
