package org.ctpat4j.testkit.junit;

import java.util.Locale;
import java.util.Objects;

/**
 * The seed a test received and where it came from.
 *
 * @param value the seed
 * @param source where it came from; never null
 */
public record TestSeed(long value, Source source) {

  /** Where a seed came from. */
  public enum Source {
    /** Drawn at random for this run. */
    RANDOM,
    /** Replayed from a {@link Seed} annotation. */
    ANNOTATION,
    /** Replayed from the {@value SeedExtension#SEED_PROPERTY} system property. */
    SYSTEM_PROPERTY
  }

  /**
   * Checks the arguments.
   *
   * @param value see the record component
   * @param source see the record component
   */
  public TestSeed {
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns a seed derived from this one for the {@code index}-th independent case of a test, so that one test seed
   * drives several independent generators.
   *
   * @param index the case index
   * @return a derived seed (the SplitMix64 finalizer of {@code value + index * golden gamma})
   */
  public long derive(long index) {
    return org.ctpat4j.testkit.internal.SplitMix64.mix(value + index * 0x9E3779B97F4A7C15L);
  }

  /**
   * Returns how to replay this seed, as printed in failure messages.
   *
   * @return for example {@code seed=1234 (RANDOM); replay with @Seed(1234L) or -Dctpat4j.seed=1234}
   */
  public String replayHint() {
    return "seed="
        + value
        + " ("
        + source.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + "); replay with @Seed("
        + value
        + "L) or -D"
        + SeedExtension.SEED_PROPERTY
        + "="
        + value;
  }

  /**
   * Returns the seed and its source.
   *
   * @return for example {@code 1234 (RANDOM)}
   */
  @Override
  public String toString() {
    return value + " (" + source + ")";
  }
}
