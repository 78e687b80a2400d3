package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChainTest {

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  /** Random graphs with cycles: the chain is exactly the set of facilities that reach the producer, at BFS depth. */
  @ParameterizedTest
  @MethodSource("seeds")
  void of_randomGraph_tiersAreShortestDistancesToProducer(int seed) {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(12);
    List<Facility> fs = IntStream.range(0, n).mapToObj(i -> new Facility("f" + i, "F" + i, "CN", null)).toList();
    List<Link> links = IntStream.range(0, rnd.nextInt(3 * n))
        .mapToObj(i -> new Link("f" + rnd.nextInt(n), "f" + rnd.nextInt(n), "m")).toList();
    Product p = new Product("p", "P", null, "f0");
    Dossier d = new Dossier(Dossier.FORMAT, LocalDate.EPOCH, new Partner("X", "US", BusinessEntityType.US_IMPORTER,
        List.of()), fs, List.of(new Material("m", "M", null)), links, List.of(), List.of(p), Evidence.NONE);
    Chain chain = Chain.of(d, List.of(p));

    // reference: Bellman-Ford style relaxation of distances to f0 along reversed links
    int[] dist = new int[n];
    java.util.Arrays.fill(dist, Integer.MAX_VALUE);
    dist[0] = 1;
    for (int round = 0; round < n; round++) {
      for (Link l : links) {
        int to = Integer.parseInt(l.to().substring(1));
        int from = Integer.parseInt(l.from().substring(1));
        if (dist[to] != Integer.MAX_VALUE && dist[to] + 1 < dist[from]) {
          dist[from] = dist[to] + 1;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      String id = "f" + i;
      assertThat(chain.contains(id)).as("seed %d facility %s", seed, id).isEqualTo(dist[i] != Integer.MAX_VALUE);
      if (dist[i] != Integer.MAX_VALUE) {
        assertThat(chain.tier(id)).as("seed %d facility %s", seed, id).isEqualTo(dist[i]);
      }
    }
    assertThat(chain.links()).as("seed %d", seed).allMatch(l -> chain.contains(l.from()) && chain.contains(l.to()));
  }
}
