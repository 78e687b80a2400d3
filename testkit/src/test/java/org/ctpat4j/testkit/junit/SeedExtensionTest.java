package org.ctpat4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;

/**
 * Runs small test classes through the JUnit Platform Test Kit and checks what the extension did. The nested classes
 * are not run by Surefire on their own (it excludes nested classes).
 */
class SeedExtensionTest {

  /** Seeds the nested tests received, in order. */
  static final List<TestSeed> RECEIVED = new CopyOnWriteArrayList<>();

  @BeforeEach
  void clear() {
    RECEIVED.clear();
  }

  private static EngineExecutionResults run(Class<?> type, Map<String, String> parameters) {
    return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters).selectors(selectClass(type)).execute();
  }

  private static Throwable onlyFailure(EngineExecutionResults results) {
    List<Event> failed = results.testEvents().failed().list();
    assertThat(failed).hasSize(1);
    return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }

  // ------------------------------------------------------------------ sample tests

  static class FailsWithRandomSeed {
    @Test
    void fails(@Seeded long seed) {
      RECEIVED.add(new TestSeed(seed, TestSeed.Source.RANDOM));
      assertThat(seed).isEqualTo(seed + 1);
    }
  }

  @Seeded
  static class PlainAssertionError {
    @Test
    void fails(TestSeed seed) {
      RECEIVED.add(seed);
      throw new AssertionError("plain");
    }
  }

  @Seeded
  static class ThrowsIllegalState {
    @Test
    void fails(TestSeed seed) {
      RECEIVED.add(seed);
      throw new IllegalStateException("boom");
    }
  }

  @Seeded
  static class Aborts {
    @Test
    void aborts(TestSeed seed) {
      Assumptions.assumeTrue(false, "not today");
    }
  }

  @Seeded
  static class NoSeedParameter {
    @Test
    void fails() {
      throw new AssertionError("no seed here");
    }
  }

  static class PinnedByMethod {
    @Test
    @Seed(1234L)
    void pinned(@Seeded long seed, TestSeed same) {
      RECEIVED.add(same);
      assertThat(seed).isEqualTo(same.value());
    }
  }

  @Seed(-7L)
  static class PinnedByClass {
    @Test
    void inherits(TestSeed seed) {
      RECEIVED.add(seed);
    }

    @Test
    @Seed(8L)
    void overrides(TestSeed seed) {
      RECEIVED.add(seed);
    }
  }

  static class FromProperty {
    @Test
    void replayed(@Seeded Long seed, TestSeed same) {
      RECEIVED.add(same);
    }
  }

  @Seeded
  static class Repeated {
    @RepeatedTest(5)
    void repeated(TestSeed seed) {
      RECEIVED.add(seed);
    }
  }

  // ------------------------------------------------------------------ tests

  @Test
  void failure_randomSeed_isInTheMessageAndPublished() {
    EngineExecutionResults results = run(FailsWithRandomSeed.class, Map.of());
    Throwable t = onlyFailure(results);
    long seed = RECEIVED.get(0).value();
    assertThat(t).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("[ctpat4j] seed=" + seed + " (random)")
        .hasMessageContaining("@Seed(" + seed + "L)")
        .hasMessageContaining("-Dctpat4j.seed=" + seed);
    AssertionFailedError afe = (AssertionFailedError) t;
    assertThat(afe.isExpectedDefined()).isTrue();
    // AssertJ hands opentest4j its representations; the extension passes them through unchanged
    assertThat(afe.getExpected().getStringRepresentation()).contains(Long.toString(seed + 1));
    assertThat(afe.getActual().getStringRepresentation()).contains(Long.toString(seed));
    assertThat(t.getStackTrace()).isNotEmpty();
    List<ReportEntry> entries = results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class)).toList();
    assertThat(entries).anySatisfy(e ->
        assertThat(e.getKeyValuePairs()).containsEntry(SeedExtension.REPORT_KEY, RECEIVED.get(0).replayHint()));
  }

  @Test
  void failure_replayedFromTheMessage_receivesTheSameSeed() {
    Throwable first = onlyFailure(run(FailsWithRandomSeed.class, Map.of()));
    long seed = RECEIVED.get(0).value();
    RECEIVED.clear();
    Throwable replay = onlyFailure(run(FailsWithRandomSeed.class, Map.of(SeedExtension.SEED_PROPERTY, Long.toString(seed))));
    assertThat(RECEIVED).extracting(TestSeed::value).containsExactly(seed);
    assertThat(replay.getMessage()).contains("seed=" + seed + " (system property)");
    assertThat(first.getMessage()).contains("seed=" + seed + " (random)");
  }

  @Test
  void failure_plainAssertionError_keepsTypeAndGetsTheSeed() {
    Throwable t = onlyFailure(run(PlainAssertionError.class, Map.of()));
    assertThat(t.getClass()).isEqualTo(AssertionError.class);
    assertThat(t).hasMessageStartingWith("plain\n[ctpat4j] seed=" + RECEIVED.get(0).value());
  }

  @Test
  void error_otherException_keepsTypeAndMessageWithTheSeedSuppressed() {
    Throwable t = onlyFailure(run(ThrowsIllegalState.class, Map.of()));
    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(t.getSuppressed()).hasSize(1);
    assertThat(t.getSuppressed()[0]).hasMessageContaining("seed=" + RECEIVED.get(0).value());
  }

  @Test
  void abortedTest_staysAborted() {
    EngineExecutionResults results = run(Aborts.class, Map.of());
    results.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
    Throwable t = results.testEvents().aborted().list().get(0)
        .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(t.getMessage()).doesNotContain("ctpat4j");
  }

  @Test
  void failure_testWithoutSeed_isLeftUnchanged() {
    Throwable t = onlyFailure(run(NoSeedParameter.class, Map.of()));
    assertThat(t).hasMessage("no seed here");
  }

  @Test
  void seedAnnotation_onMethod_isReplayedToEveryParameter() {
    run(PinnedByMethod.class, Map.of(SeedExtension.SEED_PROPERTY, "99")).testEvents().assertStatistics(s -> s.succeeded(1));
    assertThat(RECEIVED).containsExactly(new TestSeed(1234L, TestSeed.Source.ANNOTATION));
  }

  @Test
  void seedAnnotation_onClass_appliesUnlessTheMethodHasItsOwn() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(PinnedByClass.class, "inherits", TestSeed.class.getName())).execute();
    results.testEvents().assertStatistics(s -> s.succeeded(1));
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(PinnedByClass.class, "overrides", TestSeed.class.getName())).execute()
        .testEvents().assertStatistics(s -> s.succeeded(1));
    assertThat(RECEIVED).containsExactly(
        new TestSeed(-7L, TestSeed.Source.ANNOTATION), new TestSeed(8L, TestSeed.Source.ANNOTATION));
  }

  @Test
  void property_hexValue_isDecoded() {
    run(FromProperty.class, Map.of(SeedExtension.SEED_PROPERTY, " 0x10 ")).testEvents().assertStatistics(s -> s.succeeded(1));
    assertThat(RECEIVED).containsExactly(new TestSeed(16L, TestSeed.Source.SYSTEM_PROPERTY));
  }

  @Test
  void property_notANumber_failsNamingTheProperty() {
    Throwable t = onlyFailure(run(FromProperty.class, Map.of(SeedExtension.SEED_PROPERTY, "twelve")));
    assertThat(t).hasMessageContaining("ctpat4j.seed").hasMessageContaining("twelve");
  }

  @Test
  void repeatedTest_randomSeeds_differPerInvocation() {
    run(Repeated.class, Map.of()).testEvents().assertStatistics(s -> s.succeeded(5));
    assertThat(RECEIVED).hasSize(5).extracting(TestSeed::source).containsOnly(TestSeed.Source.RANDOM);
    assertThat(RECEIVED.stream().map(TestSeed::value).distinct().count()).isGreaterThan(1);
  }

  @Test
  void derive_isDeterministicAndSpreads() {
    TestSeed seed = new TestSeed(42L, TestSeed.Source.ANNOTATION);
    assertThat(seed.derive(0)).isEqualTo(new TestSeed(42L, TestSeed.Source.RANDOM).derive(0));
    assertThat(seed.derive(0)).isNotEqualTo(seed.derive(1));
    assertThat(seed.toString()).isEqualTo("42 (ANNOTATION)");
  }

  @Test
  void eventTypes_ofAFailingRun_includeTheReportEntry() {
    EngineExecutionResults results = run(FailsWithRandomSeed.class, Map.of());
    assertThat(results.allEvents().stream().map(Event::getType)).contains(EventType.REPORTING_ENTRY_PUBLISHED);
  }
}
