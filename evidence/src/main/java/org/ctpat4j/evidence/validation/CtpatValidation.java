package org.ctpat4j.evidence.validation;

import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.ctpat4j.core.Incubating;

/**
 * Where {@link CtpatCompliant} finds its {@link ComplianceCheckerProvider}: the registered one, else the first one
 * found by {@link ServiceLoader}. Thread-safe.
 *
 * <p>{@link org.ctpat4j.core.Incubating}: a process-wide registration is the simplest way to reach a constraint
 * validator that Bean Validation instantiates; a per-{@code ValidatorFactory} binding may replace it.
 */
@Incubating
public final class CtpatValidation {

  private static final AtomicReference<ComplianceCheckerProvider> REGISTERED = new AtomicReference<>();

  private CtpatValidation() {}

  /**
   * Registers the provider used by every {@link CtpatCompliant} constraint of this class loader's ctpat4j.
   *
   * @param provider the provider; never null
   */
  public static void register(ComplianceCheckerProvider provider) {
    REGISTERED.set(Objects.requireNonNull(provider, "provider"));
  }

  /** Removes the registered provider (the {@link ServiceLoader} is consulted again). */
  public static void unregister() {
    REGISTERED.set(null);
  }

  /**
   * Returns the provider in use.
   *
   * @return the registered provider, else the first service provider
   * @throws IllegalStateException if there is none
   */
  public static ComplianceCheckerProvider provider() {
    ComplianceCheckerProvider p = REGISTERED.get();
    if (p != null) {
      return p;
    }
    return ServiceLoader.load(ComplianceCheckerProvider.class)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(
                "@CtpatCompliant needs a ComplianceCheckerProvider: call CtpatValidation.register(...) or declare"
                    + " the service"));
  }
}
