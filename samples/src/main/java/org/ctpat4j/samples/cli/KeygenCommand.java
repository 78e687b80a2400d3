package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Callable;
import org.ctpat4j.evidence.pkg.ManifestSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j keygen --out PREFIX}: makes an Ed25519 key pair for signing evidence packages, as
 * {@code PREFIX.key.pem} (private key and its public key; owner-only permissions where the file system has them) and
 * {@code PREFIX.pub.pem} (public key). Writes both or neither, and refuses to overwrite existing key files. See
 * {@link Keys}.
 */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Makes an Ed25519 key pair to sign evidence packages: PREFIX.key.pem (keep it secret) and PREFIX.pub.pem.",
      "Sign with 'package --sign PREFIX.key.pem'; check with 'verify --key PREFIX.pub.pem'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the keys were written", "2:bad usage, or a key file already exists or cannot be written"})
public final class KeygenCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PREFIX",
      description = "Where to write the keys: PREFIX.key.pem and PREFIX.pub.pem.")
  private String prefix;

  /** Creates the command; picocli calls this. */
  public KeygenCommand() {}

  /**
   * Generates and writes the key pair.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    Path privateFile = Path.of(prefix + Keys.PRIVATE_SUFFIX);
    Path publicFile = Path.of(prefix + Keys.PUBLIC_SUFFIX);
    for (Path file : new Path[] {privateFile, publicFile}) {
      if (Files.exists(file)) {
        throw new BadInputException(file + ": already exists (ctpat4j never overwrites a key)");
      }
    }
    KeyPair pair = ManifestSigner.generateKeyPair();
    String privatePem = ManifestSigner.toPem(pair.getPrivate()) + ManifestSigner.toPem(pair.getPublic());
    // Both or neither: a full disk or a failed rename leaves no key behind. The private key is owner-only from its
    // creation; the public key follows the umask like any other output.
    AtomicOutput.writeFiles(
        List.of(
            new AtomicOutput.Output(privateFile, "", true, tmp -> write(tmp, privatePem)),
            new AtomicOutput.Output(publicFile, "", false, tmp -> write(tmp, ManifestSigner.toPem(pair.getPublic())))));
    spec.commandLine().getOut().println(TerminalText.escape(
        "wrote " + privateFile + " (private: keep it secret) and " + publicFile + "; key SHA-256 "
            + ManifestSigner.fingerprint(pair.getPublic())));
    return ExitCodes.OK;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
