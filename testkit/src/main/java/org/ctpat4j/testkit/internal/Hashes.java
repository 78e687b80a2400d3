package org.ctpat4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for deterministic placeholder document hashes. */
public final class Hashes {

  private Hashes() {}

  /**
   * Returns the lower-case hex SHA-256 of a string's UTF-8 bytes.
   *
   * @param text the text
   * @return 64 lower-case hex characters
   */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the lower-case hex SHA-256 of bytes.
   *
   * @param bytes the bytes
   * @return 64 lower-case hex characters
   */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
