package org.ctpat4j.evidence.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads packages as directories or zip files.
 *
 * <p>Zip files are canonical: entries sorted by path, no directory entries, every entry {@code STORED} (no
 * compression, so the bytes do not depend on the zlib version of the JVM), DOS time stamp at midnight of the
 * package's {@code asOf} (clamped to 1980..2107), no extra fields, no comments. The same files give the same zip
 * bytes on every platform.
 */
final class PackageIo {

  private PackageIo() {}

  /** The files read from a package, and what was wrong with the container itself. */
  record Read(SortedMap<String, byte[]> files, List<FileIssue> issues) {}

  static byte[] zip(SortedMap<String, byte[]> files, LocalDate asOf) {
    LocalDateTime time = asOf.atStartOfDay();
    if (time.getYear() < 1980) {
      time = LocalDateTime.of(1980, 1, 1, 0, 0);
    } else if (time.getYear() > 2107) {
      time = LocalDateTime.of(2107, 12, 31, 0, 0);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(buffer)) {
      out.setMethod(ZipOutputStream.STORED);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        byte[] data = f.getValue();
        ZipEntry e = new ZipEntry(f.getKey());
        e.setMethod(ZipEntry.STORED);
        e.setTimeLocal(time);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        out.putNextEntry(e);
        out.write(data);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build zip", e);
    }
    return buffer.toByteArray();
  }

  static void writeZip(Path target, SortedMap<String, byte[]> files, LocalDate asOf) {
    byte[] bytes = zip(files, asOf);
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      if (Files.isDirectory(abs)) {
        throw new PackageException("cannot write zip " + target + ": a directory of that name exists");
      }
      // Not Files.createTempFile: its owner-only permissions would survive the rename; the zip gets what the umask
      // gives any new file.
      Path tmp = dir.resolve(".ctpat4j-package-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36) + ".tmp");
      try {
        Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  static void writeDirectory(Path target, SortedMap<String, byte[]> files) {
    try {
      if (Files.exists(target)) {
        if (!Files.isDirectory(target)) {
          throw new PackageException("cannot write package to " + target + ": it is a file (name a zip '.zip')");
        }
        try (Stream<Path> s = Files.list(target)) {
          if (s.findAny().isPresent()) {
            throw new PackageException("cannot write package to " + target + ": the directory is not empty");
          }
        }
      }
      Files.createDirectories(target);
      Path base = target.toAbsolutePath().normalize();
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = base.resolve(f.getKey()).normalize();
        if (!file.startsWith(base) || !PackagePaths.isSafeRelative(f.getKey())) {
          throw new IllegalStateException("unsafe package path " + f.getKey());
        }
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue(), java.nio.file.StandardOpenOption.CREATE_NEW);
      }
    } catch (FileAlreadyExistsException e) {
      throw new PackageException("cannot write package to " + target + ": " + e.getFile() + " appeared meanwhile", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write package to " + target, e);
    }
  }

  static Read readDirectory(Path dir) {
    return readDirectory(dir, PackageLimits.DEFAULTS);
  }

  static Read readZip(byte[] zip, String zipName) {
    return readZip(zip, zipName, PackageLimits.DEFAULTS);
  }

  /**
   * Reads every regular file under a directory, each checked by size before it is read; links and other special files
   * are reported, never followed.
   */
  static Read readDirectory(Path dir, PackageLimits limits) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<FileIssue> issues = new ArrayList<>();
    Path base = dir.toAbsolutePath().normalize();
    long total = 0;
    int count = 0;
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(base)) {
          continue;
        }
        if (++count > limits.maxEntries()) {
          throw new PackageException("package " + dir + " holds more than " + limits.maxEntries()
              + " entries, the limit (see PackageLimits)");
        }
        String rel = base.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          continue;
        }
        if (!a.isRegularFile()) {
          issues.add(new FileIssue(rel, FileIssue.Kind.EXTRA, "not a regular file (a link or special file)"));
          continue;
        }
        String what = "package file '" + rel + "'";
        BoundedFiles.check(a.size(), limits.maxFileBytes(), what);
        BoundedFiles.check(total + a.size(), limits.maxTotalBytes(), "package " + dir);
        byte[] data = BoundedFiles.read(p, limits.maxFileBytes(), what);
        total += data.length;
        BoundedFiles.check(total, limits.maxTotalBytes(), "package " + dir);
        files.put(rel, data);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read package directory " + dir, e);
    }
    return new Read(files, issues);
  }

  /**
   * Reads every entry of a zip within the limits; duplicate, directory and corrupt entries are reported. An entry
   * whose declared or actual size, or the zip's compression ratio, exceeds the limits stops the reading with a
   * {@link PackageException}: nothing is inflated beyond one entry's limit.
   */
  static Read readZip(byte[] zip, String zipName, PackageLimits limits) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<FileIssue> issues = new ArrayList<>();
    String current = zipName;
    CountingInput raw = new CountingInput(new java.io.ByteArrayInputStream(zip));
    long total = 0;
    int count = 0;
    try (ZipInputStream in = new ZipInputStream(raw)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        current = e.getName();
        if (++count > limits.maxEntries()) {
          throw new PackageException(zipName + " holds more than " + limits.maxEntries()
              + " entries, the limit (see PackageLimits)");
        }
        String what = zipName + " entry '" + current + "'";
        if (e.getSize() >= 0) {
          BoundedFiles.check(e.getSize(), limits.maxFileBytes(), what + " (declared size)");
        }
        byte[] data = readEntry(in, raw, total, limits, what, zipName);
        total += data.length;
        BoundedFiles.check(total, limits.maxTotalBytes(), zipName + " (all entries together)");
        if (e.isDirectory()) {
          continue;
        }
        if (!PackagePaths.isSafeRelative(current)) {
          issues.add(new FileIssue(current, FileIssue.Kind.EXTRA, "unsafe entry name"));
          continue;
        }
        if (files.putIfAbsent(current, data) != null) {
          issues.add(new FileIssue(current, FileIssue.Kind.ALTERED, "the zip holds this entry more than once"));
        }
      }
      current = zipName;
    } catch (IOException | IllegalArgumentException e) {
      // The zip is in memory: every IOException (ZipException, EOFException of a truncated header) is about its data.
      // ZipInputStream throws IllegalArgumentException for an entry name that is not valid UTF-8.
      issues.add(new FileIssue(current, FileIssue.Kind.ALTERED, "corrupt zip data: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }
    return new Read(files, issues);
  }

  /** Inflates one entry, stopping at its size limit or as soon as the zip's compression ratio exceeds the limit. */
  private static byte[] readEntry(
      InputStream in, CountingInput raw, long before, PackageLimits limits, String what, String zipName)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      BoundedFiles.check(out.size(), limits.maxFileBytes(), what);
      long inflated = before + out.size();
      if (inflated > PackageLimits.RATIO_GRACE_BYTES
          && inflated > (double) limits.maxCompressionRatio() * Math.max(1, raw.count())) {
        throw new PackageException(zipName + ": " + inflated + " bytes inflated from " + raw.count()
            + " compressed bytes, a compression ratio above the limit of " + limits.maxCompressionRatio()
            + " (a zip bomb?); see PackageLimits");
      }
    }
    return out.toByteArray();
  }

  /** Counts the compressed bytes the zip reader has consumed. */
  private static final class CountingInput extends java.io.FilterInputStream {
    private long count;

    CountingInput(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }

}
