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
import java.nio.file.attribute.BasicFileAttributes;
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
import java.util.zip.ZipException;
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
      Path tmp = Files.createTempFile(dir, ".ctpat4j-package-", ".tmp");
      try {
        Files.write(tmp, bytes);
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

  /** Reads every regular file under a directory; links and other special files are reported, never followed. */
  static Read readDirectory(Path dir) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<FileIssue> issues = new ArrayList<>();
    Path base = dir.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(base)) {
          continue;
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
        files.put(rel, Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read package directory " + dir, e);
    }
    return new Read(files, issues);
  }

  /** Reads every entry of a zip; duplicate, directory and corrupt entries are reported. */
  static Read readZip(byte[] zip, String zipName) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<FileIssue> issues = new ArrayList<>();
    String current = zipName;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        current = e.getName();
        byte[] data = readAll(in);
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
    } catch (ZipException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for an entry name that is not valid UTF-8
      issues.add(new FileIssue(current, FileIssue.Kind.ALTERED, "corrupt zip data: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read zip " + zipName, e);
    }
    return new Read(files, issues);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
