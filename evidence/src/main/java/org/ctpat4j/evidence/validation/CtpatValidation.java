package org.ctpat4j.evidence.validation;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.ctpat4j.core.Incubating;

/**
 * Where {@link CtpatCompliant} finds its {@link ComplianceCheckerProvider}: the registered one, else the single one
 * declared as a {@link ServiceLoader} service (several declared providers are an error, never a silent choice).
 * Thread-safe.
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
   * @return the registered provider, else the only service provider
   * @throws IllegalStateException if none is registered and there is not exactly one service provider
   */
  public static ComplianceCheckerProvider provider() {
    ComplianceCheckerProvider p = REGISTERED.get();
    if (p != null) {
      return p;
    }
    List<ComplianceCheckerProvider> found =
        ServiceLoader.load(ComplianceCheckerProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "@CtpatCompliant needs a ComplianceCheckerProvider: call CtpatValidation.register(...) or declare"
              + " the service");
    }
    if (found.size() > 1) {
      throw new IllegalStateException(
          "@CtpatCompliant found " + found.size() + " ComplianceCheckerProvider services ("
              + found.stream().map(f -> f.getClass().getName()).sorted().collect(Collectors.joining(", "))
              + "): declare one, or choose with CtpatValidation.register(...)");
    }
    return found.get(0);
  }
}
