package org.ctpat4j.risk.screening.internal;

import java.io.InputStream;
import java.util.Optional;

/**
 * Detects the optional module ctpat4j-cedict at run time, as {@link IcuSupport} detects ICU4J: the class {@code
 * CcCedict} is named only after the check, so the screener works without it.
 */
final class CedictSupport {

  private CedictSupport() {}

  /**
   * Opens the CC-CEDICT word table, when ctpat4j-cedict can be used.
   *
   * @return a new stream of the table, or empty
   */
  static Optional<InputStream> openTable() {
    if (!OptionalModules.usable("org.ctpat4j.cedict", "org.ctpat4j.cedict.CcCedict")) {
      return Optional.empty();
    }
    return Optional.of(Opener.open());
  }

  /** Names {@code CcCedict}; loaded only once the class is known to be there. */
  private static final class Opener {
    static InputStream open() {
      return org.ctpat4j.cedict.CcCedict.openTable();
    }
  }
}
