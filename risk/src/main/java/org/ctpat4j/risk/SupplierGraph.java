package org.ctpat4j.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.internal.Condensation;
import org.ctpat4j.risk.internal.FrozenGraph;
import org.ctpat4j.risk.internal.SortedIdMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.EdgeReversedGraph;

/**
 * The supply chain of a dossier as a directed graph: facilities are vertices, links are edges from supplier to
 * receiver carrying a material and a share. Cycles are legal and never make a query loop. Immutable and thread-safe.
 *
 * <p>Two layers: a frozen int-indexed snapshot (compressed sparse rows) built eagerly serves tiers, cycles and the
 * propagation of risk; a JGraphT model ({@code DirectedPseudograph}, kept behind this type) is built on first use for
 * the modelling queries ({@link #linksInto}, {@link #linksFrom}, {@link #upstreamOf}, {@link #downstreamOf}).
 */
public final class SupplierGraph {

  private final Dossier dossier;
  private final FrozenGraph frozen;
  private final List<String> facilityIds;
  private volatile Graph<String, LinkEdge> model;

  private SupplierGraph(Dossier dossier, FrozenGraph frozen) {
    this.dossier = dossier;
    this.frozen = frozen;
    List<String> ids = new ArrayList<>(frozen.size());
    for (int i = 0; i < frozen.size(); i++) {
      ids.add(frozen.id(i));
    }
    this.facilityIds = List.copyOf(ids);
  }

  /**
   * Builds the graph of a dossier.
   *
   * @param dossier the dossier; never null
   * @return the graph; never null
   * @throws SupplyChainException on a duplicate facility id, or a link or product that names an unknown facility
   */
  public static SupplierGraph of(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    List<Facility> fs = dossier.facilities();
    String[] ids = new String[fs.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = fs.get(i).id();
    }
    List<Link> links = dossier.links();
    String[] from = new String[links.size()];
    String[] to = new String[links.size()];
    double[] share = new double[links.size()];
    for (int e = 0; e < from.length; e++) {
      Link l = links.get(e);
      from[e] = l.from();
      to[e] = l.to();
      share[e] = l.share() == null ? Double.NaN : l.share();
    }
    FrozenGraph frozen = FrozenGraph.build(ids, from, to, share);
    for (int p = 0; p < dossier.products().size(); p++) {
      Product product = dossier.products().get(p);
      if (frozen.indexOf(product.producedBy()) < 0) {
        throw new SupplyChainException(
            "products[" + p + "].producedBy: unknown facility '" + product.producedBy() + "'");
      }
    }
    return new SupplierGraph(dossier, frozen);
  }

  FrozenGraph frozen() {
    return frozen;
  }

  Dossier dossier() {
    return dossier;
  }

  /**
   * Returns the facility ids, sorted.
   *
   * @return the ids; never null
   */
  public List<String> facilities() {
    return facilityIds;
  }

  /**
   * Returns the number of links.
   *
   * @return the count
   */
  public int linkCount() {
    return frozen.linkCount();
  }

  /**
   * Returns the links into a facility (what it receives), sorted by supplier then material.
   *
   * @param facility the facility id; never null
   * @return the links; never null
   * @throws IllegalArgumentException when the facility is unknown
   */
  public List<Link> linksInto(String facility) {
    requireKnown(facility);
    return model().incomingEdgesOf(facility).stream().map(LinkEdge::link).sorted(LINK_ORDER).toList();
  }

  /**
   * Returns the links out of a facility (what it supplies), sorted by receiver then material.
   *
   * @param facility the facility id; never null
   * @return the links; never null
   * @throws IllegalArgumentException when the facility is unknown
   */
  public List<Link> linksFrom(String facility) {
    requireKnown(facility);
    return model().outgoingEdgesOf(facility).stream().map(LinkEdge::link).sorted(LINK_ORDER).toList();
  }

  /**
   * Returns every facility upstream of one (its suppliers, their suppliers, and so on), sorted; the facility itself is
   * included only when it lies on a cycle.
   *
   * @param facility the facility id; never null
   * @return the upstream ids; never null
   * @throws IllegalArgumentException when the facility is unknown
   */
  public List<String> upstreamOf(String facility) {
    requireKnown(facility);
    return reach(new EdgeReversedGraph<>(model()), facility);
  }

  /**
   * Returns every facility downstream of one (its customers, theirs, and so on), sorted; the facility itself is
   * included only when it lies on a cycle.
   *
   * @param facility the facility id; never null
   * @return the downstream ids; never null
   * @throws IllegalArgumentException when the facility is unknown
   */
  public List<String> downstreamOf(String facility) {
    requireKnown(facility);
    return reach(model(), facility);
  }

  /**
   * Returns the products a facility's goods reach (the products of itself and of every facility downstream).
   *
   * @param facility the facility id; never null
   * @return the product ids, sorted; never null
   */
  public List<String> productsReachedBy(String facility) {
    Set<String> reached = new TreeSet<>(downstreamOf(facility));
    reached.add(facility);
    return dossier.products().stream()
        .filter(p -> reached.contains(p.producedBy()))
        .map(Product::id)
        .sorted()
        .toList();
  }

  /**
   * Returns the cycles of the graph as its strongly connected components with more than one facility, or with one
   * facility that supplies itself; each sorted, and the list sorted by first id. The components are those of the
   * engine's condensation (an iterative Tarjan search on the frozen snapshot).
   *
   * @return the components; never null
   */
  public List<List<String>> cycles() {
    Condensation condensation = Condensation.of(frozen);
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < condensation.count(); c++) {
      int size = condensation.size(c);
      if (size == 1 && !suppliesItself(condensation.member(c, 0))) {
        continue;
      }
      List<String> ids = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        ids.add(frozen.id(condensation.member(c, k)));
      }
      out.add(List.copyOf(ids));
    }
    out.sort(Comparator.comparing(l -> l.get(0)));
    return List.copyOf(out);
  }

  private boolean suppliesItself(int v) {
    for (int e = frozen.outOff[v]; e < frozen.outOff[v + 1]; e++) {
      if (frozen.outDst[e] == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the tier of every facility that reaches a product: 1 for a product's producer, 2 for its suppliers, and so
   * on, the shortest over all products.
   *
   * @return facility id to tier, sorted by id, unmodifiable; never null
   */
  public Map<String, Integer> tiers() {
    int[] dist = tierArray();
    int count = 0;
    for (int d : dist) {
      count += d > 0 ? 1 : 0;
    }
    String[] ids = new String[count];
    int[] tiers = new int[count];
    int k = 0;
    for (int v = 0; v < dist.length; v++) { // the graph's ids are sorted
      if (dist[v] > 0) {
        ids[k] = frozen.id(v);
        tiers[k++] = dist[v];
      }
    }
    return SortedIdMap.ofSorted(ids, tiers);
  }

  int[] tierArray() {
    int n = frozen.size();
    int[] dist = new int[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    List<String> producers = dossier.products().stream().map(Product::producedBy).sorted().toList();
    for (String p : producers) {
      int v = frozen.indexOf(p);
      if (dist[v] == 0) {
        dist[v] = 1;
        queue[tail++] = v;
      }
    }
    int[] inOff = frozen.inOff;
    int[] inSrc = frozen.inSrc;
    while (head < tail) {
      int v = queue[head++];
      for (int e = inOff[v]; e < inOff[v + 1]; e++) {
        int u = inSrc[e];
        if (dist[u] == 0) {
          dist[u] = dist[v] + 1;
          queue[tail++] = u;
        }
      }
    }
    return dist;
  }

  private void requireKnown(String facility) {
    Objects.requireNonNull(facility, "facility");
    if (frozen.indexOf(facility) < 0) {
      throw new IllegalArgumentException("unknown facility '" + facility + "'");
    }
  }

  private static List<String> reach(Graph<String, LinkEdge> g, String start) {
    Set<String> out = new TreeSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(start);
    Set<String> seen = new java.util.HashSet<>();
    seen.add(start);
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (LinkEdge e : g.outgoingEdgesOf(v)) {
        String w = g.getEdgeTarget(e);
        out.add(w);
        if (seen.add(w)) {
          queue.add(w);
        }
      }
    }
    return List.copyOf(out);
  }

  private Graph<String, LinkEdge> model() {
    Graph<String, LinkEdge> g = model;
    if (g == null) {
      synchronized (this) {
        g = model;
        if (g == null) {
          DirectedPseudograph<String, LinkEdge> built = new DirectedPseudograph<>(null, null, false);
          for (String id : facilityIds) {
            built.addVertex(id);
          }
          for (Link l : dossier.links()) {
            built.addEdge(l.from(), l.to(), new LinkEdge(l));
          }
          g = built;
          model = g;
        }
      }
    }
    return g;
  }

  private static final Comparator<Link> LINK_ORDER = Comparator.comparing(Link::from)
      .thenComparing(Link::to)
      .thenComparing(Link::material)
      .thenComparing(l -> l.share() == null ? 1.0 : l.share());

  /** A JGraphT edge with identity equality (two equal links are two edges). */
  private static final class LinkEdge {
    private final Link link;

    LinkEdge(Link link) {
      this.link = link;
    }

    Link link() {
      return link;
    }
  }
}
