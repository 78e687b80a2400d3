package org.ctpat4j.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 helper of every module: fingerprints of reference lists, evidence package files and generated
 * identifiers are all lower-case hex SHA-256 (FIPS 180-4), which every Java platform must support.
 *
 * <p>Exported only to the library's own modules (see {@code module-info.java}); not API.
 */
public final class Sha256 {

  private static final HexFormat HEX = HexFormat.of();

  private Sha256() {}

  /**
   * Returns a new SHA-256 digest, to hash a stream piece by piece.
   *
   * @return a new digest; never null
   */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }

  /**
   * Returns the SHA-256 of bytes.
   *
   * @param bytes the bytes; never null
   * @return the 32 bytes of the digest
   */
  public static byte[] digest(byte[] bytes) {
    return newDigest().digest(bytes);
  }

  /**
   * Returns the lower-case hex SHA-256 of bytes.
   *
   * @param bytes the bytes; never null
   * @return 64 lower-case hex characters
   */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(digest(bytes));
  }

  /**
   * Returns the lower-case hex SHA-256 of a string's UTF-8 bytes.
   *
   * @param text the text; never null
   * @return 64 lower-case hex characters
   */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the lower-case hex form of a finished digest.
   *
   * @param digest a digest whose input is complete; never null
   * @return 64 lower-case hex characters
   */
  public static String hex(MessageDigest digest) {
    return HEX.formatHex(digest.digest());
  }
}
