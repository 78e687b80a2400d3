package org.ctpat4j.testkit.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Supplies seeds to tests, reports the seed of a failing test and replays seeds. Register it with {@link Seeded}.
 *
 * <p><b>Which seed.</b> For each test invocation, in this order:
 *
 * <ol>
 *   <li>the {@link Seed} annotation on the test method, then on its class (and enclosing classes of {@code @Nested}
 *       tests);
 *   <li>the configuration parameter {@value #SEED_PROPERTY}, which JUnit reads from system properties
 *       ({@code mvn test -Dctpat4j.seed=1234 -Dtest=MyTest#myCase}) and from {@code junit-platform.properties}; the
 *       value is read with {@link Long#decode(String)}, so {@code 0x...} works;
 *   <li>otherwise a random seed from {@link ThreadLocalRandom}, different on every run.
 * </ol>
 *
 * <p>Every parameter of one invocation receives the same seed; each invocation of a {@code @RepeatedTest} or
 * {@code @ParameterizedTest} draws its own unless the seed is replayed.
 *
 * <p><b>Failures.</b> When a test that received a seed fails, the extension publishes a report entry
 * {@value #REPORT_KEY} and rethrows the failure with the seed and how to replay it appended to its message. Assertion
 * errors keep their type (an opentest4j {@code AssertionFailedError} keeps its expected and actual values) and stack
 * trace; other exceptions are rethrown unchanged with the seed attached as a suppressed exception, so that their type
 * still reads as an error rather than a failure. Aborted tests (failed assumptions) are rethrown untouched.
 *
 * <p>Stateless and thread-safe: seeds live in the test's {@link ExtensionContext.Store}.
 */
public final class SeedExtension implements ParameterResolver, TestExecutionExceptionHandler {

  /** The configuration parameter (or system property) that replays a seed: {@value}. */
  public static final String SEED_PROPERTY = "ctpat4j.seed";

  /** The key of the report entry published for a failing test: {@value}. */
  public static final String REPORT_KEY = "ctpat4j.seed";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeedExtension.class);
  private static final String STORE_KEY = "seed";

  /** Creates the extension; JUnit does this when it meets {@link Seeded}. */
  public SeedExtension() {}

  /**
   * Returns whether the parameter is a {@link TestSeed}, or a {@code long}/{@code Long} annotated {@link Seeded}.
   *
   * @param parameterContext the parameter; never null
   * @param extensionContext the test; never null
   * @return whether this extension resolves it
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == TestSeed.class
        || ((type == long.class || type == Long.class) && parameterContext.isAnnotated(Seeded.class));
  }

  /**
   * Returns this invocation's seed.
   *
   * @param parameterContext the parameter; never null
   * @param extensionContext the test; never null
   * @return a {@link TestSeed} or a {@code Long}
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    TestSeed seed = seedOf(extensionContext);
    return parameterContext.getParameter().getType() == TestSeed.class ? seed : Long.valueOf(seed.value());
  }

  /**
   * Publishes the seed of a failing test and rethrows the failure with the seed in its message.
   *
   * @param context the test; never null
   * @param throwable the failure; never null
   * @throws Throwable always: the failure, with the seed
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    TestSeed seed = context.getStore(NAMESPACE).get(STORE_KEY, TestSeed.class);
    if (seed == null || throwable instanceof TestAbortedException) {
      throw throwable;
    }
    String hint = "[ctpat4j] " + seed.replayHint();
    context.publishReportEntry(REPORT_KEY, seed.replayHint());
    String message = throwable.getMessage() == null ? hint : throwable.getMessage() + "\n" + hint;
    Throwable rethrown;
    if (throwable instanceof AssertionFailedError afe) {
      rethrown =
          afe.isExpectedDefined() && afe.isActualDefined()
              ? new AssertionFailedError(message, afe.getExpected().getValue(), afe.getActual().getValue(), afe.getCause())
              : new AssertionFailedError(message, afe.getCause());
    } else if (throwable.getClass() == AssertionError.class) {
      rethrown = new AssertionError(message, throwable.getCause());
    } else {
      throwable.addSuppressed(new SeedReport(hint));
      throw throwable;
    }
    rethrown.setStackTrace(throwable.getStackTrace());
    for (Throwable s : throwable.getSuppressed()) {
      rethrown.addSuppressed(s);
    }
    throw rethrown;
  }

  /**
   * Returns the seed of a test invocation, choosing it on first use.
   *
   * @param context the test invocation; never null
   * @return the seed; never null
   */
  static TestSeed seedOf(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(STORE_KEY, k -> choose(context), TestSeed.class);
  }

  private static TestSeed choose(ExtensionContext context) {
    Optional<Seed> pinned = context.getTestMethod().flatMap(m -> find(m));
    for (Class<?> c = context.getTestClass().orElse(null); pinned.isEmpty() && c != null; c = c.getEnclosingClass()) {
      pinned = find(c);
    }
    if (pinned.isPresent()) {
      return new TestSeed(pinned.get().value(), TestSeed.Source.ANNOTATION);
    }
    Optional<String> property = context.getConfigurationParameter(SEED_PROPERTY).map(String::strip);
    if (property.isPresent()) {
      try {
        return new TestSeed(Long.decode(property.get()), TestSeed.Source.SYSTEM_PROPERTY);
      } catch (NumberFormatException e) {
        throw new ExtensionConfigurationException(
            SEED_PROPERTY + " must be a long (decimal or 0x hex), was: '" + property.get() + "'", e);
      }
    }
    return new TestSeed(ThreadLocalRandom.current().nextLong(), TestSeed.Source.RANDOM);
  }

  private static Optional<Seed> find(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, Seed.class);
  }

  /** Carries the seed of a failing test on an exception that is not an assertion error. */
  static final class SeedReport extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SeedReport(String message) {
      super(message, null, false, false);
    }
  }
}
