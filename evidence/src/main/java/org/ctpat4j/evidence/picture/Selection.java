package org.ctpat4j.evidence.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Graph;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Kind;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Node;
import org.ctpat4j.risk.signal.RiskLevel;

/** Chooses the nodes drawn when a chain is larger than the cap: the risky part first, then its context. */
final class Selection {

  private Selection() {}

  static List<Integer> select(List<Node> nodes, Graph g, int max) {
    int n = nodes.size();
    if (n <= max) {
      List<Integer> all = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        all.add(i);
      }
      return all;
    }
    Set<Integer> keep = new LinkedHashSet<>();
    // 1. risky products, worst first, and the facilities on explaining paths
    List<Integer> risky = new ArrayList<>();
    List<Integer> onPath = new ArrayList<>();
    List<Integer> raised = new ArrayList<>();
    List<Integer> products = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Node x = nodes.get(i);
      if (x.kind() == Kind.PRODUCT) {
        (x.level() != RiskLevel.LOW ? risky : products).add(i);
      } else if (x.onPath()) {
        onPath.add(i);
      } else if (x.level() != RiskLevel.LOW) {
        raised.add(i);
      }
    }
    Comparator<Integer> worstFirst =
        Comparator.<Integer, RiskLevel>comparing(i -> nodes.get(i).level()).reversed()
            .thenComparing(i -> nodes.get(i).marker().ordinal(), Comparator.reverseOrder());
    risky.sort(worstFirst);
    onPath.sort(worstFirst);
    raised.sort(worstFirst);
    for (List<Integer> group : List.of(risky, onPath, raised, products)) {
      for (int i : group) {
        if (keep.size() >= max) {
          return List.copyOf(keep);
        }
        keep.add(i);
      }
    }
    // 2. context: direct suppliers and customers of what is drawn, breadth first
    List<Integer> frontier = new ArrayList<>(keep);
    while (keep.size() < max && !frontier.isEmpty()) {
      List<Integer> next = new ArrayList<>();
      for (int v : frontier) {
        for (int k = g.inStart[v]; k < g.inStart[v + 1]; k++) {
          if (keep.size() >= max) {
            return List.copyOf(keep);
          }
          if (keep.add(g.inAdj[k])) {
            next.add(g.inAdj[k]);
          }
        }
        for (int k = g.outStart[v]; k < g.outStart[v + 1]; k++) {
          if (keep.size() >= max) {
            return List.copyOf(keep);
          }
          if (keep.add(g.outAdj[k])) {
            next.add(g.outAdj[k]);
          }
        }
      }
      frontier = next;
    }
    return List.copyOf(keep);
  }
}
