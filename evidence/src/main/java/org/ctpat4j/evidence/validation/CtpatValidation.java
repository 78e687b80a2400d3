package org.ctpat4j.evidence.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.evidence.internal.validation.CtpatCompliantValidator;

/**
 * Where {@link CtpatCompliant} finds its {@link ComplianceCheckerProvider}, first match wins:
 *
 * <ol>
 *   <li>the provider of the {@code ValidatorFactory}, when it was built with
 *       {@link #constraintValidatorFactory(ComplianceCheckerProvider, ConstraintValidatorFactory)} (one checker per
 *       factory, no global state: the recommended way);
 *   <li>the provider registered with the deprecated {@link #register(ComplianceCheckerProvider)};
 *   <li>the single {@link ComplianceCheckerProvider} declared as a {@link ServiceLoader} service
 *       ({@code provides ... with ...} in a module, or {@code META-INF/services} on the class path); several declared
 *       providers are an error, never a silent choice.
 * </ol>
 *
 * <p>When none is found, validating a {@code @CtpatCompliant} value throws a
 * {@link jakarta.validation.ConstraintDeclarationException} that says so and how to provide one (Bean Validation
 * providers pass that exception through as it is). Thread-safe.
 */
@Incubating
public final class CtpatValidation {

  private static final AtomicReference<ComplianceCheckerProvider> REGISTERED = new AtomicReference<>();

  private CtpatValidation() {}

  /**
   * Returns a constraint validator factory that gives every {@link CtpatCompliant} constraint of the validator
   * factory built with it this provider, and asks {@code delegate} for every other constraint validator:
   *
   * <pre>{@code
   * Configuration<?> configuration = Validation.byDefaultProvider().configure();
   * ValidatorFactory factory = configuration
   *     .constraintValidatorFactory(CtpatValidation.constraintValidatorFactory(
   *         () -> checker, configuration.getDefaultConstraintValidatorFactory()))
   *     .buildValidatorFactory();
   * }</pre>
   *
   * @param provider the provider of the checker; never null
   * @param delegate the factory of every other constraint validator, usually
   *     {@code configuration.getDefaultConstraintValidatorFactory()}; never null
   * @return the factory; never null
   */
  public static ConstraintValidatorFactory constraintValidatorFactory(
      ComplianceCheckerProvider provider, ConstraintValidatorFactory delegate) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(delegate, "delegate");
    return new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        return key == CtpatCompliantValidator.class
            ? key.cast(new CtpatCompliantValidator(provider))
            : delegate.getInstance(key);
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof CtpatCompliantValidator)) {
          delegate.releaseInstance(instance);
        }
      }
    };
  }

  /**
   * Registers the provider used by every {@link CtpatCompliant} constraint of this class loader's ctpat4j that has
   * none of its validator factory.
   *
   * @param provider the provider; never null
   * @deprecated process-wide mutable state: two applications (or two tests) in one JVM overwrite each other's
   *     checker. Declare a {@link ComplianceCheckerProvider} service, or build the {@code ValidatorFactory} with
   *     {@link #constraintValidatorFactory(ComplianceCheckerProvider, ConstraintValidatorFactory)}. Still honoured.
   */
  @Deprecated(since = "0.1.0")
  public static void register(ComplianceCheckerProvider provider) {
    REGISTERED.set(Objects.requireNonNull(provider, "provider"));
  }

  /**
   * Removes the registered provider (the {@link ServiceLoader} is consulted again).
   *
   * @deprecated goes with {@link #register(ComplianceCheckerProvider)}.
   */
  @Deprecated(since = "0.1.0")
  public static void unregister() {
    REGISTERED.set(null);
  }

  /**
   * Returns the provider that a {@link CtpatCompliant} constraint without a provider of its validator factory uses.
   *
   * @return the registered provider, else the only service provider
   * @throws IllegalStateException if none is registered and there is not exactly one service provider; the message
   *     says how to provide one
   */
  public static ComplianceCheckerProvider provider() {
    return registered().orElseGet(CtpatValidation::service);
  }

  /**
   * Returns the provider registered with {@link #register(ComplianceCheckerProvider)}, if any.
   *
   * @return the registered provider, or empty
   */
  static Optional<ComplianceCheckerProvider> registered() {
    return Optional.ofNullable(REGISTERED.get());
  }

  /**
   * Returns the single {@link ComplianceCheckerProvider} service.
   *
   * @return the provider
   * @throws IllegalStateException if there is not exactly one
   */
  static ComplianceCheckerProvider service() {
    List<ComplianceCheckerProvider> found =
        ServiceLoader.load(ComplianceCheckerProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "@CtpatCompliant has no ComplianceCheckerProvider to check with: declare one as a service"
              + " (module-info: provides org.ctpat4j.evidence.validation.ComplianceCheckerProvider with YourProvider;"
              + " class path: META-INF/services/org.ctpat4j.evidence.validation.ComplianceCheckerProvider), or build"
              + " the ValidatorFactory with CtpatValidation.constraintValidatorFactory(provider,"
              + " configuration.getDefaultConstraintValidatorFactory())");
    }
    if (found.size() > 1) {
      throw new IllegalStateException(
          "@CtpatCompliant found " + found.size() + " ComplianceCheckerProvider services ("
              + found.stream().map(f -> f.getClass().getName()).sorted().collect(Collectors.joining(", "))
              + "): declare one, or choose with CtpatValidation.constraintValidatorFactory(provider, ...)");
    }
    return found.get(0);
  }
}
