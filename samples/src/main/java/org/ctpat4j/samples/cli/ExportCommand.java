package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.tabular.TabularDossierReader;
import org.ctpat4j.tabular.TabularDossierWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j export DOSSIER --out DIR|FILE.xlsx}: writes a dossier as tables (a folder of CSV files, or an XLSX
 * workbook when the name ends in {@code .xlsx}), so that it can be edited in a spreadsheet and imported again.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Writes a dossier as a folder of CSV files, or as an .xlsx workbook when --out ends in .xlsx:",
      "one table per kind, with every column, to edit in a spreadsheet and read back with 'ctpat4j import'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:exported", "2:the dossier is invalid or unreadable, the output exists, or bad usage"})
public final class ExportCommand implements Callable<Integer> {

  @ParentCommand private Ctpat4jCommand parent;

  @Spec private CommandSpec spec;

  @Mixin private ProgressOption progress;

  @Parameters(paramLabel = "DOSSIER", description = DossierLoader.DESCRIPTION)
  private Path dossierFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR|FILE.xlsx",
      description = "A new (or empty) folder for the CSV files, or a workbook file ending in .xlsx (replaced).")
  private Path out;

  /** Creates the command; picocli calls this. */
  public ExportCommand() {}

  /**
   * Exports the dossier.
   *
   * @return {@link ExitCodes#OK}; invalid input is thrown and reported by {@link ErrorHandler}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Dossier dossier = new DossierLoader(progress.open(err, parent.interactive())).load(dossierFile);
    TabularDossierWriter writer = TabularDossierWriter.standard();
    if (TabularDossierReader.isWorkbook(out)) {
      AtomicOutput.writeFile(out, ".xlsx", tmp -> writer.write(dossier, tmp));
    } else {
      AtomicOutput.writeDirectory(out, tmp -> writer.writeCsvFolder(dossier, tmp));
    }
    spec.commandLine().getOut().println(dossierFile + ": exported to " + out + ": " + ValidateCommand.summary(dossier));
    return ExitCodes.OK;
  }
}
