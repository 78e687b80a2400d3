package org.ctpat4j.evidence.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.zip.CRC32;
import org.ctpat4j.core.internal.Sha256;

/**
 * One file of a package as its size, SHA-256 and CRC-32, and where its bytes are: held in memory (the generated files,
 * and a read package's manifest and signature, which are parsed) or in a file read again when the package is written.
 * Every other file is streamed through a buffer of {@link #BUFFER} bytes, never held whole, whatever its size.
 */
final class PackageFile {

  /** The bytes read or written at a time. */
  static final int BUFFER = 8192;

  /** Told how many bytes of one file have been read so far; throws to stop the reading (a limit exceeded). */
  @FunctionalInterface
  interface Meter {
    void read(long soFar);
  }

  /** The bytes of a package file did not match its size and SHA-256 when they were read again to be written. */
  static final class ChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedException(String what) {
      super(what + " changed since it was hashed");
    }
  }

  private final long size;
  private final String sha256;
  private final long crc32;
  private final byte[] bytes;
  private final Path file;

  private PackageFile(long size, String sha256, long crc32, byte[] bytes, Path file) {
    this.size = size;
    this.sha256 = sha256;
    this.crc32 = crc32;
    this.bytes = bytes;
    this.file = file;
  }

  /** A file held in memory. */
  static PackageFile of(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return new PackageFile(bytes.length, Sha256.hex(bytes), crc.getValue(), bytes, null);
  }

  /**
   * Hashes a stream to its end, through one buffer.
   *
   * @param in the stream, read to its end but not closed
   * @param hold whether to keep the bytes (for a file that is parsed)
   * @param meter told the count after every read, to enforce limits on the bytes actually read
   */
  static PackageFile read(InputStream in, boolean hold, Meter meter) throws IOException {
    return read(in, hold, meter, null);
  }

  /**
   * Hashes a regular file by streaming it; its bytes are read again when the package is written.
   *
   * @param file the file
   * @param meter told the count after every read
   */
  static PackageFile read(Path file, Meter meter) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, false, meter, file);
    }
  }

  private static PackageFile read(InputStream in, boolean hold, Meter meter, Path file) throws IOException {
    MessageDigest sha = Sha256.newDigest();
    CRC32 crc = new CRC32();
    ByteArrayOutputStream held = hold ? new ByteArrayOutputStream() : null;
    byte[] buffer = new byte[BUFFER];
    long count = 0;
    int n;
    while ((n = in.read(buffer, 0, BUFFER)) >= 0) {
      count += n;
      meter.read(count);
      sha.update(buffer, 0, n);
      crc.update(buffer, 0, n);
      if (held != null) {
        held.write(buffer, 0, n);
      }
    }
    return new PackageFile(count, Sha256.hex(sha), crc.getValue(),
        held == null ? null : held.toByteArray(), file);
  }

  long size() {
    return size;
  }

  String sha256() {
    return sha256;
  }

  long crc32() {
    return crc32;
  }

  /** The bytes, when held. */
  Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes);
  }

  /** Where the bytes are when they are read again: the held bytes or the file, else (a read zip entry) nothing. */
  Optional<Source> source() {
    if (bytes != null) {
      return Optional.of(() -> new ByteArrayInputStream(bytes));
    }
    return file == null ? Optional.empty() : Optional.of(() -> Files.newInputStream(file));
  }

  /** How messages name the origin of the bytes. */
  String describe(String path) {
    return file == null ? "package file '" + path + "'" : "file " + file + " (package file '" + path + "')";
  }

  /**
   * Copies this file's bytes from {@code in} to {@code out} through one buffer, hashing them on the way, reading no
   * more than one byte past {@link #size()}.
   *
   * @throws ChangedException if the bytes are not those hashed (another size or SHA-256)
   */
  void copy(InputStream in, OutputStream out, String path) throws IOException {
    MessageDigest sha = Sha256.newDigest();
    byte[] buffer = new byte[BUFFER];
    long count = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(BUFFER, size - count + 1))) > 0) {
      count += n;
      if (count > size) {
        throw new ChangedException(describe(path));
      }
      sha.update(buffer, 0, n);
      out.write(buffer, 0, n);
    }
    if (count != size || !Sha256.hex(sha).equals(sha256)) {
      throw new ChangedException(describe(path));
    }
  }

  /** Opens bytes to read, again and again. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }
}
