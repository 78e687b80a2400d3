package org.ctpat4j.risk.internal;

import org.ctpat4j.risk.spi.Aggregator;

/**
 * Propagates facility levels and scores downstream over the condensation of a {@link FrozenGraph}: the level of a
 * component is the worst level of its members and of every component upstream of it; its score folds, in a fixed
 * order, the aggregator's {@code merge} over its members' own scores (ascending facility index) and then
 * {@code weigh(upstream score, share)} over the links into it from other components (ascending receiver, then the
 * in-link order of the snapshot). One pass, O(facilities + links).
 */
public final class Propagation {

  /** The upstream level of each component (ordinal of {@code RiskLevel}). */
  public final byte[] compLevel;
  /** The upstream score of each component. */
  public final double[] compScore;
  /** Whether some facility upstream of each component (itself included) has an unmapped input. */
  public final boolean[] compUnmapped;
  /** The condensation used. */
  public final Condensation condensation;

  private Propagation(byte[] compLevel, double[] compScore, boolean[] compUnmapped, Condensation condensation) {
    this.compLevel = compLevel;
    this.compScore = compScore;
    this.compUnmapped = compUnmapped;
    this.condensation = condensation;
  }

  /**
   * Runs the propagation.
   *
   * @param g the graph
   * @param c its condensation
   * @param ownLevel each facility's own level (ordinal)
   * @param ownScore each facility's own score
   * @param unmapped each facility's unmapped-input flag, or {@code null} for none
   * @param aggregator how scores combine
   * @return the result
   */
  public static Propagation run(
      FrozenGraph g, Condensation c, byte[] ownLevel, double[] ownScore, boolean[] unmapped, Aggregator aggregator) {
    int comps = c.count();
    byte[] level = new byte[comps];
    double[] score = new double[comps];
    boolean[] um = new boolean[comps];
    int[] comp = c.comp;
    int[] inOff = g.inOff;
    int[] inSrc = g.inSrc;
    double[] inShare = g.inShare;
    for (int k = 0; k < comps; k++) {
      int from = c.memberOff[k];
      int to = c.memberOff[k + 1];
      byte lv = 0;
      boolean u = false;
      double acc = ownScore[c.members[from]];
      for (int p = from; p < to; p++) {
        int v = c.members[p];
        if (ownLevel[v] > lv) {
          lv = ownLevel[v];
        }
        if (p > from) {
          acc = aggregator.merge(acc, ownScore[v]);
        }
        u |= unmapped != null && unmapped[v];
      }
      for (int p = from; p < to; p++) {
        int v = c.members[p];
        for (int e = inOff[v]; e < inOff[v + 1]; e++) {
          int cu = comp[inSrc[e]];
          if (cu == k) {
            continue;
          }
          if (level[cu] > lv) {
            lv = level[cu];
          }
          acc = aggregator.merge(acc, aggregator.weigh(score[cu], inShare[e]));
          u |= um[cu];
        }
      }
      level[k] = lv;
      score[k] = acc;
      um[k] = u;
    }
    return new Propagation(level, score, um, c);
  }

  /**
   * Returns the upstream level of a facility.
   *
   * @param v the facility index
   * @return the level ordinal
   */
  public byte levelOf(int v) {
    return compLevel[condensation.comp[v]];
  }

  /**
   * Returns the upstream score of a facility.
   *
   * @param v the facility index
   * @return the score
   */
  public double scoreOf(int v) {
    return compScore[condensation.comp[v]];
  }

  /**
   * Returns whether a facility's upstream has an unmapped input.
   *
   * @param v the facility index
   * @return {@code true} when some input upstream is unmapped
   */
  public boolean unmappedOf(int v) {
    return compUnmapped[condensation.comp[v]];
  }
}
