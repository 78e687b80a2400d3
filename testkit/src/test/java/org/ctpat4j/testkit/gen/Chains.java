package org.ctpat4j.testkit.gen;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;

/** Test helper: graph facts computed from the dossier alone, independently of the generator's arrays. */
final class Chains {

  private Chains() {}

  static Set<String> downstreamProducts(Dossier d, String facility) {
    Map<String, List<String>> customers = new HashMap<>();
    for (Link l : d.links()) {
      customers.computeIfAbsent(l.from(), k -> new java.util.ArrayList<>()).add(l.to());
    }
    Map<String, List<String>> productsOf = new HashMap<>();
    for (Product p : d.products()) {
      productsOf.computeIfAbsent(p.producedBy(), k -> new java.util.ArrayList<>()).add(p.id());
    }
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(facility));
    seen.add(facility);
    TreeSet<String> products = new TreeSet<>();
    while (!queue.isEmpty()) {
      String f = queue.poll();
      products.addAll(productsOf.getOrDefault(f, List.of()));
      for (String c : customers.getOrDefault(f, List.of())) {
        if (seen.add(c)) {
          queue.add(c);
        }
      }
    }
    return products;
  }
}
