package org.ctpat4j.evidence.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Path rules: nothing that comes from a dossier or a package may leave its folder. */
final class PackagePaths {

  private PackagePaths() {}

  /** Whether a package-internal path is relative, uses {@code /}, and has no empty, {@code .} or {@code ..} segment. */
  static boolean isSafeRelative(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0
        || path.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Resolves a document's path (as the dossier gives it) inside the documents folder.
   *
   * @return the file inside {@code root}
   * @throws PackageException naming the document when the path is absolute, has a {@code ..} segment, or resolves
   *     (through links) outside {@code root}
   */
  static Path resolveDocument(Path root, String documentId, String given) {
    String unified = given.replace('\\', '/');
    if (unified.isBlank()
        || unified.startsWith("/")
        || unified.matches("^[A-Za-z]:.*")
        || unified.indexOf('\0') >= 0) {
      throw new PackageException(
          "document '" + documentId + "': path '" + given + "' must be relative to the documents folder");
    }
    for (String segment : unified.split("/")) {
      if (segment.equals("..")) {
        throw new PackageException(
            "document '" + documentId + "': path '" + given + "' must not contain '..'");
      }
    }
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(unified).normalize();
    if (!file.startsWith(base)) {
      throw new PackageException(
          "document '" + documentId + "': path '" + given + "' leaves the documents folder");
    }
    if (Files.exists(file)) {
      try {
        Path real = file.toRealPath();
        if (!real.startsWith(base.toRealPath())) {
          throw new PackageException(
              "document '" + documentId + "': path '" + given + "' links outside the documents folder");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot resolve document '" + documentId + "' at " + file, e);
      }
      if (!Files.isRegularFile(file)) {
        throw new PackageException("document '" + documentId + "': '" + given + "' is not a regular file");
      }
    }
    return file;
  }

  /** A file-name-safe form of a string: ASCII letters, digits, {@code .}, {@code _} and {@code -}. */
  static String safeName(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      b.append(ok ? c : '_');
    }
    String r = b.toString();
    while (r.startsWith(".")) {
      r = "_" + r.substring(1);
    }
    return r.isEmpty() ? "_" : r;
  }

  /** Whether a name ends with {@code .zip}, ignoring case. */
  static boolean isZip(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }
}
