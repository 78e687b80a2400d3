package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ctpat4j.evidence.pkg.EvidencePackage;
import org.ctpat4j.evidence.pkg.PackageException;
import org.ctpat4j.evidence.pkg.PackageProblem;
import org.ctpat4j.evidence.pkg.PackageResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j package DOSSIER --product ID|--all-products --out DIR|ZIP}: writes the evidence package of one or
 * more products' supply chains, the answer to a CBP request for unredacted proof of mapping: index, chain, risk, the
 * report of the same checker run as {@code assess} ({@code ctpat4j-report/1} JSON), the dossier and the documents,
 * with a SHA-256 manifest, optionally signed. The output appears complete or not at all.
 */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Writes the evidence package of a product's supply chain (or of every product's) for a CBP request:"
          + " index, chain.json, risk.json, report.json, the dossier, its documents and a SHA-256 manifest.",
      "Written as a .zip file (byte-identical for the same inputs) or into a new directory."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the package is a complete, unredacted answer",
      "1:the package was written but is NOT an unredacted answer (each problem is printed)",
      "2:bad input or usage"
    })
public final class PackageCommand implements Callable<Integer> {

  @ParentCommand private Ctpat4jCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "DOSSIER", description = DossierLoader.DESCRIPTION)
  private Path dossierFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Products products;

  /** {@code --product ID ...} or {@code --all-products}. */
  static final class Products {
    @Option(names = "--product", paramLabel = "ID", required = true, description = "A product id (repeatable).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all-products", required = true, description = "Every product of the dossier.")
    boolean all;
  }

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR|ZIP",
      description = "A file ending in .zip, or a directory that does not exist yet (or is empty).")
  private Path out;

  @Option(
      names = "--documents",
      paramLabel = "DIR",
      description = "The folder the dossier's document paths are relative to. Default: the dossier's folder.")
  private Path documents;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.Date.class,
      description = "The day to judge the partner at (YYYY-MM-DD). Default: the dossier's asOf.")
  private LocalDate asOf;

  @Option(
      names = "--sign",
      paramLabel = "KEY.pem",
      description = "Sign the manifest with this Ed25519 private key (from keygen).")
  private Path key;

  @Mixin private ReferenceDataOptions referenceData;

  @Mixin private ThreadsOption threads;

  @Mixin private ProgressOption progress;

  @Mixin private InputSizeOption inputSize;

  /** Creates the command; picocli calls this. */
  public PackageCommand() {}

  /**
   * Assesses the dossier and writes the package.
   *
   * @return {@link ExitCodes#OK} for an unredacted answer, {@link ExitCodes#INVALID} otherwise
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    var signer = Optional.ofNullable(key).map(Keys::signer);
    Path file = DossierLoader.resolve(dossierFile);
    Path docs = documents != null ? documents : dossierFolder(file);
    if (!Files.isDirectory(docs)) {
      throw new BadInputException(docs + ": no such directory (--documents)");
    }
    Assessment assessment =
        Assessment.run(
            new DossierLoader(progress.open(err, parent.interactive()), inputSize.limit(spec)),
            file,
            Optional.ofNullable(asOf),
            () -> referenceData.engine(threads.threads()),
            Locale.ENGLISH);
    EvidencePackage.Builder builder =
        EvidencePackage.newBuilder()
            .dossier(assessment.dossier())
            .dossierBytes(file)
            .report(assessment.report())
            .documents(docs)
            .limits(InputLimits.of(spec).packages());
    if (products.all) {
      builder.allProducts();
    } else {
      products.ids.forEach(builder::product);
    }
    signer.ifPresent(builder::signWith);
    EvidencePackage evidencePackage;
    try {
      evidencePackage = builder.build();
    } catch (PackageException e) {
      throw new BadInputException(dossierFile + ": " + TerminalText.line(String.valueOf(e.getMessage())));
    }
    PackageResult[] written = new PackageResult[1];
    if (out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      AtomicOutput.writeFile(out, ".zip", tmp -> written[0] = evidencePackage.writeTo(tmp));
    } else {
      AtomicOutput.writeDirectory(out, tmp -> written[0] = evidencePackage.writeTo(tmp));
    }
    PackageResult result = written[0];
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(TerminalText.escape(
        out + ": evidence package of " + String.join(", ", evidencePackage.products()) + " as of " + assessment.asOf()
            + ", " + result.manifest().files().size() + " files"
            + (result.signed() ? ", signed (key SHA-256 " + signer.orElseThrow().fingerprint() + ")" : ", unsigned")
            + "; report verdict " + assessment.report().verdict()));
    if (result.unredacted()) {
      stdout.println("a complete, unredacted answer");
    } else {
      stdout.println("NOT an unredacted answer: " + result.problems().size() + " problem(s)");
      for (PackageProblem p : result.problems()) {
        stdout.println("  " + TerminalText.escape(p.kind() + " " + p.subject() + ": " + TerminalText.line(p.message())));
      }
    }
    stdout.flush();
    return result.unredacted() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private static Path dossierFolder(Path file) {
    Path parentDir = file.toAbsolutePath().getParent();
    return parentDir == null ? Path.of(".") : parentDir;
  }
}
