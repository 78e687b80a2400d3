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
 * the key stored in the package (anyone could have made it); with {@code --key} the package must be signed by that key.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Verifies an evidence package (directory or .zip): every file against the SHA-256 manifest, and the signature.",
      "Prints VALID or INVALID, then one line per MISSING, EXTRA or ALTERED file."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:VALID: nothing was altered (and, with --key, signed by that key)",
      "1:INVALID",
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

  /** Creates the command; picocli calls this. */
  public VerifyCommand() {}

  /**
   * Verifies the package.
   *
   * @return {@link ExitCodes#OK} when valid, {@link ExitCodes#INVALID} otherwise
   */
  @Override
  public Integer call() {
    if (!Files.exists(location)) {
      throw new BadInputException(location + ": no such file or directory");
    }
    VerificationResult result =
        key == null ? PackageVerifier.verify(location) : PackageVerifier.verify(location, Keys.publicKey(key));
    PrintWriter out = spec.commandLine().getOut();
    result.describe().forEach(out::println);
    out.flush();
    return result.valid() ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
