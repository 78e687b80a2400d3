package org.ctpat4j.evidence.pkg;

import java.util.Comparator;
import java.util.Objects;
import org.ctpat4j.core.Incubating;

/**
 * One way a package differs from its manifest.
 *
 * @param path the file's path inside the package ({@code /} separators), or the zip file's name when the container
 *     itself is damaged; never null
 * @param kind how it differs; never null
 * @param detail what was found, for example the expected and actual SHA-256; never null
 */
@Incubating
public record FileIssue(String path, Kind kind, String detail) implements Comparable<FileIssue> {

  private static final Comparator<FileIssue> ORDER =
      Comparator.comparing(FileIssue::path).thenComparing(FileIssue::kind).thenComparing(FileIssue::detail);

  /**
   * Checks the arguments.
   *
   * @param path see the record description
   * @param kind see the record description
   * @param detail see the record description
   */
  public FileIssue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** Orders by path, then kind, then detail. */
  @Override
  public int compareTo(FileIssue other) {
    return ORDER.compare(this, other);
  }

  /** How a file differs from the manifest. */
  public enum Kind {
    /** The manifest lists the file but the package does not hold it. */
    MISSING,
    /** The package holds a file the manifest does not list. */
    EXTRA,
    /** The file's bytes differ from what the manifest (or, for the manifest and signature, their own checks) says. */
    ALTERED
  }
}
