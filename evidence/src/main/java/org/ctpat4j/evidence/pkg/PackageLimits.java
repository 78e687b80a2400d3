package org.ctpat4j.evidence.pkg;

import org.ctpat4j.core.Incubating;

/**
 * The bounds within which packages and their documents are read, so that a hostile package (a zip bomb, an entry
 * declaring or holding gigabytes, a sparse file, a device) is refused with a {@link PackageException} before it costs
 * more memory or time than these bounds allow. Every file is checked by its size before it is read, and read no
 * further than its limit in case it grows meanwhile.
 *
 * @param maxFileBytes the largest file (package entry, package file, document or dossier file) read, in bytes;
 *     positive
 * @param maxTotalBytes the largest total of a package's files, and the largest package zip file, in bytes; positive
 * @param maxEntries the most files (zip entries or directory entries) a package may hold; positive
 * @param maxCompressionRatio the largest ratio of uncompressed to compressed bytes a zip may show once more than
 *     {@link #RATIO_GRACE_BYTES} were inflated (canonical packages are stored uncompressed, ratio 1); positive
 */
@Incubating
public record PackageLimits(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxCompressionRatio) {

  /** The uncompressed bytes a zip may inflate before {@link #maxCompressionRatio()} applies: 1 MiB. */
  public static final long RATIO_GRACE_BYTES = 1L << 20;

  /**
   * The defaults: files up to 256 MiB, packages up to 1 GiB and 10,000 files, compression ratio up to 100.
   */
  public static final PackageLimits DEFAULTS = new PackageLimits(256L << 20, 1L << 30, 10_000, 100);

  /**
   * Checks the arguments.
   *
   * @param maxFileBytes see the record description
   * @param maxTotalBytes see the record description
   * @param maxEntries see the record description
   * @param maxCompressionRatio see the record description
   * @throws IllegalArgumentException if a limit is not positive
   */
  public PackageLimits {
    if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0) {
      throw new IllegalArgumentException("every package limit must be positive");
    }
  }
}
