package org.ctpat4j.evidence.pkg;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.Incubating;

/**
 * What {@link EvidencePackage#writeTo(Path)} wrote.
 *
 * @param location the directory or zip file written; never null
 * @param manifest the package's manifest; never null
 * @param signed whether a {@value Manifest#SIGNATURE_FILE_NAME} was written
 */
@Incubating
public record PackageResult(Path location, Manifest manifest, boolean signed) {

  /**
   * Checks the arguments.
   *
   * @param location see the record description
   * @param manifest see the record description
   * @param signed see the record description
   */
  public PackageResult {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(manifest, "manifest");
  }

  /**
   * Returns why the package is not a complete, unredacted answer.
   *
   * @return the problems, sorted; never null, empty when it is one
   */
  public List<PackageProblem> problems() {
    return manifest.problems();
  }

  /**
   * Returns whether the package is a complete, unredacted answer: no redacted facility, audit or document, every
   * document packaged and matching the dossier's SHA-256, no unmapped input in the chain.
   *
   * @return {@code true} exactly when there are no problems
   */
  public boolean unredacted() {
    return manifest.unredacted();
  }
}
