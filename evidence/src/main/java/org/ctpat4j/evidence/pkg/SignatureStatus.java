package org.ctpat4j.evidence.pkg;

import org.ctpat4j.core.Incubating;

/** What the verification found about the signature of a package's manifest. */
@Incubating
public enum SignatureStatus {
  /** The package has no {@value Manifest#SIGNATURE_FILE_NAME}. */
  NOT_SIGNED,
  /**
   * The signature verifies with the public key stored next to it, but no trusted key was given: the manifest is
   * consistent, but anyone could have signed it. Compare {@link VerificationResult#signerFingerprint()} with a key
   * you trust, or verify with {@link PackageVerifier#verify(java.nio.file.Path, java.security.PublicKey)}.
   */
  VALID_UNTRUSTED,
  /** The signature verifies with the trusted public key that was given. */
  VALID,
  /** The signature verifies with its own stored key, but that key is not the trusted key that was given. */
  WRONG_KEY,
  /** The signature file is malformed or the signature does not verify: the manifest or signature was altered. */
  INVALID
}
