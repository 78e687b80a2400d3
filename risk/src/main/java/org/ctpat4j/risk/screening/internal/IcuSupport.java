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
    Module self = IcuSupport.class.getModule();
    if (self.isNamed()) {
      ModuleLayer layer = self.getLayer() == null ? ModuleLayer.boot() : self.getLayer();
      Optional<Module> icu = layer.findModule("com.ibm.icu");
      if (icu.isEmpty() || !self.canRead(icu.get())) {
        return Optional.empty();
      }
    }
    try {
      Class.forName("com.ibm.icu.text.Transliterator", false, IcuSupport.class.getClassLoader());
      return Optional.of(new IcuRomanizer());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }
}
