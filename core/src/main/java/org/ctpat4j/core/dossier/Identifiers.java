package org.ctpat4j.core.dossier;

import org.ctpat4j.core.constraints.Gln;
import org.ctpat4j.core.constraints.Lei;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.constraints.Uscc;

/**
 * Identifiers of a facility or company. Every field is optional.
 *
 * @param osId the Open Supply Hub facility id, or {@code null}
 * @param lei the ISO 17442 Legal Entity Identifier (20 characters, ISO 7064 MOD 97-10 check digits), or {@code null}
 * @param uscc China's 18-character unified social credit code (GB 32100-2015), or {@code null}
 * @param gln the GS1 13-digit Global Location Number, or {@code null}
 */
public record Identifiers(@NullOrNotBlank String osId, @Lei String lei, @Uscc String uscc, @Gln String gln) {

  /** No identifiers. */
  public static final Identifiers NONE = new Identifiers(null, null, null, null);

  /**
   * Returns whether any identifier is given.
   *
   * @return {@code true} when at least one field is not null
   */
  public boolean hasAny() {
    return osId != null || lei != null || uscc != null || gln != null;
  }
}
