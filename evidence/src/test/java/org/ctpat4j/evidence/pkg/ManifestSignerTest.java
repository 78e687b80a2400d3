package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestSignerTest {

  @TempDir Path tmp;

  @Test
  void sign_isDeterministicAndVerifies() {
    KeyPair keys = ManifestSigner.generateKeyPair();
    ManifestSigner signer = ManifestSigner.of(keys);
    byte[] manifest = "{}\n".getBytes(StandardCharsets.UTF_8);
    byte[] sig = signer.sign(manifest);
    assertThat(signer.sign(manifest)).isEqualTo(sig);
    ManifestSigner.SignatureFile parsed = ManifestSigner.parse(sig);
    assertThat(parsed.publicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
    assertThat(ManifestSigner.verify(keys.getPublic(), manifest, parsed.signature())).isTrue();
    assertThat(ManifestSigner.verify(keys.getPublic(), "{} \n".getBytes(StandardCharsets.UTF_8),
        parsed.signature())).isFalse();
    assertThat(new String(sig, StandardCharsets.US_ASCII)).startsWith("ctpat4j-signature/1\nalgorithm: Ed25519\n");
  }

  @Test
  void pem_roundTripsThroughFiles() throws Exception {
    KeyPair keys = ManifestSigner.generateKeyPair();
    Path pub = tmp.resolve("key.pub.pem");
    Path priv = tmp.resolve("key.pem");
    Files.writeString(pub, ManifestSigner.toPem(keys.getPublic()));
    Files.writeString(priv, ManifestSigner.toPem(keys.getPrivate()));
    assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    KeyPair read = new KeyPair(ManifestSigner.readPublicKey(pub), ManifestSigner.readPrivateKey(priv));
    ManifestSigner signer = ManifestSigner.of(read);
    assertThat(signer.fingerprint()).isEqualTo(ManifestSigner.fingerprint(keys.getPublic())).hasSize(64);
    assertThat(ManifestSigner.readPublicKey(keys.getPublic().getEncoded()).getEncoded())
        .isEqualTo(keys.getPublic().getEncoded());
  }

  @Test
  void of_mismatchedKeys_isRejected() {
    KeyPair a = ManifestSigner.generateKeyPair();
    KeyPair b = ManifestSigner.generateKeyPair();
    assertThatThrownBy(() -> ManifestSigner.of(new KeyPair(a.getPublic(), b.getPrivate())))
        .isInstanceOf(PackageException.class).hasMessageContaining("does not belong");
  }

  @Test
  void readKeys_garbage_isRejectedClearly() {
    assertThatThrownBy(() -> ManifestSigner.readPublicKey("not a key".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(PackageException.class).hasMessageContaining("Ed25519 public key");
    String privPem = ManifestSigner.toPem(ManifestSigner.generateKeyPair().getPrivate());
    assertThatThrownBy(() -> ManifestSigner.readPublicKey(privPem.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(PackageException.class).hasMessageContaining("PUBLIC KEY");
    assertThatThrownBy(() -> ManifestSigner.parse("ctpat4j-signature/1\n".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(PackageException.class).hasMessageContaining("manifest.sig");
  }
}
