package org.ctpat4j.evidence.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads files within a size limit: checked by size before reading, read no further than the limit. */
final class BoundedFiles {

  private BoundedFiles() {}

  /**
   * Reads a regular file of at most {@code max} bytes.
   *
   * @param file the file; never null
   * @param max the most bytes it may hold
   * @param what how messages name it, such as {@code "document 'd1'"}; never null
   * @return its bytes; never null
   * @throws PackageException if it is not a regular file (a device, a FIFO, a directory) or is larger than {@code max}
   * @throws UncheckedIOException if it cannot be read
   */
  static byte[] read(Path file, long max, String what) {
    try {
      checkRegular(file, max, what);
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        check(bytes.length, max, what);
        return bytes;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " at " + file, e);
    }
  }

  /**
   * Hashes a regular file of at most {@code max} bytes by streaming it (see {@link PackageFile}): checked by size
   * before it is read, and by the bytes actually read.
   *
   * @param file the file; never null
   * @param max the most bytes it may hold
   * @param what how messages name it; never null
   * @return its size and digests, and where to read it again; never null
   * @throws PackageException if it is not a regular file or is larger than {@code max}
   * @throws UncheckedIOException if it cannot be read
   */
  static PackageFile digest(Path file, long max, String what) {
    try {
      checkRegular(file, max, what);
      return PackageFile.read(file, n -> check(n, max, what));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " at " + file, e);
    }
  }

  /**
   * Opens a regular file of at most {@code max} bytes; reading past {@code max} bytes (it grew) throws.
   *
   * @param file the file; never null
   * @param max the most bytes it may hold
   * @param what how messages name it; never null
   * @return a stream; never null
   * @throws PackageException if it is not a regular file or is larger than {@code max}, now or while it is read
   * @throws IOException if it cannot be opened
   */
  static InputStream open(Path file, long max, String what) throws IOException {
    checkRegular(file, max, what);
    return new CountingInput(Files.newInputStream(file), n -> check(n, max, what));
  }

  /**
   * Checks that a file is a regular file of at most {@code max} bytes, without reading it.
   *
   * @throws PackageException if it is not a regular file or is larger than {@code max}
   * @throws IOException if its attributes cannot be read
   */
  static void checkRegular(Path file, long max, String what) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (!a.isRegularFile()) {
      throw new PackageException(what + " at " + file + " is not a regular file (a directory, device or pipe)");
    }
    check(a.size(), max, what);
  }

  /**
   * Checks a size against a limit.
   *
   * @param size the size in bytes
   * @param max the limit
   * @param what how the message names the file; never null
   * @throws PackageException if {@code size > max}
   */
  static void check(long size, long max, String what) {
    if (size > max) {
      throw new PackageException(what + " holds " + (size == max + 1 ? "more than " + max : size)
          + " bytes, more than the limit of " + max + " bytes (see PackageLimits)");
    }
  }
}
