package org.ctpat4j.evidence.pkg;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
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
  record Read(SortedMap<String, PackageFile> files, List<FileIssue> issues) {}

  /** Where {@link #writeZip(OutputStream, SortedMap, LocalDate, Opener)} reads each file's bytes. */
  @FunctionalInterface
  interface Opener {
    /** Opens the bytes of {@code file} at package path {@code path}; the writer closes the stream. */
    InputStream open(String path, PackageFile file) throws IOException;
  }

  /** Reads each file from its own source (held bytes or its file). */
  static final Opener OWN_SOURCE = (path, file) -> file.source()
      .orElseThrow(() -> new IllegalStateException("no bytes for package file '" + path + "'"))
      .open();

  /**
   * Writes the canonical zip of {@code files} to {@code out}, streaming each file's bytes and checking them against
   * its size and SHA-256 on the way.
   *
   * @throws PackageFile.ChangedException if a file's bytes are not those hashed
   */
  static void writeZip(OutputStream out, SortedMap<String, PackageFile> files, LocalDate asOf, Opener opener)
      throws IOException {
    LocalDateTime time = asOf.atStartOfDay();
    if (time.getYear() < 1980) {
      time = LocalDateTime.of(1980, 1, 1, 0, 0);
    } else if (time.getYear() > 2107) {
      time = LocalDateTime.of(2107, 12, 31, 0, 0);
    }
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setMethod(ZipOutputStream.STORED);
    for (Map.Entry<String, PackageFile> f : files.entrySet()) {
      PackageFile file = f.getValue();
      ZipEntry e = new ZipEntry(f.getKey());
      e.setMethod(ZipEntry.STORED);
      e.setTimeLocal(time);
      e.setSize(file.size());
      e.setCompressedSize(file.size());
      e.setCrc(file.crc32());
      zip.putNextEntry(e);
      try (InputStream in = opener.open(f.getKey(), file)) {
        file.copy(in, zip, f.getKey());
      }
      zip.closeEntry();
    }
    zip.finish();
  }

  static void writeZip(Path target, SortedMap<String, PackageFile> files, LocalDate asOf) {
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
        try (OutputStream out = new BufferedOutputStream(
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
          writeZip(out, files, asOf, OWN_SOURCE);
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (PackageFile.ChangedException e) {
      throw changed(target, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static PackageException changed(Path target, PackageFile.ChangedException e) {
    return new PackageException("cannot write package to " + target + ": " + e.getMessage()
        + " (another size or SHA-256); nothing was written", e);
  }

  /** Writes the files into a new or empty directory; when writing fails, the files written so far are removed. */
  static void writeDirectory(Path target, SortedMap<String, PackageFile> files) {
    List<Path> written = new ArrayList<>();
    boolean done = false;
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
      for (Map.Entry<String, PackageFile> f : files.entrySet()) {
        Path file = base.resolve(f.getKey()).normalize();
        if (!file.startsWith(base) || !PackagePaths.isSafeRelative(f.getKey())) {
          throw new IllegalStateException("unsafe package path " + f.getKey());
        }
        for (Path d = file.getParent(); !d.equals(base) && !Files.exists(d); d = d.getParent()) {
          written.add(d);
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = OWN_SOURCE.open(f.getKey(), f.getValue());
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
          written.add(file);
          f.getValue().copy(in, out, f.getKey());
        }
      }
      done = true;
    } catch (FileAlreadyExistsException e) {
      throw new PackageException("cannot write package to " + target + ": " + e.getFile() + " appeared meanwhile", e);
    } catch (PackageFile.ChangedException e) {
      throw changed(target, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write package to " + target, e);
    } finally {
      if (!done) {
        removeQuietly(written);
      }
    }
  }

  /** Removes what a failed write created, files before their directories (deepest first). */
  private static void removeQuietly(List<Path> created) {
    created.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path p : created) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort: the error that stopped the writing is what is reported
      }
    }
  }

  static Read readDirectory(Path dir) {
    return readDirectory(dir, PackageLimits.DEFAULTS);
  }

  static Read readZip(byte[] zip, String zipName) {
    return readZip(zip, zipName, PackageLimits.DEFAULTS);
  }

  static Read readZip(byte[] zip, String zipName, PackageLimits limits) {
    return readZip(() -> new ByteArrayInputStream(zip), zipName, limits);
  }

  /** Whether the bytes of a package file are kept when it is read: those of the files that are parsed. */
  private static boolean held(String path) {
    return path.equals(Manifest.FILE_NAME) || path.equals(Manifest.SIGNATURE_FILE_NAME);
  }

  /**
   * Hashes every regular file under a directory by streaming it, each checked by size before it is read and by the
   * bytes read; links and other special files are reported, never followed.
   */
  static Read readDirectory(Path dir, PackageLimits limits) {
    SortedMap<String, PackageFile> files = new TreeMap<>();
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
        long before = total;
        PackageFile file;
        try (InputStream in = BoundedFiles.open(p, limits.maxFileBytes(), what)) {
          file = PackageFile.read(in, held(rel),
              n -> BoundedFiles.check(before + n, limits.maxTotalBytes(), "package " + dir));
        }
        total += file.size();
        files.put(rel, file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read package directory " + dir, e);
    }
    return new Read(files, issues);
  }

  /**
   * Reads every entry of a zip within the limits, hashing each as it is inflated (only the manifest and signature are
   * kept); duplicate, directory and corrupt entries are reported. An entry whose declared or actual size, or the
   * zip's compression ratio, exceeds the limits stops the reading with a {@link PackageException}: nothing is inflated
   * beyond one entry's limit.
   */
  static Read readZip(PackageFile.Source zip, String zipName, PackageLimits limits) {
    SortedMap<String, PackageFile> files = new TreeMap<>();
    List<FileIssue> issues = new ArrayList<>();
    String current = zipName;
    long total = 0;
    int count = 0;
    try (CountingInput raw = new CountingInput(zip.open(), n -> { }); ZipInputStream in = new ZipInputStream(raw)) {
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
        long before = total;
        PackageFile data = PackageFile.read(in, held(current) && !e.isDirectory(),
            n -> checkInflated(n, before, raw, limits, what, zipName));
        total += data.size();
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
      // Every IOException (ZipException, EOFException of a truncated header) is taken to be about the zip's data.
      // ZipInputStream throws IllegalArgumentException for an entry name that is not valid UTF-8.
      issues.add(new FileIssue(current, FileIssue.Kind.ALTERED, "corrupt zip data: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }
    return new Read(files, issues);
  }

  /** Stops an entry at its size limit, or as soon as the zip's compression ratio exceeds the limit. */
  private static void checkInflated(
      long entryBytes, long before, CountingInput raw, PackageLimits limits, String what, String zipName) {
    BoundedFiles.check(entryBytes, limits.maxFileBytes(), what);
    long inflated = before + entryBytes;
    if (inflated > PackageLimits.RATIO_GRACE_BYTES
        && inflated > (double) limits.maxCompressionRatio() * Math.max(1, raw.count())) {
      throw new PackageException(zipName + ": " + inflated + " bytes inflated from " + raw.count()
          + " compressed bytes, a compression ratio above the limit of " + limits.maxCompressionRatio()
          + " (a zip bomb?); see PackageLimits");
    }
  }

  /**
   * Whether the zip is byte for byte the canonical zip of its files: the canonical zip is written again, its entries'
   * bytes streamed from a second reading of the zip, and compared with a third as it is written. Memory stays bounded
   * by the buffers whatever the entries' sizes.
   */
  static boolean isCanonical(PackageFile.Source zip, SortedMap<String, PackageFile> files, LocalDate asOf) {
    try (InputStream raw = zip.open();
        ZipInputStream entries = new ZipInputStream(zip.open());
        OutputStream compare = new ComparingOutput(raw)) {
      writeZip(compare, files, asOf, (path, file) -> {
        ZipEntry e = entries.getNextEntry();
        if (e == null || !e.getName().equals(path)) {
          throw new ComparingOutput.Differs();
        }
        return new FilterInputStream(entries) {
          @Override
          public void close() {
            // the next entry is read from the same stream
          }
        };
      });
      compare.flush();
      return raw.read() < 0;
    } catch (IOException | IllegalArgumentException e) {
      // a difference, a corrupt entry or one that changed since it was hashed: not the canonical zip
      return false;
    }
  }

  /** Compares what is written with the bytes of a stream; throws {@link Differs} at the first difference. */
  private static final class ComparingOutput extends OutputStream {
    private final InputStream expected;
    private final byte[] buffer = new byte[PackageFile.BUFFER];

    /** The bytes written differ from those expected. */
    static final class Differs extends IOException {
      private static final long serialVersionUID = 1L;
    }

    ComparingOutput(InputStream expected) {
      this.expected = expected;
    }

    @Override
    public void write(int b) throws IOException {
      if (expected.read() != (b & 0xFF)) {
        throw new Differs();
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        int n = expected.readNBytes(buffer, 0, Math.min(len, buffer.length));
        if (n == 0 || !Arrays.equals(buffer, 0, n, b, off, off + n)) {
          throw new Differs();
        }
        off += n;
        len -= n;
      }
    }
  }
}
