package org.ctpat4j.risk.screening.internal;

import java.util.Optional;
import org.ctpat4j.risk.screening.Romanizer;

/**
 * Detects ICU4J at run time. The class {@link IcuRomanizer} names ICU types and is loaded only after this check, so
 * the screener works without ICU4J.
 */
public final class IcuSupport {

  private static final Optional<Romanizer> ROMANIZER = detect();

  private IcuSupport() {}

  /**
   * The ICU romanizer, when ICU4J can be used.
   *
   * @return the romanizer or empty
   */
  public static Optional<Romanizer> romanizer() {
    return ROMANIZER;
  }

  private static Optional<Romanizer> detect() {
    if (!OptionalModules.usable("com.ibm.icu", "com.ibm.icu.text.Transliterator")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new IcuRomanizer());
    } catch (LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }
}
