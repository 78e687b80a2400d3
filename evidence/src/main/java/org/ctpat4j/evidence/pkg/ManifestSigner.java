package org.ctpat4j.evidence.pkg;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.internal.Sha256;

/**
 * Signs evidence-package manifests with Ed25519 (RFC 8032), using only the JDK's built-in provider (Java 15+,
 * JEP 339), and reads and writes keys as PEM text: public keys as X.509 {@code SubjectPublicKeyInfo}
 * ({@code -----BEGIN PUBLIC KEY-----}), private keys as PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), the encodings
 * OpenSSL uses ({@code openssl genpkey -algorithm ed25519}).
 *
 * <p>The signature is over the exact bytes of {@value Manifest#FILE_NAME} and is stored in
 * {@value Manifest#SIGNATURE_FILE_NAME} together with the signer's public key, so a package can be checked for
 * consistency without a key and for authenticity with the key the recipient trusts
 * ({@link PackageVerifier#verify(Path, PublicKey)}). Ed25519 signatures are deterministic: signing the same manifest
 * with the same key gives the same bytes, so signed packages stay reproducible.
 *
 * <p>Immutable and thread-safe.
 */
@Incubating
public final class ManifestSigner {

  /** The JCA name of the algorithm. */
  public static final String ALGORITHM = "Ed25519";

  static final String SIGNATURE_FORMAT = "ctpat4j-signature/1";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  private ManifestSigner(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /**
   * Returns a signer for a key pair.
   *
   * @param keyPair an Ed25519 key pair; never null
   * @return the signer; never null
   * @throws PackageException if the keys are not Ed25519 or do not belong together
   */
  public static ManifestSigner of(KeyPair keyPair) {
    Objects.requireNonNull(keyPair, "keyPair");
    PrivateKey priv = Objects.requireNonNull(keyPair.getPrivate(), "keyPair.getPrivate()");
    PublicKey pub = Objects.requireNonNull(keyPair.getPublic(), "keyPair.getPublic()");
    byte[] probe = "ctpat4j key pair probe".getBytes(StandardCharsets.US_ASCII);
    byte[] sig = rawSign(priv, probe);
    if (!rawVerify(pub, probe, sig)) {
      throw new PackageException("the public key does not belong to the private key");
    }
    return new ManifestSigner(priv, pub);
  }

  /**
   * Generates a new Ed25519 key pair with the JDK's default secure random source.
   *
   * @return a key pair; never null
   */
  public static KeyPair generateKeyPair() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no Ed25519 (needs Java 15 or later)", e);
    }
  }

  /**
   * Returns the public key that verifies this signer's signatures.
   *
   * @return the key; never null
   */
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Returns the fingerprint of this signer's public key.
   *
   * @return the lower-case hex SHA-256 of its X.509 encoding; never null
   */
  public String fingerprint() {
    return fingerprint(publicKey);
  }

  /**
   * Returns the fingerprint of a public key, for the reader to compare with a trusted one.
   *
   * @param key the key; never null
   * @return the lower-case hex SHA-256 of its X.509 encoding; never null
   */
  public static String fingerprint(PublicKey key) {
    return Sha256.hex(Objects.requireNonNull(key, "key").getEncoded());
  }

  /**
   * Signs manifest bytes.
   *
   * @param manifest the exact bytes of {@value Manifest#FILE_NAME}; never null
   * @return the bytes of {@value Manifest#SIGNATURE_FILE_NAME}; never null
   */
  public byte[] sign(byte[] manifest) {
    Objects.requireNonNull(manifest, "manifest");
    return render(publicKey.getEncoded(), rawSign(privateKey, manifest));
  }

  static byte[] render(byte[] publicKeyX509, byte[] signature) {
    Base64.Encoder b64 = Base64.getEncoder();
    String text = SIGNATURE_FORMAT + "\n"
        + "algorithm: " + ALGORITHM + "\n"
        + "public-key: " + b64.encodeToString(publicKeyX509) + "\n"
        + "signature: " + b64.encodeToString(signature) + "\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A parsed signature file. */
  record SignatureFile(PublicKey publicKey, byte[] signature) {}

  /**
   * Parses a signature file strictly: the exact layout {@link #render} writes, nothing else.
   *
   * @throws PackageException when the bytes are not such a file
   */
  static SignatureFile parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.US_ASCII);
    String[] lines = text.split("\n", -1);
    if (lines.length != 5 || !lines[4].isEmpty() || !lines[0].equals(SIGNATURE_FORMAT)
        || !lines[1].equals("algorithm: " + ALGORITHM) || !lines[2].startsWith("public-key: ")
        || !lines[3].startsWith("signature: ")) {
      throw new PackageException(Manifest.SIGNATURE_FILE_NAME + " is not a " + SIGNATURE_FORMAT + " file");
    }
    try {
      byte[] key = Base64.getDecoder().decode(lines[2].substring("public-key: ".length()));
      byte[] sig = Base64.getDecoder().decode(lines[3].substring("signature: ".length()));
      if (!Arrays.equals(render(key, sig), bytes)) {
        throw new PackageException(Manifest.SIGNATURE_FILE_NAME + " is not in canonical form");
      }
      return new SignatureFile(readPublicKey(key), sig);
    } catch (IllegalArgumentException e) {
      throw new PackageException(Manifest.SIGNATURE_FILE_NAME + " has bad base64: " + e.getMessage(), e);
    }
  }

  static boolean verify(PublicKey key, byte[] manifest, byte[] signature) {
    return rawVerify(key, manifest, signature);
  }

  private static byte[] rawSign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new PackageException("cannot sign with this key (an Ed25519 private key is needed): " + e.getMessage(), e);
    }
  }

  private static boolean rawVerify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (java.security.InvalidKeyException e) {
      throw new PackageException("not an Ed25519 public key: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * Encodes a public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509).
   *
   * @param key the key; never null
   * @return the PEM text with {@code \n} line ends; never null
   */
  public static String toPem(PublicKey key) {
    return pem("PUBLIC KEY", Objects.requireNonNull(key, "key").getEncoded());
  }

  /**
   * Encodes a private key as PEM ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8). Keep the result secret.
   *
   * @param key the key; never null
   * @return the PEM text with {@code \n} line ends; never null
   */
  public static String toPem(PrivateKey key) {
    return pem("PRIVATE KEY", Objects.requireNonNull(key, "key").getEncoded());
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /**
   * Reads an Ed25519 public key from PEM text or X.509 DER bytes.
   *
   * @param pemOrDer the key; never null
   * @return the key; never null
   * @throws PackageException if it is not an Ed25519 public key
   */
  public static PublicKey readPublicKey(byte[] pemOrDer) {
    byte[] der = der(Objects.requireNonNull(pemOrDer, "pemOrDer"), "PUBLIC KEY");
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new PackageException("not an Ed25519 public key (X.509): " + e.getMessage(), e);
    }
  }

  /**
   * Reads an Ed25519 private key from PEM text or PKCS#8 DER bytes.
   *
   * @param pemOrDer the key; never null
   * @return the key; never null
   * @throws PackageException if it is not an Ed25519 private key
   */
  public static PrivateKey readPrivateKey(byte[] pemOrDer) {
    byte[] der = der(Objects.requireNonNull(pemOrDer, "pemOrDer"), "PRIVATE KEY");
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new PackageException("not an Ed25519 private key (PKCS#8): " + e.getMessage(), e);
    }
  }

  /**
   * Reads an Ed25519 public key from a PEM or DER file.
   *
   * @param file the file; never null
   * @return the key; never null
   * @throws PackageException if it is not an Ed25519 public key
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PublicKey readPublicKey(Path file) {
    return readPublicKey(readAll(file));
  }

  /**
   * Reads an Ed25519 private key from a PEM or DER file.
   *
   * @param file the file; never null
   * @return the key; never null
   * @throws PackageException if it is not an Ed25519 private key
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PrivateKey readPrivateKey(Path file) {
    return readPrivateKey(readAll(file));
  }

  /** The largest key file read: 64 KiB (an Ed25519 key pair in PEM takes about 250 bytes). */
  static final int MAX_KEY_FILE_BYTES = 64 * 1024;

  private static byte[] readAll(Path file) {
    Objects.requireNonNull(file, "file");
    return BoundedFiles.read(file, MAX_KEY_FILE_BYTES, "key file");
  }

  private static byte[] der(byte[] bytes, String label) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int b = text.indexOf(begin);
    if (b < 0) {
      if (text.contains("-----BEGIN ")) {
        throw new PackageException("PEM text does not hold a '" + label + "'");
      }
      return bytes;
    }
    int e = text.indexOf(end, b);
    if (e < 0) {
      throw new PackageException("PEM text has no '" + end + "' line");
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    } catch (IllegalArgumentException ex) {
      throw new PackageException("PEM text has bad base64: " + ex.getMessage(), ex);
    }
  }
}
