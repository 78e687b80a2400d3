package org.ctpat4j.evidence.pkg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;

/**
 * The upstream of some products: their producers (tier 1) and every facility that supplies them directly or
 * indirectly, each at its shortest distance. Walks links backwards breadth-first with a visited set, so cycles end.
 */
final class Chain {

  private final List<Product> products;
  private final Map<String, Integer> tiers;
  private final List<Facility> facilities;
  private final List<Link> links;
  private final List<UnmappedInput> unmapped;

  private Chain(
      List<Product> products,
      Map<String, Integer> tiers,
      List<Facility> facilities,
      List<Link> links,
      List<UnmappedInput> unmapped) {
    this.products = products;
    this.tiers = tiers;
    this.facilities = facilities;
    this.links = links;
    this.unmapped = unmapped;
  }

  static Chain of(Dossier dossier, List<Product> products) {
    Map<String, List<Link>> into = new HashMap<>();
    for (Link l : dossier.links()) {
      into.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
    }
    Map<String, Integer> tiers = new TreeMap<>();
    Deque<String> queue = new ArrayDeque<>();
    products.stream()
        .map(Product::producedBy)
        .sorted()
        .forEach(
            p -> {
              if (tiers.putIfAbsent(p, 1) == null) {
                queue.add(p);
              }
            });
    while (!queue.isEmpty()) {
      String at = queue.removeFirst();
      int next = tiers.get(at) + 1;
      for (Link l : into.getOrDefault(at, List.of())) {
        if (tiers.putIfAbsent(l.from(), next) == null) {
          queue.addLast(l.from());
        }
      }
    }
    List<Facility> facilities = new ArrayList<>();
    for (String id : tiers.keySet()) {
      Facility f =
          dossier
              .facility(id)
              .orElseThrow(
                  () -> new PackageException("the dossier's chain refers to facility '" + id + "', which it does not list"));
      facilities.add(f);
    }
    facilities.sort(Comparator.comparing((Facility f) -> tiers.get(f.id())).thenComparing(Facility::id));
    List<Link> links =
        dossier.links().stream()
            .filter(l -> tiers.containsKey(l.to()))
            .sorted(
                Comparator.comparing((Link l) -> tiers.get(l.to()))
                    .thenComparing(Link::to)
                    .thenComparing(Link::from)
                    .thenComparing(Link::material))
            .toList();
    List<UnmappedInput> unmapped =
        dossier.unmappedInputs().stream()
            .filter(u -> tiers.containsKey(u.facility()))
            .sorted(Comparator.comparing(UnmappedInput::facility).thenComparing(UnmappedInput::material))
            .toList();
    List<Product> sorted = products.stream().sorted(Comparator.comparing(Product::id)).toList();
    return new Chain(sorted, Map.copyOf(tiers), List.copyOf(facilities), links, unmapped);
  }

  List<Product> products() {
    return products;
  }

  /** The chain's facilities, by tier then id. */
  List<Facility> facilities() {
    return facilities;
  }

  /** The links into chain facilities, by the receiver's tier, then receiver, supplier and material. */
  List<Link> links() {
    return links;
  }

  List<UnmappedInput> unmapped() {
    return unmapped;
  }

  boolean contains(String facilityId) {
    return tiers.containsKey(facilityId);
  }

  int tier(String facilityId) {
    return tiers.get(facilityId);
  }

  int depth() {
    return tiers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  Optional<Facility> facility(String id) {
    return facilities.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** Facilities of the chain that no chain link supplies: where the mapping ends (raw material or unmapped). */
  List<Facility> origins() {
    return facilities.stream().filter(f -> links.stream().noneMatch(l -> l.to().equals(f.id()))).toList();
  }
}
