package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ctpat4j.core.internal.Sha256;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageVerifierTest {

  @TempDir Path tmp;

  private Path directoryPackage(ManifestSigner signer) {
    Fixtures.Case c = Fixtures.solar(tmp, true);
    EvidencePackage.Builder b = c.builder().product("p1");
    if (signer != null) {
      b.signWith(signer);
    }
    Path out = tmp.resolve("pkg");
    b.build().writeTo(out);
    return out;
  }

  private Path zipPackage(ManifestSigner signer) {
    Fixtures.Case c = Fixtures.solar(tmp, true);
    EvidencePackage.Builder b = c.builder().product("p1");
    if (signer != null) {
      b.signWith(signer);
    }
    Path out = tmp.resolve("pkg.zip");
    b.build().writeTo(out);
    return out;
  }

  /** The positions flipped in each file: first, second, middle, last and a spread of others. */
  private static List<Integer> positions(int length) {
    return java.util.stream.IntStream.of(0, 1, length / 3, length / 2, (2 * length) / 3, length - 2, length - 1)
        .filter(i -> i >= 0 && i < length).distinct().boxed().toList();
  }

  @Test
  void verify_intactPackages_areValid() {
    VerificationResult dir = PackageVerifier.verify(directoryPackage(null));
    assertThat(dir.valid()).as(String.join("\n", dir.describe())).isTrue();
    assertThat(dir.signature()).isEqualTo(SignatureStatus.NOT_SIGNED);
    assertThat(dir.manifest()).isPresent();
    assertThat(dir.describe().get(0)).startsWith("VALID");
    assertThat(dir.describe()).anyMatch(l -> l.contains("NOT an unredacted answer"));
    VerificationResult zip = PackageVerifier.verify(zipPackage(null));
    assertThat(zip.valid()).as(String.join("\n", zip.describe())).isTrue();
  }

  @Test
  void verify_anyByteOfAnyFileFlipped_failsNamingThatFile_directory() throws IOException {
    Path pkg = directoryPackage(ManifestSigner.of(ManifestSigner.generateKeyPair()));
    SortedMap<String, byte[]> files = Fixtures.files(pkg);
    assertThat(files).containsKeys("manifest.json", "manifest.sig", "index.md", "index.html", "chain.json",
        "risk.json", "report.json", "dossier.json");
    int checks = 0;
    for (var e : files.entrySet()) {
      Path file = pkg.resolve(e.getKey());
      byte[] original = e.getValue();
      for (int pos : positions(original.length)) {
        byte[] flipped = original.clone();
        flipped[pos] ^= 0x01;
        Files.write(file, flipped);
        VerificationResult r = PackageVerifier.verify(pkg);
        assertThat(r.valid()).as("flip %s at %d", e.getKey(), pos).isFalse();
        assertThat(r.issues()).as("flip %s at %d: %s", e.getKey(), pos, r.describe())
            .anyMatch(i -> i.path().equals(e.getKey()) && i.kind() == FileIssue.Kind.ALTERED);
        checks++;
      }
      Files.write(file, original);
    }
    assertThat(checks).isGreaterThan(100);
    assertThat(PackageVerifier.verify(pkg).valid()).isTrue();
  }

  @Test
  void verify_everyByteOfUnsignedManifestFlipped_failsNamingTheManifest() {
    Path pkg = directoryPackage(null);
    SortedMap<String, byte[]> files = Fixtures.files(pkg);
    byte[] original = files.get("manifest.json");
    for (int pos = 0; pos < original.length; pos++) {
      for (int mask : new int[] {0x01, 0x80}) {
        SortedMap<String, byte[]> copy = new TreeMap<>(files);
        byte[] flipped = original.clone();
        flipped[pos] ^= (byte) mask;
        copy.put("manifest.json", flipped);
        VerificationResult r = PackageVerifier.check(pkg, Fixtures.held(copy), List.of(), Optional.empty(), Optional.empty());
        assertThat(r.valid()).as("flip at %d mask %x", pos, mask).isFalse();
        assertThat(r.issues()).as("flip at %d mask %x", pos, mask)
            .anyMatch(i -> i.path().equals("manifest.json") && i.kind() == FileIssue.Kind.ALTERED);
      }
    }
  }

  @Test
  void verify_everyByteOfSignatureFlipped_failsNamingTheSignature() {
    KeyPair keys = ManifestSigner.generateKeyPair();
    Path pkg = directoryPackage(ManifestSigner.of(keys));
    SortedMap<String, byte[]> files = Fixtures.files(pkg);
    byte[] original = files.get("manifest.sig");
    for (int pos = 0; pos < original.length; pos++) {
      SortedMap<String, byte[]> copy = new TreeMap<>(files);
      byte[] flipped = original.clone();
      flipped[pos] ^= 0x01;
      copy.put("manifest.sig", flipped);
      VerificationResult r = PackageVerifier.check(pkg, Fixtures.held(copy), List.of(), Optional.empty(), Optional.empty());
      assertThat(r.valid()).as("flip at %d", pos).isFalse();
      assertThat(r.signature()).as("flip at %d", pos).isEqualTo(SignatureStatus.INVALID);
      assertThat(r.issues()).as("flip at %d", pos)
          .anyMatch(i -> i.path().equals("manifest.sig") && i.kind() == FileIssue.Kind.ALTERED);
    }
  }

  @Test
  void verify_anyEntryOfZipFlipped_failsNamingThatEntry() throws IOException {
    Path zip = zipPackage(null);
    byte[] zipBytes = Files.readAllBytes(zip);
    SortedMap<String, byte[]> files = Fixtures.entries(zipBytes);
    var manifest = Manifest.parse(files.get("manifest.json"));
    for (var e : files.entrySet()) {
      int length = e.getValue().length;
      for (int pos : List.of(0, length / 2, length - 1)) {
        SortedMap<String, byte[]> copy = new TreeMap<>(files);
        byte[] flipped = e.getValue().clone();
        flipped[pos] ^= 0x01;
        copy.put(e.getKey(), flipped);
        Files.write(zip, Fixtures.zip(copy, manifest.asOf()));
        VerificationResult r = PackageVerifier.verify(zip);
        assertThat(r.valid()).isFalse();
        assertThat(r.issues()).as("flip %s at %d", e.getKey(), pos)
            .anyMatch(i -> i.path().equals(e.getKey()) && i.kind() == FileIssue.Kind.ALTERED);
      }
    }
  }

  /**
   * Every 3rd byte of the last 4 KiB (central directory and end record), every 11th byte before them (local headers
   * and data). The exhaustive sweeps are over the manifest and the signature, which protect everything else.
   */
  @Test
  void verify_rawByteOfZipFlipped_fails() throws IOException {
    Path zip = zipPackage(null);
    byte[] original = Files.readAllBytes(zip);
    int centralDirectory = original.length - 4096;
    for (int pos = 0; pos < original.length; pos += pos < centralDirectory ? 11 : 3) {
      byte[] flipped = original.clone();
      flipped[pos] ^= 0x01;
      var read = PackageIo.readZip(flipped, "pkg.zip");
      VerificationResult r = PackageVerifier.check(zip, read.files(), read.issues(),
          Optional.of(PackageVerifier.RawZip.of("pkg.zip", flipped)), Optional.empty());
      assertThat(r.valid()).as("raw flip at %d of %d", pos, original.length).isFalse();
    }
  }

  @Test
  void verify_addedOrRemovedFile_reportsExtraOrMissing_directory() throws IOException {
    Path pkg = directoryPackage(null);
    Fixtures.write(pkg.resolve("documents/smuggled.pdf"), "not listed");
    VerificationResult added = PackageVerifier.verify(pkg);
    assertThat(added.valid()).isFalse();
    assertThat(added.paths(FileIssue.Kind.EXTRA)).containsExactly("documents/smuggled.pdf");
    Files.delete(pkg.resolve("documents/smuggled.pdf"));

    Files.delete(pkg.resolve("documents/d1-scp.pdf"));
    VerificationResult removed = PackageVerifier.verify(pkg);
    assertThat(removed.valid()).isFalse();
    assertThat(removed.paths(FileIssue.Kind.MISSING)).containsExactly("documents/d1-scp.pdf");
    assertThat(removed.describe()).anyMatch(l -> l.startsWith("MISSING documents/d1-scp.pdf"));

    Files.delete(pkg.resolve("manifest.json"));
    assertThat(PackageVerifier.verify(pkg).paths(FileIssue.Kind.MISSING)).containsExactly("manifest.json");
  }

  @Test
  void verify_addedOrRemovedEntry_reportsExtraOrMissing_zip() throws IOException {
    Path zip = zipPackage(null);
    SortedMap<String, byte[]> files = Fixtures.entries(Files.readAllBytes(zip));
    var asOf = Manifest.parse(files.get("manifest.json")).asOf();
    SortedMap<String, byte[]> added = new TreeMap<>(files);
    added.put("extra.txt", "x".getBytes(StandardCharsets.UTF_8));
    Files.write(zip, Fixtures.zip(added, asOf));
    assertThat(PackageVerifier.verify(zip).paths(FileIssue.Kind.EXTRA)).containsExactly("extra.txt");
    SortedMap<String, byte[]> removed = new TreeMap<>(files);
    removed.remove("chain.json");
    Files.write(zip, Fixtures.zip(removed, asOf));
    assertThat(PackageVerifier.verify(zip).paths(FileIssue.Kind.MISSING)).containsExactly("chain.json");
  }

  @Test
  void verify_signedPackage_checksTheTrustedKey() {
    KeyPair keys = ManifestSigner.generateKeyPair();
    Path pkg = zipPackage(ManifestSigner.of(keys));
    VerificationResult trusted = PackageVerifier.verify(pkg, keys.getPublic());
    assertThat(trusted.valid()).as(String.join("\n", trusted.describe())).isTrue();
    assertThat(trusted.signature()).isEqualTo(SignatureStatus.VALID);
    assertThat(trusted.signerFingerprint()).contains(ManifestSigner.fingerprint(keys.getPublic()));

    VerificationResult untrusted = PackageVerifier.verify(pkg);
    assertThat(untrusted.valid()).isTrue();
    assertThat(untrusted.signature()).isEqualTo(SignatureStatus.VALID_UNTRUSTED);

    VerificationResult wrong = PackageVerifier.verify(pkg, ManifestSigner.generateKeyPair().getPublic());
    assertThat(wrong.valid()).isFalse();
    assertThat(wrong.signature()).isEqualTo(SignatureStatus.WRONG_KEY);
  }

  @Test
  void verify_unsignedPackageWithTrustedKey_fails() {
    Path pkg = directoryPackage(null);
    VerificationResult r = PackageVerifier.verify(pkg, ManifestSigner.generateKeyPair().getPublic());
    assertThat(r.issues()).isEmpty();
    assertThat(r.signature()).isEqualTo(SignatureStatus.NOT_SIGNED);
    assertThat(r.valid()).isFalse();
    assertThat(r.describe()).anyMatch(l -> l.contains("not signed"));
  }

  @Test
  void verify_forgedManifestWithRecomputedDigests_failsOnSignature() throws IOException {
    KeyPair keys = ManifestSigner.generateKeyPair();
    Path pkg = directoryPackage(ManifestSigner.of(keys));
    // A forger swaps a document and rewrites the manifest consistently, but cannot re-sign it.
    byte[] forgedDoc = "forged scp".getBytes(StandardCharsets.UTF_8);
    Files.write(pkg.resolve("documents/d1-scp.pdf"), forgedDoc);
    Manifest m = Manifest.parse(Files.readAllBytes(pkg.resolve("manifest.json")));
    List<ManifestEntry> entries = m.files().stream()
        .map(e -> e.path().equals("documents/d1-scp.pdf")
            ? new ManifestEntry(e.path(), forgedDoc.length, Sha256.hex(forgedDoc)) : e)
        .toList();
    Manifest forged = new Manifest(m.format(), m.asOf(), m.products(), m.dossierSha256(), m.referenceData(),
        entries, m.problems());
    Files.write(pkg.resolve("manifest.json"), forged.toJson());

    VerificationResult r = PackageVerifier.verify(pkg, keys.getPublic());
    assertThat(r.valid()).isFalse();
    assertThat(r.signature()).isEqualTo(SignatureStatus.INVALID);
    assertThat(r.paths(FileIssue.Kind.ALTERED)).containsExactly("manifest.sig");
    // Without the signature file, the forgery is consistent: only a trusted key exposes it.
    Files.delete(pkg.resolve("manifest.sig"));
    assertThat(PackageVerifier.verify(pkg).valid()).isTrue();
    assertThat(PackageVerifier.verify(pkg, keys.getPublic()).valid()).isFalse();
  }

  @Test
  void verify_hostileManifestPath_isReportedNotFollowed() throws IOException {
    Path pkg = directoryPackage(null);
    Path manifest = pkg.resolve("manifest.json");
    String text = Files.readString(manifest).replace("\"path\": \"chain.json\"", "\"path\": \"../outside.txt\"");
    Files.writeString(manifest, text);
    VerificationResult r = PackageVerifier.verify(pkg);
    assertThat(r.valid()).isFalse();
    assertThat(r.paths(FileIssue.Kind.ALTERED)).contains("manifest.json");
    assertThat(r.manifest()).isEmpty();
  }

  @Test
  void verify_noPackage_throws() {
    assertThatThrownBy(() -> PackageVerifier.verify(tmp.resolve("nothing-here")))
        .isInstanceOf(PackageException.class).hasMessageContaining("no package at");
  }

  @Test
  void verify_symbolicLinkInPackage_isReported() throws IOException {
    Path pkg = directoryPackage(null);
    try {
      Files.createSymbolicLink(pkg.resolve("link.txt"), pkg.resolve("chain.json"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("the file system has no symbolic links: " + e);
    }
    assertThat(PackageVerifier.verify(pkg).paths(FileIssue.Kind.EXTRA)).containsExactly("link.txt");
  }
}
