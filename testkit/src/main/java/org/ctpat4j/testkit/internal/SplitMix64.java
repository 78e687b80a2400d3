package org.ctpat4j.testkit.internal;

/**
 * The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014; constants as in Vigna's public-domain reference {@code splitmix64.c}). Written out here, rather than
 * borrowed from {@link java.util.SplittableRandom}, so that the sequence, and the way bounded integers and doubles are
 * drawn from it, can never change with the JDK: the same seed gives the same values on every machine and version.
 *
 * <p>Not thread-safe; one instance per generation run.
 */
public final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  /**
   * Creates a generator.
   *
   * @param seed any value
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * Mixes a value with the SplitMix64 finalizer (a bijection of {@code long}).
   *
   * @param z the value
   * @return the mixed value
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns the next 64 random bits.
   *
   * @return a value
   */
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * Returns a uniform integer in {@code [0, bound)}, by rejection so that no value is favoured.
   *
   * @param bound the exclusive upper bound; positive
   * @return a value in {@code [0, bound)}
   * @throws IllegalArgumentException if {@code bound <= 0}
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    // 31 random bits, rejecting the top partial block so that every residue is equally likely.
    long threshold = (1L << 31) - ((1L << 31) % bound);
    long r;
    do {
      r = nextLong() >>> 33;
    } while (r >= threshold);
    return (int) (r % bound);
  }

  /**
   * Returns a uniform integer in {@code [min, max]}.
   *
   * @param min the inclusive lower bound
   * @param max the inclusive upper bound; {@code >= min}
   * @return a value in {@code [min, max]}
   */
  public int nextInt(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /**
   * Returns a uniform double in {@code [0, 1)} with 53 random bits.
   *
   * @return a value in {@code [0, 1)}
   */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * Returns {@code true} with the given probability.
   *
   * @param p the probability in [0, 1]
   * @return whether the event happened
   */
  public boolean chance(double p) {
    return nextDouble() < p;
  }
}
