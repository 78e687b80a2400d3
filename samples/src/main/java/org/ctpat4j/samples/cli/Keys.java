package org.ctpat4j.samples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.ctpat4j.evidence.pkg.ManifestSigner;
import org.ctpat4j.evidence.pkg.PackageException;

/**
 * The key files of {@code keygen}, {@code package --sign} and {@code verify --key}: Ed25519 keys as PEM text.
 *
 * <p>{@code keygen --out PREFIX} writes {@code PREFIX.key.pem}, the private key (PKCS#8) followed by its public key
 * (X.509), readable by its owner only, and {@code PREFIX.pub.pem}, the public key to hand to whoever verifies.
 * {@code --sign} takes the {@code .key.pem}; since the JDK cannot derive an Ed25519 public key from a private key, a
 * private key file without a public key block (as {@code openssl genpkey -algorithm ed25519} writes) needs its public
 * key next to it as {@code NAME.pub.pem} ({@code openssl pkey -in NAME.pem -pubout -out NAME.pub.pem}).
 */
final class Keys {

  /** The suffix of private key files. */
  static final String PRIVATE_SUFFIX = ".key.pem";

  /** The suffix of public key files. */
  static final String PUBLIC_SUFFIX = ".pub.pem";

  private Keys() {}

  /**
   * Reads a signer from a private key file.
   *
   * @param keyFile the private key file; never null
   * @return the signer; never null
   * @throws BadInputException if the file or its public key cannot be read or do not belong together
   */
  static ManifestSigner signer(Path keyFile) {
    byte[] bytes = read(keyFile);
    PrivateKey privateKey;
    try {
      privateKey = ManifestSigner.readPrivateKey(bytes);
    } catch (PackageException e) {
      throw new BadInputException(keyFile + ": " + TerminalText.line(String.valueOf(e.getMessage())));
    }
    PublicKey publicKey;
    Path publicFile = keyFile;
    if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("-----BEGIN PUBLIC KEY-----")) {
      publicFile = publicKeyFileFor(keyFile);
      if (!Files.isRegularFile(publicFile)) {
        throw new BadInputException(
            keyFile + ": holds no public key and " + publicFile + " does not exist (the JDK cannot derive an Ed25519"
                + " public key: write it with 'openssl pkey -in " + keyFile + " -pubout -out " + publicFile + "')");
      }
    }
    publicKey = publicKey(publicFile);
    try {
      return ManifestSigner.of(new KeyPair(publicKey, privateKey));
    } catch (PackageException e) {
      throw new BadInputException(
          keyFile + ": " + TerminalText.line(String.valueOf(e.getMessage())) + " (" + publicFile + ")");
    }
  }

  /**
   * Reads a public key file.
   *
   * @param file the file (PEM or DER); never null
   * @return the key; never null
   * @throws BadInputException if it cannot be read or is not an Ed25519 public key
   */
  static PublicKey publicKey(Path file) {
    try {
      return ManifestSigner.readPublicKey(read(file));
    } catch (PackageException e) {
      throw new BadInputException(file + ": " + TerminalText.line(String.valueOf(e.getMessage())));
    }
  }

  /** {@code dir/name.key.pem} and {@code dir/name.pem} go with {@code dir/name.pub.pem}. */
  static Path publicKeyFileFor(Path keyFile) {
    String name = String.valueOf(keyFile.getFileName());
    String stem =
        name.endsWith(PRIVATE_SUFFIX)
            ? name.substring(0, name.length() - PRIVATE_SUFFIX.length())
            : name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
    return keyFile.resolveSibling(stem + PUBLIC_SUFFIX);
  }

  /** The largest key file read: 64 KiB (an Ed25519 key pair in PEM takes about 250 bytes). */
  static final long MAX_KEY_FILE_BYTES = 64 * 1024;

  private static byte[] read(Path file) {
    return InputLimits.read(file, MAX_KEY_FILE_BYTES, "a key file");
  }
}
