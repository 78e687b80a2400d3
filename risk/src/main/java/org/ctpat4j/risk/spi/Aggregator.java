package org.ctpat4j.risk.spi;

import org.ctpat4j.core.Incubating;

/**
 * How scores combine: the scores of one facility's signals, and the scores that reach a facility from its suppliers.
 * The engine folds, in a fixed order, {@code merge} over a facility's own score and {@code weigh(supplierScore, share)}
 * for every link into it; a strongly connected component (a cycle of suppliers) is treated as one node whose own score
 * merges its members'. Implementations must be pure, keep scores in [0, 1], and be monotone (a higher input never gives
 * a lower output).
 */
@Incubating
public interface Aggregator {

  /**
   * Returns the aggregator's id as reports show it (for example {@code max}).
   *
   * @return the name; never null
   */
  String id();

  /**
   * Combines two independent risks.
   *
   * @param a a score in [0, 1]
   * @param b a score in [0, 1]
   * @return the combined score in [0, 1]; commutative and associative
   */
  double merge(double a, double b);

  /**
   * Returns the risk a supplier passes on through one link.
   *
   * @param supplierScore the supplier's (upstream) score in [0, 1]
   * @param share the share of the receiver's need the link covers, in (0, 1]; 1 when the dossier does not say
   * @return the passed-on score in [0, 1]
   */
  double weigh(double supplierScore, double share);

  /**
   * Returns the default: the maximum, ignoring shares (the legal view of "wholly or in part").
   *
   * @return the max aggregator; never null
   */
  static Aggregator max() {
    return Max.INSTANCE;
  }

  /**
   * Returns the share-weighted noisy-OR: {@code merge(a, b) = 1 - (1 - a)(1 - b)} and {@code weigh(s, share) =
   * s * share}. Risks that arrive by several paths add up; a small share passes on a small part of a supplier's risk.
   * Two paths from the same supplier count twice (noisy-OR assumes independent paths).
   *
   * @return the noisy-OR aggregator; never null
   */
  static Aggregator noisyOr() {
    return NoisyOr.INSTANCE;
  }

  /** The max aggregator. */
  enum Max implements Aggregator {
    /** The instance. */
    INSTANCE;

    @Override
    public String id() {
      return "max";
    }

    @Override
    public double merge(double a, double b) {
      return Math.max(a, b);
    }

    @Override
    public double weigh(double supplierScore, double share) {
      return supplierScore;
    }
  }

  /** The share-weighted noisy-OR aggregator. */
  enum NoisyOr implements Aggregator {
    /** The instance. */
    INSTANCE;

    @Override
    public String id() {
      return "noisy-or";
    }

    @Override
    public double merge(double a, double b) {
      return 1.0 - (1.0 - a) * (1.0 - b);
    }

    @Override
    public double weigh(double supplierScore, double share) {
      return supplierScore * share;
    }
  }
}
