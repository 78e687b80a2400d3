package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * Finds, for every product, the facilities upstream whose signals affect admissibility, with the shortest path by
 * which each reaches the product. One downstream breadth-first search per such facility (they are few: a facility in
 * the XUAR, a listed entity, a WRO, a doubt), so the cost is that number times the size of the chain, never the
 * number of products times it. Paths are shortest paths (between equally short ones, the first found).
 */
public final class AdmissibilityReasons {

  private final FrozenGraph g;
  private final int maxReasons;
  private final Map<Integer, List<Candidate>> byProducer = new HashMap<>();

  /**
   * The admissibility of one product and the reasons for it.
   *
   * @param admissibility the worst answer over all reasons; {@code CLEAR} when there is none
   * @param listed the reasons, worst first, at most the bound
   * @param omitted the number of reasons left out by the bound
   */
  public record Reasons(Admissibility admissibility, List<AdmissibilityReason> listed, int omitted) {}

  private record Candidate(int vertex, int dist, RiskSignal signal, List<String> path) {}

  /**
   * Finds the reasons of every producer.
   *
   * @param g the graph
   * @param signals each facility's signals
   * @param producers the producers' facility indexes
   * @param maxReasons the bound on reasons listed per product, at least 1
   */
  public AdmissibilityReasons(FrozenGraph g, List<List<RiskSignal>> signals, int[] producers, int maxReasons) {
    this.g = g;
    this.maxReasons = maxReasons;
    int n = g.size();
    boolean[] isProducer = new boolean[n];
    for (int p : producers) {
      isProducer[p] = true;
    }
    int[] dist = new int[n];
    int[] parent = new int[n];
    int[] stamp = new int[n];
    int[] queue = new int[n];
    int round = 0;
    for (int u = 0; u < n; u++) {
      List<RiskSignal> effective = new ArrayList<>(2);
      Set<AdmissibilityKind> kinds = EnumSet.noneOf(AdmissibilityKind.class);
      for (RiskSignal sig : signals.get(u)) {
        if (sig.effect() != AdmissibilityEffect.NONE && kinds.add(sig.effect().kind())) {
          effective.add(sig);
        }
      }
      if (effective.isEmpty()) {
        continue;
      }
      int tail = g.searchDownstream(u, ++round, stamp, dist, parent, queue);
      for (int k = 0; k < tail; k++) {
        int p = queue[k];
        if (!isProducer[p]) {
          continue;
        }
        List<String> path = new ArrayList<>(dist[p] + 1);
        for (int v = p; v != -1; v = parent[v]) {
          path.add(g.id(v));
        }
        Collections.reverse(path);
        List<String> fixed = List.copyOf(path);
        for (RiskSignal sig : effective) {
          byProducer.computeIfAbsent(p, x -> new ArrayList<>()).add(new Candidate(u, dist[p], sig, fixed));
        }
      }
    }
  }

  /**
   * Returns the reasons of a producer: every facility upstream whose signals affect admissibility (the producer
   * included), one reason per facility and kind, worst first, then nearest, then lowest facility index.
   *
   * @param producer the producer's facility index
   * @return the reasons; never null
   */
  public Reasons reasonsTo(int producer) {
    List<Candidate> found = new ArrayList<>(byProducer.getOrDefault(producer, List.of()));
    if (found.isEmpty()) {
      return new Reasons(Admissibility.CLEAR, List.of(), 0);
    }
    found.sort(Comparator.comparing((Candidate c) -> c.signal().admissibility())
        .thenComparingInt(Candidate::dist)
        .thenComparingInt(Candidate::vertex)
        .thenComparing(c -> c.signal().effect().kind()));
    List<AdmissibilityReason> listed = new ArrayList<>(Math.min(found.size(), maxReasons));
    for (int k = 0; k < found.size() && k < maxReasons; k++) {
      Candidate c = found.get(k);
      RiskSignal sig = c.signal();
      listed.add(new AdmissibilityReason(sig.admissibility(), sig.effect().kind(), g.id(c.vertex()), c.path(),
          sig.rule(), sig.reason(), sig.source(), sig.effect().resolve()));
    }
    return new Reasons(found.get(0).signal().admissibility(), listed, found.size() - listed.size());
  }
}
