package org.ctpat4j.evidence.pkg;

import java.util.Objects;
import java.util.regex.Pattern;
import org.ctpat4j.core.Incubating;

/**
 * One file of an evidence package as the manifest records it.
 *
 * @param path the file's path inside the package, with {@code /} separators, relative, without {@code .} or
 *     {@code ..} segments; never blank
 * @param size the file's size in bytes, at least 0
 * @param sha256 the lower-case hex SHA-256 of the file's bytes; never null
 */
@Incubating
public record ManifestEntry(String path, long size, String sha256) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the arguments.
   *
   * @param path see the record description
   * @param size see the record description
   * @param sha256 see the record description
   */
  public ManifestEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    if (!PackagePaths.isSafeRelative(path)) {
      throw new PackageException("unsafe file path in package: '" + path + "'");
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0: " + size);
    }
    if (!HEX64.matcher(sha256).matches()) {
      throw new PackageException("sha256 of '" + path + "' is not 64 lower-case hex digits: '" + sha256 + "'");
    }
  }
}
