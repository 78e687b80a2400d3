package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ctpat4j.core.internal.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents and package entries are hashed and copied as streams through one buffer of {@link PackageFile#BUFFER}
 * bytes: memory does not grow with their size, the limits apply to the bytes actually read, and tampering with a large
 * document is still found.
 */
class StreamedDocumentsTest {

  /** Large enough to span hundreds of buffers, small enough for a unit test. */
  private static final int LARGE = 3 * 1024 * 1024 + 17;

  @TempDir Path tmp;

  /** Deterministic bytes (a linear congruential sequence), never held whole, that record how they were asked for. */
  private static final class Generated extends InputStream {
    private final long length;
    private long position;
    private long state = 42;
    int largestRequest;

    Generated(long length) {
      this.length = length;
    }

    private byte next() {
      state = state * 6364136223846793005L + 1442695040888963407L;
      return (byte) (state >>> 56);
    }

    @Override
    public int read() {
      if (position == length) {
        return -1;
      }
      position++;
      return next() & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largestRequest = Math.max(largestRequest, len);
      if (position == length) {
        return -1;
      }
      int n = (int) Math.min(len, length - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = next();
      }
      position += n;
      return n;
    }
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest sha = Sha256.newDigest();
    byte[] chunk;
    while ((chunk = in.readNBytes(1000)).length > 0) {
      sha.update(chunk);
    }
    return Sha256.hex(sha);
  }

  private static byte[] generated(int length) throws IOException {
    return new Generated(length).readNBytes(length);
  }

  @Test
  void read_largeStream_isHashedThroughOneBufferAndNotKept() throws IOException {
    long length = 64L * 1024 * 1024 + 5;
    Generated in = new Generated(length);
    PackageFile f = PackageFile.read(in, false, n -> { });
    assertThat(f.size()).isEqualTo(length);
    assertThat(f.sha256()).isEqualTo(sha256(new Generated(length)));
    assertThat(in.largestRequest).isLessThanOrEqualTo(PackageFile.BUFFER);
    assertThat(f.bytes()).isEmpty();
    assertThat(f.source()).isEmpty();
  }

  @Test
  void read_limitApplies_toTheBytesActuallyRead() {
    long max = 10 * PackageFile.BUFFER;
    Generated in = new Generated(Long.MAX_VALUE);
    assertThatThrownBy(() -> PackageFile.read(in, false, n -> BoundedFiles.check(n, max, "document 'd1'")))
        .isInstanceOf(PackageException.class)
        .hasMessageStartingWith("document 'd1' holds " + (max + PackageFile.BUFFER) + " bytes, more than the limit of "
            + max + " bytes");
  }

  /** Replaces d1's file with {@code content} and records its SHA-256 in the dossier bytes. */
  private EvidencePackage.Builder withLargeDocument(byte[] content) throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path file = c.documents().resolve("policies/scp.pdf");
    String recorded = Sha256.hex(Files.readAllBytes(file));
    Files.write(file, content);
    String dossier = new String(c.dossierBytes(), StandardCharsets.UTF_8);
    assertThat(dossier).contains(recorded);
    byte[] bytes = dossier.replace(recorded, Sha256.hex(content)).getBytes(StandardCharsets.UTF_8);
    return EvidencePackage.newBuilder().dossierBytes(bytes).report(c.report())
        .documents(c.documents()).product("p1");
  }

  @Test
  void writeTo_documentLargerThanTheBuffer_isPackagedVerifiedAndItsTamperingFound() throws IOException {
    byte[] content = generated(LARGE);
    EvidencePackage pkg = withLargeDocument(content).build();
    String path = "documents/d1-scp.pdf";
    Path dir = tmp.resolve("pkg");
    Path zip = tmp.resolve("pkg.zip");
    PackageResult written = pkg.writeTo(dir);
    pkg.writeTo(zip);
    assertThat(written.manifest().file(path)).hasValueSatisfying(e -> {
      assertThat(e.size()).isEqualTo(LARGE);
      assertThat(e.sha256()).isEqualTo(Sha256.hex(content));
    });
    assertThat(Files.readAllBytes(dir.resolve(path))).isEqualTo(content);
    assertThat(Fixtures.entries(Files.readAllBytes(zip)).get(path)).isEqualTo(content);
    for (Path p : new Path[] {dir, zip}) {
      VerificationResult r = PackageVerifier.verify(p);
      assertThat(r.valid()).as(String.join("\n", r.describe())).isTrue();
    }

    // one bit in the middle of the document, in the directory and inside the zip's stored entry
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve(path).toFile(), "rw")) {
      f.seek(LARGE / 2);
      int b = f.read();
      f.seek(LARGE / 2);
      f.write(b ^ 0x01);
    }
    byte[] zipBytes = Files.readAllBytes(zip);
    int at = indexOf(zipBytes, java.util.Arrays.copyOfRange(content, LARGE / 2, LARGE / 2 + 64));
    zipBytes[at] ^= 0x01;
    Files.write(zip, zipBytes);
    for (Path p : new Path[] {dir, zip}) {
      VerificationResult r = PackageVerifier.verify(p);
      assertThat(r.valid()).isFalse();
      assertThat(r.issues()).as(p + ": " + r.describe())
          .anyMatch(i -> i.path().equals(path) && i.kind() == FileIssue.Kind.ALTERED);
    }
  }

  @Test
  void writeTo_documentOverTheLimit_failsWithTheLimitMessage() throws IOException {
    int max = LARGE - PackageFile.BUFFER;
    EvidencePackage.Builder b = withLargeDocument(generated(LARGE)).limits(new PackageLimits(max, 1L << 30, 100, 100));
    assertThatThrownBy(() -> b.build().writeTo(tmp.resolve("out.zip")))
        .isInstanceOf(PackageException.class)
        .hasMessage("document 'd1' holds " + LARGE + " bytes, more than the limit of " + max
            + " bytes (see PackageLimits)");
    assertThat(tmp.resolve("out.zip")).doesNotExist();
  }

  @Test
  void writeZip_documentChangedAfterHashing_failsAndLeavesNothing() throws IOException {
    Path doc = tmp.resolve("doc.bin");
    byte[] content = generated(LARGE);
    Files.write(doc, content);
    SortedMap<String, PackageFile> files = new TreeMap<>();
    files.put("documents/d1-doc.bin", BoundedFiles.digest(doc, LARGE, "document 'd1'"));
    content[LARGE - 1] ^= 0x01;
    Files.write(doc, content);
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    assertThatThrownBy(() -> PackageIo.writeZip(out.resolve("p.zip"), files, Fixtures.AS_OF))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("changed since it was hashed");
    assertThatThrownBy(() -> PackageIo.writeDirectory(out.resolve("dir"), files))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("changed since it was hashed");
    try (Stream<Path> left = Files.walk(out)) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
