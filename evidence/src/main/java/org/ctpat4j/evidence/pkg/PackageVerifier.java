package org.ctpat4j.evidence.pkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.ctpat4j.core.Incubating;

/**
 * Verifies an evidence package (a directory or a {@code .zip} file) against its manifest: recomputes the SHA-256 and
 * size of every file and reports each file the manifest lists but the package lacks ({@link FileIssue.Kind#MISSING}),
 * each file the package holds but the manifest does not list ({@link FileIssue.Kind#EXTRA}), and each file whose
 * bytes differ ({@link FileIssue.Kind#ALTERED}). The manifest itself is checked through its canonical form and
 * self-digest, the signature (when present) with Ed25519, and a zip file against its canonical layout, so a change of
 * any single byte is found.
 *
 * <p>Paths inside the manifest are only compared as strings, never opened: a hostile manifest cannot make the
 * verifier read outside the package. Everything is read within {@link PackageLimits} (the defaults unless given):
 * the zip file and each directory file are checked by size before they are read, each zip entry by its declared and
 * actual size and the zip's compression ratio, so a zip bomb is refused after inflating at most about
 * {@link PackageLimits#RATIO_GRACE_BYTES} times the compression ratio limit. Files and entries are hashed as they
 * are streamed through a fixed buffer (the zip's layout is compared the same way): only the manifest and its signature
 * are held in memory, so memory does not grow with the size of the documents. Stateless and thread-safe.
 */
@Incubating
public final class PackageVerifier {

  private PackageVerifier() {}

  /**
   * Verifies a package without a trusted key: a signature, when present, must verify with the key stored next to
   * it ({@link SignatureStatus#VALID_UNTRUSTED}).
   *
   * @param location the package directory or zip file; never null
   * @return the result; never null
   * @throws PackageException if there is no package at {@code location}
   * @throws UncheckedIOException if it cannot be read
   */
  public static VerificationResult verify(Path location) {
    return verify(location, Optional.empty(), PackageLimits.DEFAULTS);
  }

  /**
   * Verifies a package without a trusted key, reading it within the given limits.
   *
   * @param location the package directory or zip file; never null
   * @param limits the bounds on what is read; never null
   * @return the result; never null
   * @throws PackageException if there is no package at {@code location}, or it exceeds a limit
   * @throws UncheckedIOException if it cannot be read
   */
  public static VerificationResult verify(Path location, PackageLimits limits) {
    return verify(location, Optional.empty(), Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Verifies a package and its signature with a trusted Ed25519 public key: the package passes only when it is
   * signed by that key.
   *
   * @param location the package directory or zip file; never null
   * @param trustedKey the signer's public key; never null
   * @return the result; never null
   * @throws PackageException if there is no package at {@code location}
   * @throws UncheckedIOException if it cannot be read
   */
  public static VerificationResult verify(Path location, PublicKey trustedKey) {
    return verify(location, Optional.of(Objects.requireNonNull(trustedKey, "trustedKey")), PackageLimits.DEFAULTS);
  }

  /**
   * Verifies a package and its signature with a trusted Ed25519 public key, reading it within the given limits.
   *
   * @param location the package directory or zip file; never null
   * @param trustedKey the signer's public key; never null
   * @param limits the bounds on what is read; never null
   * @return the result; never null
   * @throws PackageException if there is no package at {@code location}, or it exceeds a limit
   * @throws UncheckedIOException if it cannot be read
   */
  public static VerificationResult verify(Path location, PublicKey trustedKey, PackageLimits limits) {
    return verify(
        location,
        Optional.of(Objects.requireNonNull(trustedKey, "trustedKey")),
        Objects.requireNonNull(limits, "limits"));
  }

  private static VerificationResult verify(Path location, Optional<PublicKey> trustedKey, PackageLimits limits) {
    Objects.requireNonNull(location, "location");
    if (Files.isDirectory(location)) {
      PackageIo.Read read = PackageIo.readDirectory(location, limits);
      return check(location, read.files(), read.issues(), Optional.empty(), trustedKey);
    }
    if (Files.isRegularFile(location)) {
      String name = String.valueOf(location.getFileName());
      String what = "package " + name;
      try {
        // checked by size before anything is read; each reading stops past the limit in case it grows meanwhile
        BoundedFiles.checkRegular(location, limits.maxTotalBytes(), what);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + what + " at " + location, e);
      }
      PackageFile.Source source = () -> BoundedFiles.open(location, limits.maxTotalBytes(), what);
      PackageIo.Read read = PackageIo.readZip(source, name, limits);
      return check(location, read.files(), read.issues(), Optional.of(new RawZip(name, source)), trustedKey);
    }
    throw new PackageException("no package at " + location + " (expected a directory or a zip file)");
  }

  /** The raw zip, to check its layout against the canonical one. */
  record RawZip(String name, PackageFile.Source source) {
    static RawZip of(String name, byte[] bytes) {
      return new RawZip(name, () -> new ByteArrayInputStream(bytes));
    }
  }

  /** Verifies files already read and hashed. */
  static VerificationResult check(
      Path location,
      SortedMap<String, PackageFile> files,
      List<FileIssue> containerIssues,
      Optional<RawZip> zip,
      Optional<PublicKey> trustedKey) {
    List<FileIssue> issues = new ArrayList<>(containerIssues);
    byte[] manifestBytes = held(files, Manifest.FILE_NAME);
    Manifest manifest = null;
    if (manifestBytes == null) {
      issues.add(new FileIssue(Manifest.FILE_NAME, FileIssue.Kind.MISSING, "the package has no manifest"));
    } else {
      try {
        manifest = Manifest.parse(manifestBytes);
      } catch (PackageException e) {
        issues.add(new FileIssue(Manifest.FILE_NAME, FileIssue.Kind.ALTERED, e.getMessage()));
      }
    }

    SignatureStatus status = SignatureStatus.NOT_SIGNED;
    Optional<String> fingerprint = Optional.empty();
    byte[] sigBytes = held(files, Manifest.SIGNATURE_FILE_NAME);
    if (sigBytes != null) {
      try {
        ManifestSigner.SignatureFile sig = ManifestSigner.parse(sigBytes);
        fingerprint = Optional.of(ManifestSigner.fingerprint(sig.publicKey()));
        boolean ok = manifestBytes != null && ManifestSigner.verify(sig.publicKey(), manifestBytes, sig.signature());
        if (!ok) {
          status = SignatureStatus.INVALID;
          issues.add(new FileIssue(Manifest.SIGNATURE_FILE_NAME, FileIssue.Kind.ALTERED,
              "the signature does not verify over " + Manifest.FILE_NAME));
        } else if (trustedKey.isEmpty()) {
          status = SignatureStatus.VALID_UNTRUSTED;
        } else if (Arrays.equals(trustedKey.get().getEncoded(), sig.publicKey().getEncoded())) {
          status = SignatureStatus.VALID;
        } else {
          status = SignatureStatus.WRONG_KEY;
        }
      } catch (PackageException e) {
        status = SignatureStatus.INVALID;
        issues.add(new FileIssue(Manifest.SIGNATURE_FILE_NAME, FileIssue.Kind.ALTERED, e.getMessage()));
      }
    }

    if (manifest != null) {
      Set<String> listed = new HashSet<>();
      for (ManifestEntry e : manifest.files()) {
        listed.add(e.path());
        PackageFile data = files.get(e.path());
        if (data == null) {
          issues.add(new FileIssue(e.path(), FileIssue.Kind.MISSING, "listed in the manifest, not in the package"));
          continue;
        }
        String actual = data.sha256();
        if (data.size() != e.size() || !actual.equals(e.sha256())) {
          issues.add(new FileIssue(e.path(), FileIssue.Kind.ALTERED,
              "expected " + e.size() + " bytes with SHA-256 " + e.sha256() + ", found " + data.size()
                  + " bytes with SHA-256 " + actual));
        }
      }
      for (String path : files.keySet()) {
        if (!listed.contains(path) && !path.equals(Manifest.FILE_NAME)
            && !path.equals(Manifest.SIGNATURE_FILE_NAME)) {
          issues.add(new FileIssue(path, FileIssue.Kind.EXTRA, "in the package, not listed in the manifest"));
        }
      }
      Optional<ManifestEntry> dossier = manifest.file(EvidencePackage.DOSSIER_FILE);
      if (dossier.isPresent() && !dossier.get().sha256().equals(manifest.dossierSha256())) {
        issues.add(new FileIssue(Manifest.FILE_NAME, FileIssue.Kind.ALTERED,
            "dossierSha256 differs from the SHA-256 listed for " + EvidencePackage.DOSSIER_FILE));
      }
      if (zip.isPresent() && issues.isEmpty()) {
        if (!PackageIo.isCanonical(zip.get().source(), files, manifest.asOf())) {
          issues.add(new FileIssue(zip.get().name(), FileIssue.Kind.ALTERED,
              "the zip's headers or layout differ from the canonical package zip (every file inside matches)"));
        }
      }
    }
    return new VerificationResult(
        location, Optional.ofNullable(manifest), issues, status, fingerprint, trustedKey.isPresent());
  }

  /** The bytes of a file that is parsed (kept when the package was read), or null when the package lacks it. */
  private static byte[] held(SortedMap<String, PackageFile> files, String path) {
    PackageFile f = files.get(path);
    return f == null ? null : f.bytes().orElseThrow(() -> new IllegalStateException(path + " was not kept"));
  }
}
