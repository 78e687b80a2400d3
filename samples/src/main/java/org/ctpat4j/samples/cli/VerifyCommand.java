package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctpat4j.evidence.pkg.PackageVerifier;
import org.ctpat4j.evidence.pkg.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j verify PACKAGE [--key PUB.pem]}: checks an evidence package (directory or zip) against its manifest,
 * naming every MISSING, EXTRA or ALTERED file, and its signature: without {@code --key} a signature must verify with
 * the key stored in the package (anyone could have made it), and only integrity is checked, never authenticity; with
 * {@code --key} the package must be signed by that key. {@code --require-signature} makes anything short of that an
 * exit code 1. The package is read within {@link InputLimits}.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Verifies an evidence package (directory or .zip): every file against the SHA-256 manifest, and the signature.",
      "Prints VALID or INVALID, then one line per MISSING, EXTRA or ALTERED file.",
      "Without --key only integrity is checked, not authenticity: anyone could have edited the files and recomputed"
          + " the manifest, so the first line says 'VALID (integrity only, authenticity NOT checked)'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing was altered (and, with --key, signed by that key)",
      "1:INVALID; or, with --require-signature, not signed by the --key given (or no --key given)",
      "2:bad input or usage (no package there, an unreadable key)"
    })
public final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PACKAGE", description = "The package: a directory or a .zip file written by 'package'.")
  private Path location;

  @Option(
      names = "--key",
      paramLabel = "PUB.pem",
      description = "The Ed25519 public key the package must be signed with (PEM, as written by keygen).")
  private Path key;

  @Option(
      names = "--require-signature",
      description =
          "Exit 1 unless the package is authenticated: signed by the key given with --key (without --key nothing is"
              + " authenticated).")
  private boolean requireSignature;

  /** Creates the command; picocli calls this. */
  public VerifyCommand() {}

  /**
   * Verifies the package.
   *
   * @return {@link ExitCodes#OK} when valid, {@link ExitCodes#INVALID} otherwise
   */
  @Override
  public Integer call() {
    InputLimits limits = InputLimits.of(spec);
    if (!Files.exists(location)) {
      throw new BadInputException(location + ": no such file or directory");
    }
    if (!Files.isDirectory(location)) {
      InputLimits.checkFile(location, limits.packages().maxTotalBytes(), "a package zip or directory");
    }
    VerificationResult result =
        key == null
            ? PackageVerifier.verify(location, limits.packages())
            : PackageVerifier.verify(location, Keys.publicKey(key), limits.packages());
    PrintWriter out = spec.commandLine().getOut();
    result.describe().forEach(line -> out.println(TerminalText.escape(line)));
    boolean pass = result.valid();
    if (requireSignature && !result.authenticated()) {
      out.println(
          "--require-signature: the package is not authenticated"
              + (key == null ? " (no --key was given, so no signature can be trusted)" : " by the --key given"));
      pass = false;
    }
    out.flush();
    return pass ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
