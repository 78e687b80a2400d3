package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.ctpat4j.risk.signal.Admissibility;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j assess DOSSIER}: reads and validates a dossier, assesses its forced-labor risk (every built-in rule,
 * on the bundled reference data or on a newer UFLPA Entity List), checks every requirement as of a day and prints the
 * report. Exits 0 when the partner is compliant and no product would be detained, 1 when it is not compliant or a
 * product is presumed made with forced labor or detained under a WRO (and, with {@code --strict}, when a product needs
 * review), 2 on bad input or usage, 3 on an internal error.
 *
 * <p>The day is {@code --as-of} or else the dossier's {@code asOf}; when neither is given the command refuses to run
 * rather than assume today's date, so that the same command gives the same answer tomorrow.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Assesses a dossier and answers two questions: is the partner's program compliant (every CTPAT forced-labor"
          + " requirement), and would CBP detain its goods (UFLPA presumption, Withhold Release Orders)?",
      "The day is --as-of, or else the dossier's asOf; ctpat4j never assumes today's date."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:COMPLIANT (no ERROR finding) and no product PRESUMED_FORCED_LABOR or WRO_DETAINED",
      "1:NOT_COMPLIANT, or a product PRESUMED_FORCED_LABOR or WRO_DETAINED (with --strict also NEEDS_REVIEW)",
      "2:bad input or usage (the dossier, a file, an option)",
      "3:internal error of ctpat4j"
    })
public final class AssessCommand implements Callable<Integer> {

  /** The name of the picture written next to a Markdown report in a folder. */
  static final String PICTURE_FILE = "supply-chain.svg";

  @ParentCommand private Ctpat4jCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "DOSSIER", description = DossierLoader.DESCRIPTION)
  private Path dossierFile;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.Date.class,
      description = "The day to judge the partner at (YYYY-MM-DD). Default: the dossier's asOf.")
  private LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Converters.Format.class,
      description = "text (a terminal summary, the default), json (ctpat4j-report/1), markdown or html.")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = {
        "Write the report to FILE (atomically: a complete file or none) instead of stdout.",
        "When FILE is a folder (an existing one, or a name ending with /), the report is written into it as"
            + " report.md, report.html, ...; Markdown also gets the picture supply-chain.svg, which it shows."
      })
  private String outArg;

  @Option(
      names = "--locale",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = Converters.Language.class,
      description = "The language of the report: en (the default) or es.")
  private Locale locale = Locale.ENGLISH;

  @Option(
      names = "--strict",
      description = "Also exit 1 when a product's admissibility NEEDS_REVIEW (the data cannot decide it).")
  private boolean strict;

  @Mixin private ReferenceDataOptions referenceData;

  @Mixin private ThreadsOption threads;

  @Mixin private ProgressOption progress;

  @Mixin private InputSizeOption inputSize;

  /** Creates the command; picocli calls this. */
  public AssessCommand() {}

  /**
   * Assesses the dossier and prints or writes the report.
   *
   * @return {@link ExitCodes#OK} when compliant and no product would be detained, {@link ExitCodes#NOT_COMPLIANT}
   *     otherwise; bad input is thrown and reported by {@link ErrorHandler}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DossierLoader loader = new DossierLoader(progress.open(err, parent.interactive()), inputSize.limit(spec));
    Assessment assessment =
        Assessment.run(loader, dossierFile, Optional.ofNullable(asOf), () -> referenceData.engine(threads.threads()), locale);
    Path out = outArg == null ? null : Path.of(outArg);
    boolean folder = out != null && (Files.isDirectory(out) || outArg.endsWith("/")
        || outArg.endsWith(java.io.File.separator));
    String picture = folder && format == ReportFormat.MARKDOWN ? PICTURE_FILE : null;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      if (format == ReportFormat.JSON) {
        format.write(assessment.report(), stdout);
      } else {
        stdout.print(format.render(assessment.report(), assessment.dossier(), null));
        stdout.flush();
      }
    } else {
      Path target = out;
      if (folder) {
        try {
          Files.createDirectories(out);
        } catch (IOException e) {
          throw new BadInputException("cannot create the folder " + out + ": " + TerminalText.line(e.getMessage()));
        }
        target = out.resolve("report." + format.extension());
        if (picture != null) {
          String svg = SupplyChainPicture.of(assessment.dossier(), assessment.risk()).svg(locale,
              SupplyChainPicture.DEFAULT_MAX_NODES);
          AtomicOutput.write(out.resolve(picture), svg.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (format == ReportFormat.JSON) {
        AtomicOutput.writeFile(target, "", tmp -> {
          try (OutputStream file = new WriteBehindOutputStream(Files.newOutputStream(tmp))) {
            format.write(assessment.report(), file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } else {
        AtomicOutput.write(target, format.render(assessment.report(), assessment.dossier(), picture)
            .getBytes(StandardCharsets.UTF_8));
      }
      spec.commandLine().getOut().println(TerminalText.escape(
          assessment.report().verdict() + ", goods " + assessment.report().admissibility() + ": " + format.label()
              + " report written to " + target));
    }
    return exitCode(assessment.report(), strict);
  }

  /**
   * The exit code of an assessment: 1 when the program is not compliant, or a product would be detained (presumed
   * made with forced labor, or under a WRO), or, when strict, a product needs review; 0 otherwise.
   *
   * @param report the report; never null
   * @param strict whether NEEDS_REVIEW also fails
   * @return {@link ExitCodes#OK} or {@link ExitCodes#NOT_COMPLIANT}
   */
  static int exitCode(ComplianceReport report, boolean strict) {
    Admissibility goods = report.admissibility();
    boolean fails = !report.isCompliant() || goods.detains() || (strict && goods == Admissibility.NEEDS_REVIEW);
    return fails ? ExitCodes.NOT_COMPLIANT : ExitCodes.OK;
  }
}
