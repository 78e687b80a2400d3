package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The package zip reader of {@code verify} on arbitrary bytes, with small limits: reading and checking either gives a
 * result (valid or naming each issue) or throws a {@link PackageException} for a limit exceeded, never anything else
 * and never more than the limits in memory. Lives in the package's own package to reach the reader without a file.
 */
class PackageZipFuzzTest {

  private static final PackageLimits LIMITS = new PackageLimits(1 << 20, 4 << 20, 64, 100);

  @FuzzTest(maxDuration = "10m")
  void packageZip(byte[] zip) {
    try {
      PackageIo.Read read = PackageIo.readZip(zip, "fuzz.zip", LIMITS);
      long total = read.files().values().stream().mapToLong(PackageFile::size).sum();
      assertThat(total).isLessThanOrEqualTo(LIMITS.maxTotalBytes());
      VerificationResult result =
          PackageVerifier.check(
              Path.of("fuzz.zip"),
              read.files(),
              read.issues(),
              Optional.of(PackageVerifier.RawZip.of("fuzz.zip", zip)),
              Optional.empty());
      assertThat(result.valid()).isEqualTo(result.issues().isEmpty() && result.manifest().isPresent()
          && result.signature() != SignatureStatus.INVALID);
      assertThat(result.describe()).isNotEmpty();
    } catch (PackageException e) {
      assertThat(e.getMessage()).contains("limit");
    }
  }
}
