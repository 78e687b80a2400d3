package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.junit.jupiter.api.Test;

/**
 * {@link SupplierGraph#cycles()} on seeded random graphs with cycles, self-supplying facilities, parallel links and
 * isolated facilities, against an oracle built from {@link SupplierGraph#downstreamOf}: a facility lies on a cycle when
 * it is downstream of itself, and its cycle is every facility it reaches that reaches it back.
 */
class SupplierGraphProperties {

  private static final int CASES = 300;

  @Test
  void cycles_randomGraphs_areTheComponentsOfMutualReachability() {
    long base = 0x5EED_2026L;
    for (int c = 0; c < CASES; c++) {
      long seed = base + c;
      SupplierGraph g = SupplierGraph.of(random(seed));
      assertThat(g.cycles()).as("seed %d", seed).isEqualTo(expectedCycles(g));
    }
  }

  private static List<List<String>> expectedCycles(SupplierGraph g) {
    Set<String> done = new TreeSet<>();
    List<List<String>> out = new ArrayList<>();
    for (String f : g.facilities()) {
      List<String> down = g.downstreamOf(f);
      if (done.contains(f) || !down.contains(f)) {
        continue;
      }
      List<String> cycle = new ArrayList<>();
      for (String other : down) {
        if (g.downstreamOf(other).contains(f)) {
          cycle.add(other);
        }
      }
      done.addAll(cycle);
      out.add(List.copyOf(cycle));
    }
    return out;
  }

  private static Dossier random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(25);
    List<Facility> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fs.add(new Facility("f" + (char) ('a' + r.nextInt(26)) + i, "Facility " + i, "US", null));
    }
    List<Link> links = new ArrayList<>();
    int m = r.nextInt(2 * n + 1);
    for (int k = 0; k < m; k++) {
      String from = fs.get(r.nextInt(n)).id();
      String to = r.nextInt(8) == 0 ? from : fs.get(r.nextInt(n)).id();
      links.add(new Link(from, to, "m"));
    }
    return Graphs.dossier(fs, List.of(), links, List.of(), List.of());
  }
}
