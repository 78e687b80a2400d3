package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctpat4j.core.dossier.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j validate DOSSIER}: checks that a dossier follows the {@code ctpat4j-dossier/1} format (syntax, field
 * names, types, constraints, references between its parts) without assessing it. Prints a one-line summary and exits
 * 0 when it does; prints one line per problem and exits 2 when it does not.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Checks a dossier's structure and references only (no risk assessment, no compliance verdict).",
      "Each problem is printed on stderr as FILE:LINE:COLUMN: JSON-POINTER: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the dossier is valid", "2:the dossier is invalid or unreadable, or bad usage"})
public final class ValidateCommand implements Callable<Integer> {

  @ParentCommand private Ctpat4jCommand parent;

  @Spec private CommandSpec spec;

  @Mixin private ProgressOption progress;

  @Mixin private InputSizeOption inputSize;

  @Parameters(paramLabel = "DOSSIER", description = DossierLoader.DESCRIPTION)
  private Path dossierFile;

  /** Creates the command; picocli calls this. */
  public ValidateCommand() {}

  /**
   * Validates the dossier.
   *
   * @return {@link ExitCodes#OK}; invalid input is thrown and reported by {@link ErrorHandler}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Dossier dossier = new DossierLoader(progress.open(err, parent.interactive()), inputSize.limit(spec)).load(dossierFile);
    spec.commandLine().getOut().println(
        TerminalText.escape(dossierFile + ": valid " + Dossier.FORMAT + ": " + summary(dossier)));
    return ExitCodes.OK;
  }

  /**
   * Summarizes the size of a dossier.
   *
   * @param dossier a dossier; never null
   * @return for example {@code "14 facilities, 16 materials, 19 links, 1 unmapped input, 2 products, 15 documents"}
   */
  static String summary(Dossier dossier) {
    return count(dossier.facilities().size(), "facility", "facilities")
        + ", "
        + count(dossier.materials().size(), "material", "materials")
        + ", "
        + count(dossier.links().size(), "link", "links")
        + ", "
        + count(dossier.unmappedInputs().size(), "unmapped input", "unmapped inputs")
        + ", "
        + count(dossier.products().size(), "product", "products")
        + ", "
        + count(dossier.evidence().documents().size(), "document", "documents");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
