package org.ctpat4j.evidence.pkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.Incubating;

/**
 * The outcome of verifying an evidence package against its manifest.
 *
 * @param location the package that was verified; never null
 * @param manifest the manifest, when it could be read and is intact; never null
 * @param issues every missing, extra or altered file, sorted by path; never null, empty when all files match
 * @param signature what was found about the manifest's signature; never null
 * @param signerFingerprint the SHA-256 fingerprint of the key stored in the signature file, when it could be read;
 *     never null
 * @param trustedKeyGiven whether a trusted public key was given, in which case only {@link SignatureStatus#VALID}
 *     passes
 */
@Incubating
public record VerificationResult(
    Path location,
    Optional<Manifest> manifest,
    List<FileIssue> issues,
    SignatureStatus signature,
    Optional<String> signerFingerprint,
    boolean trustedKeyGiven) {

  /**
   * Checks, sorts and copies the arguments.
   *
   * @param location see the record description
   * @param manifest see the record description
   * @param issues see the record description
   * @param signature see the record description
   * @param signerFingerprint see the record description
   * @param trustedKeyGiven see the record description
   */
  public VerificationResult {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(signerFingerprint, "signerFingerprint");
    issues = issues.stream().sorted().distinct().toList();
  }

  /**
   * Returns whether the package is intact: every file matches the manifest, no file is missing or extra, and the
   * signature passes (with a trusted key: it must be {@link SignatureStatus#VALID}; without one: it must not be
   * {@link SignatureStatus#INVALID}). An intact package may still declare {@linkplain Manifest#problems() problems}.
   *
   * @return {@code true} when nothing was altered
   */
  public boolean valid() {
    if (!issues.isEmpty() || manifest.isEmpty()) {
      return false;
    }
    return trustedKeyGiven
        ? signature == SignatureStatus.VALID
        : signature == SignatureStatus.NOT_SIGNED || signature == SignatureStatus.VALID_UNTRUSTED;
  }

  /**
   * Returns whether the package is intact and its authenticity was checked: {@link #valid()}, verified with a trusted
   * key, and signed by that key. Without a trusted key a package is at most intact: anyone can edit its files,
   * recompute the manifest and drop the signature or sign with a key of their own.
   *
   * @return {@code true} when the package is intact and signed by the trusted key
   */
  public boolean authenticated() {
    return valid() && trustedKeyGiven && signature == SignatureStatus.VALID;
  }

  /**
   * Returns the issues of one kind.
   *
   * @param kind the kind; never null
   * @return the paths of the files with such an issue, sorted; never null
   */
  public List<String> paths(FileIssue.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return issues.stream().filter(i -> i.kind() == kind).map(FileIssue::path).distinct().toList();
  }

  /**
   * Describes the outcome in lines a person can read, for a command line or a log.
   *
   * <p>The first line starts with {@code VALID} only for an {@linkplain #authenticated() authenticated} package; an
   * intact package verified without a trusted key gives {@code VALID (integrity only, authenticity NOT checked)} and
   * a line saying why that proves nothing about who made it; anything else gives {@code INVALID}.
   *
   * @return the lines, starting with {@code VALID} or {@code INVALID}; never null or empty
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    String verdict =
        authenticated() ? "VALID" : valid() ? "VALID (integrity only, authenticity NOT checked)" : "INVALID";
    lines.add(verdict + ": " + location);
    if (valid() && !trustedKeyGiven) {
      lines.add("authenticity not checked: without the signer's trusted public key anyone could have edited the"
          + " files and recomputed the manifest (and dropped or replaced the signature)");
    }
    for (FileIssue i : issues) {
      lines.add(i.kind() + " " + i.path() + ": " + i.detail());
    }
    lines.add("signature: " + signature + signerFingerprint.map(f -> " (key SHA-256 " + f + ")").orElse(""));
    if (trustedKeyGiven && signature == SignatureStatus.NOT_SIGNED) {
      lines.add("a trusted key was given but the package is not signed");
    }
    manifest.ifPresent(
        m -> lines.add(m.unredacted()
            ? "the package declares itself a complete, unredacted answer"
            : "the package declares " + m.problems().size() + " problem(s): it is NOT an unredacted answer"));
    return List.copyOf(lines);
  }
}
