package org.ctpat4j.evidence.picture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * The supply chain of a dossier as a graph a person can look at: facilities and products as nodes, supply links as
 * edges, each node with its risk level and its presumption or detention marker, and the explaining paths of every
 * risky product marked. It draws itself as a self-contained SVG ({@link #svg()}) and is the source of the GraphML and
 * DOT exports.
 *
 * <p><b>Drawing.</b> Tiers are columns, raw material on the left and the imported products on the right: a facility's
 * column is the longest supply path from it to a product (longest-path layering, so that every link points right).
 * Within a column, nodes are ordered by the barycentre heuristic of Sugiyama, Tagawa and Toda (1981): alternate
 * left-to-right and right-to-left sweeps place each node at the mean position of its neighbours in the columns already
 * placed, and the order with the fewest crossings is kept. It is a few dozen lines, deterministic, and good on the
 * small, nearly layered graphs drawn here; a layout library (ELK, Graphviz) would add a large dependency, or a native
 * binary, to a library that must stay embeddable. Long links are drawn as curves across the columns they skip.
 *
 * <p><b>Large chains.</b> At most {@code maxNodes} nodes are drawn (default {@value #DEFAULT_MAX_NODES}). When the
 * chain is larger, the picture keeps, in this order: the risky products and every facility on their explaining paths,
 * the other facilities with a risk level above {@link RiskLevel#LOW}, the remaining products, then the direct suppliers
 * and customers of what is drawn; what is left out is summarised by level ("and 12,400 more facilities, all LOW").
 *
 * <p><b>Markers.</b> Markers come from the admissibility answer of the risk assessment ({@link ProductExposure#reasons()}):
 * a facility named by a reason is marked {@link Marker#PRESUMED} when the UFLPA rebuttable presumption applies through
 * it (Xinjiang, or the UFLPA Entity List; Pub. L. 117-78 section 3), {@link Marker#DETAINED} when a Withhold Release
 * Order or Finding covers it (19 U.S.C. 1307), {@link Marker#REVIEW} when the data cannot decide; the worst wins. A
 * product carries the marker of its own admissibility. The paths of these reasons are highlighted with the explaining
 * paths of risky products.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SupplyChainPicture {

  /** The default largest number of nodes drawn. */
  public static final int DEFAULT_MAX_NODES = 120;

  /** What a node stands for. */
  public enum Kind {
    /** A facility of the dossier. */
    FACILITY,
    /** An imported product. */
    PRODUCT
  }

  /** What CBP would be expected to do with goods that pass through a facility. */
  public enum Marker {
    /** No presumption and no detention order. */
    NONE,
    /** The UFLPA rebuttable presumption applies (Xinjiang, or the UFLPA Entity List). */
    PRESUMED,
    /** A Withhold Release Order or Finding covers the facility (19 U.S.C. 1307). */
    DETAINED,
    /** The data cannot decide (a possible listed-entity match, a location that cannot be placed). */
    REVIEW;

    static Marker of(Admissibility a) {
      return switch (a) {
        case PRESUMED_FORCED_LABOR -> PRESUMED;
        case WRO_DETAINED -> DETAINED;
        case NEEDS_REVIEW -> REVIEW;
        case CLEAR -> NONE;
      };
    }

    /** Worse first: PRESUMED, DETAINED, REVIEW, NONE. */
    static Marker worst(Marker a, Marker b) {
      return a.ordinal() == 0 || (b.ordinal() != 0 && b.ordinal() < a.ordinal()) ? b : a;
    }
  }

  /**
   * A node of the picture.
   *
   * @param id the facility's or product's id; never null
   * @param kind what it stands for; never null
   * @param name its name; never null
   * @param country the facility's ISO 3166-1 country code, or {@code null} for a product or when unknown
   * @param level its risk level (for a product: its exposure); never null
   * @param marker its presumption, detention or review marker; never null
   * @param onPath whether it lies on an explaining path of a risky product
   */
  public record Node(
      String id, Kind kind, String name, String country, RiskLevel level, Marker marker, boolean onPath) {

    /**
     * Checks the arguments.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param name see {@link #name()}
     * @param country see {@link #country()}
     * @param level see {@link #level()}
     * @param marker its presumption or detention marker; never null
     * @param onPath see {@link #onPath()}
     */
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(marker, "marker");
    }
  }

  /**
   * An edge of the picture: a supply link, or a producer's link to its product.
   *
   * @param from the supplying node's id; never null
   * @param to the receiving node's id; never null
   * @param label what flows (the material's name, or the product's name); never null
   * @param onPath whether it lies on an explaining path of a risky product
   */
  public record Edge(String from, String to, String label, boolean onPath) {

    /**
     * Checks the arguments.
     *
     * @param from the supplying node's id; never null
     * @param to the receiving node's id; never null
     * @param label what flows; never null
     * @param onPath whether it lies on an explaining path of a risky product
     */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(label, "label");
    }
  }

  private final String title;
  private final List<Node> nodes;
  private final List<Edge> edges;
  /** Node index by id, one map per kind (a facility and a product may share an id). */
  private final Map<String, Integer> facilityIndex;
  private final Map<String, Integer> productIndex;

  private SupplyChainPicture(String title, List<Node> nodes, List<Edge> edges) {
    this.title = title;
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    Map<String, Integer> facilities = new HashMap<>(nodes.size() * 2);
    Map<String, Integer> products = new HashMap<>();
    for (int i = 0; i < this.nodes.size(); i++) {
      Node n = this.nodes.get(i);
      if ((n.kind() == Kind.PRODUCT ? products : facilities).put(n.id(), i) != null) {
        throw new IllegalArgumentException("duplicate " + n.kind().name().toLowerCase(Locale.ROOT) + " id " + n.id());
      }
    }
    this.facilityIndex = facilities;
    this.productIndex = products;
  }

  /**
   * Builds the picture of a whole dossier: every facility, link and product, with the levels, markers and explaining
   * paths of its risk assessment.
   *
   * @param dossier the dossier; never null
   * @param risk the risk assessment of that dossier; never null
   * @return the picture; never null
   */
  public static SupplyChainPicture of(Dossier dossier, RiskResult risk) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(risk, "risk");
    Paths paths = Paths.of(risk);
    Map<String, FacilityRisk> risks = facilityRisks(risk);
    List<Node> nodes = new ArrayList<>(dossier.facilities().size() + dossier.products().size());
    for (Facility f : dossier.facilities()) {
      nodes.add(facilityNode(f.id(), f.name(), f.country(), risks.get(f.id()), paths));
    }
    Map<String, String> materials = new HashMap<>();
    for (Material m : dossier.materials()) {
      materials.put(m.id(), m.name());
    }
    List<Edge> edges = new ArrayList<>(dossier.links().size() + dossier.products().size());
    for (Link l : dossier.links()) {
      edges.add(new Edge(l.from(), l.to(), materials.getOrDefault(l.material(), l.material()),
          paths.onPath(l.from(), l.to())));
    }
    Map<String, ProductExposure> exposures = new HashMap<>();
    for (ProductExposure e : risk.products()) {
      exposures.putIfAbsent(e.product(), e);
    }
    for (Product p : dossier.products()) {
      ProductExposure e = exposures.get(p.id());
      nodes.add(productNode(p.id(), p.name(), e));
      edges.add(new Edge(p.producedBy(), p.id(), p.name(), Paths.highlighted(e)));
    }
    return new SupplyChainPicture(dossier.partner().name(), nodes, edges);
  }

  /**
   * Builds the picture from a risk assessment alone, for a report read back without its dossier: the risky products
   * and the products that are not clear, with the facilities and links of their explaining and reason paths (no
   * countries, no other links).
   *
   * @param title the picture's title (for example the partner's name); never null
   * @param risk the risk assessment; never null
   * @param facilityNames facility names by id (ids stand in for missing names); never null
   * @param productNames product names by id (ids stand in for missing names); never null
   * @return the picture; never null
   */
  public static SupplyChainPicture ofPaths(
      String title, RiskResult risk, Map<String, String> facilityNames, Map<String, String> productNames) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(facilityNames, "facilityNames");
    Objects.requireNonNull(productNames, "productNames");
    Paths paths = Paths.of(risk);
    Map<String, FacilityRisk> risks = facilityRisks(risk);
    Set<String> facilities = new LinkedHashSet<>();
    Map<String, Edge> edges = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    List<Edge> productEdges = new ArrayList<>();
    for (ProductExposure p : risk.products()) {
      List<List<String>> highlighted = Paths.highlightedPaths(p);
      if (highlighted.isEmpty()) {
        continue;
      }
      for (List<String> path : highlighted) {
        facilities.addAll(path);
        for (int i = 0; i + 1 < path.size(); i++) {
          edges.putIfAbsent(path.get(i) + "\u0000" + path.get(i + 1),
              new Edge(path.get(i), path.get(i + 1), "", true));
        }
      }
      String producer = highlighted.get(0).get(highlighted.get(0).size() - 1);
      nodes.add(productNode(p.product(), productNames.getOrDefault(p.product(), p.product()), p));
      productEdges.add(new Edge(producer, p.product(), productNames.getOrDefault(p.product(), p.product()), true));
    }
    List<Node> all = new ArrayList<>();
    for (String f : facilities) {
      all.add(facilityNode(f, facilityNames.getOrDefault(f, f), null, risks.get(f), paths));
    }
    all.addAll(nodes);
    List<Edge> allEdges = new ArrayList<>(edges.values());
    allEdges.addAll(productEdges);
    return new SupplyChainPicture(title, all, allEdges);
  }

  private static Map<String, FacilityRisk> facilityRisks(RiskResult risk) {
    Map<String, FacilityRisk> out = new HashMap<>();
    for (FacilityRisk f : risk.facilities()) {
      out.put(f.facility(), f);
    }
    return out;
  }

  private static Node facilityNode(String id, String name, String country, FacilityRisk r, Paths paths) {
    return new Node(id, Kind.FACILITY, name, country, r == null ? RiskLevel.LOW : r.level(),
        paths.markers.getOrDefault(id, Marker.NONE), paths.facilities.contains(id));
  }

  private static Node productNode(String id, String name, ProductExposure e) {
    RiskLevel level = e == null ? RiskLevel.LOW : e.level();
    Marker marker = e == null ? Marker.NONE : Marker.of(e.admissibility());
    return new Node(id, Kind.PRODUCT, name, null, level, marker, Paths.highlighted(e));
  }

  /**
   * The facilities and links on the explaining paths of risky products and on the paths of admissibility reasons, and
   * the marker of every facility a reason names.
   */
  private record Paths(Set<String> facilities, Map<String, Set<String>> edges, Map<String, Marker> markers) {
    static Paths of(RiskResult risk) {
      Set<String> fs = new HashSet<>();
      Map<String, Set<String>> es = new HashMap<>();
      Map<String, Marker> markers = new HashMap<>();
      for (ProductExposure p : risk.products()) {
        for (List<String> path : highlightedPaths(p)) {
          fs.addAll(path);
          for (int i = 0; i + 1 < path.size(); i++) {
            es.computeIfAbsent(path.get(i), k -> new HashSet<>(4)).add(path.get(i + 1));
          }
        }
        for (AdmissibilityReason r : p.reasons()) {
          markers.merge(r.facility(), Marker.of(r.admissibility()), Marker::worst);
        }
      }
      return new Paths(fs, es, markers);
    }

    /** Whether the link from one facility to another lies on a highlighted path. */
    boolean onPath(String from, String to) {
      Set<String> next = edges.get(from);
      return next != null && next.contains(to);
    }

    static List<List<String>> highlightedPaths(ProductExposure p) {
      List<List<String>> out = new ArrayList<>();
      if (p.level() != RiskLevel.LOW) {
        out.addAll(p.paths());
      }
      for (AdmissibilityReason r : p.reasons()) {
        out.add(r.path());
      }
      return out;
    }

    static boolean highlighted(ProductExposure p) {
      return p != null && (p.level() != RiskLevel.LOW || p.admissibility() != Admissibility.CLEAR);
    }
  }

  static String key(Kind kind, String id) {
    return (kind == Kind.PRODUCT ? "p:" : "f:") + id;
  }

  /**
   * Returns the {@code id} attribute of a node's element in the SVG, safe in a URL fragment: {@code node-facility-ID} or
   * {@code node-product-ID} when the id is made of ASCII letters, digits, {@code -}, {@code _} and {@code .}, otherwise
   * the id's UTF-8 bytes in hexadecimal after an {@code x}.
   *
   * @param kind the node's kind; never null
   * @param id the facility's or product's id; never null
   * @return the element id; never null
   */
  public static String elementId(Kind kind, String id) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    String prefix = kind == Kind.PRODUCT ? "node-product-" : "node-facility-";
    if (!id.isEmpty() && id.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.'))) {
      return prefix + id;
    }
    StringBuilder sb = new StringBuilder(prefix).append('x');
    for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  /**
   * Returns the picture of one product: the product, its producer and every facility upstream of it.
   *
   * @param productId the product's id; never null
   * @return the picture; never null
   * @throws IllegalArgumentException if the picture has no such product
   */
  public SupplyChainPicture forProduct(String productId) {
    Objects.requireNonNull(productId, "productId");
    Integer p = productIndex.get(productId);
    if (p == null) {
      throw new IllegalArgumentException("no product with id \"" + productId + "\" in the supply chain");
    }
    Graph g = graph();
    Set<Integer> keep = new LinkedHashSet<>();
    List<Integer> queue = new ArrayList<>(List.of(p));
    keep.add(p);
    for (int head = 0; head < queue.size(); head++) {
      int v = queue.get(head);
      for (int k = g.inStart[v]; k < g.inStart[v + 1]; k++) {
        int u = g.inAdj[k];
        if (nodes.get(u).kind() == Kind.FACILITY && keep.add(u)) {
          queue.add(u);
        }
      }
    }
    List<Node> ns = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (keep.contains(i)) {
        ns.add(nodes.get(i));
        keys.add(key(nodes.get(i).kind(), nodes.get(i).id()));
      }
    }
    List<Edge> es = new ArrayList<>();
    for (Edge e : edges) {
      if (keys.contains(key(Kind.FACILITY, e.from())) && (keys.contains(key(Kind.FACILITY, e.to()))
          || e.to().equals(productId))) {
        es.add(e);
      }
    }
    return new SupplyChainPicture(title + " \u2014 " + nodes.get(p).name(), ns, es);
  }

  /**
   * Returns the picture's title (the partner's name, and the product's for {@link #forProduct(String)}).
   *
   * @return the title; never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns every node: facilities in dossier order, then products.
   *
   * @return the nodes; never null
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns every edge: supply links in dossier order, then each producer's link to its product. An edge may name a
   * node that is not in {@link #nodes()} only when the dossier does.
   *
   * @return the edges; never null
   */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * Draws the picture as a self-contained SVG document in English with at most {@value #DEFAULT_MAX_NODES} nodes.
   *
   * @return the SVG document; never null
   */
  public String svg() {
    return svg(Locale.ENGLISH, DEFAULT_MAX_NODES);
  }

  /**
   * Draws the picture as a self-contained SVG document: no script, no external resource, every text escaped. Each
   * drawn facility is a {@code <g class="node facility ...">} with {@code data-id}; each link on an explaining path
   * carries the class {@code on-path}.
   *
   * @param locale the language of the labels (English, or Spanish); never null
   * @param maxNodes the largest number of nodes drawn, at least 1
   * @return the SVG document; never null
   * @throws IllegalArgumentException if {@code maxNodes} is less than 1
   */
  public String svg(Locale locale, int maxNodes) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + drawing(locale, maxNodes).svg(true) + "\n";
  }

  /**
   * Draws the picture for inclusion in an HTML page: the SVG element without XML declaration.
   *
   * @param locale the language of the labels; never null
   * @param maxNodes the largest number of nodes drawn, at least 1
   * @return the drawing; never null
   */
  public Drawing drawing(Locale locale, int maxNodes) {
    Objects.requireNonNull(locale, "locale");
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes must be at least 1: " + maxNodes);
    }
    Graph g = graph();
    List<Integer> drawn = Selection.select(nodes, g, maxNodes);
    return SvgWriter.draw(this, g, drawn, locale);
  }

  /**
   * Adjacency of the nodes by index, in compressed rows (links to unknown nodes and loops are left out): the kept edges
   * {@code 0..edgeCount()-1} in the order of {@link #edges()}, and for node {@code v} its successors
   * {@code outAdj[outStart[v]..outStart[v+1])} and predecessors {@code inAdj[inStart[v]..inStart[v+1])}, each in edge
   * order. A few int arrays for a chain of millions of links.
   */
  static final class Graph {
    /** Per kept edge: its supplier's and receiver's node index, and the picture's edge. */
    final int[] from;
    final int[] to;
    final Edge[] edgeOf;
    final int[] outStart;
    final int[] outAdj;
    final int[] inStart;
    final int[] inAdj;

    Graph(int nodeCount, int[] from, int[] to, Edge[] edgeOf) {
      this.from = from;
      this.to = to;
      this.edgeOf = edgeOf;
      this.outStart = new int[nodeCount + 1];
      this.inStart = new int[nodeCount + 1];
      this.outAdj = new int[from.length];
      this.inAdj = new int[from.length];
      rows(from, to, outStart, outAdj);
      rows(to, from, inStart, inAdj);
    }

    /** Fills {@code start} and {@code adj} with the {@code other} end of each edge, grouped by its {@code by} end. */
    private static void rows(int[] by, int[] other, int[] start, int[] adj) {
      for (int v : by) {
        start[v + 1]++;
      }
      for (int v = 0; v + 1 < start.length; v++) {
        start[v + 1] += start[v];
      }
      int[] next = Arrays.copyOf(start, start.length - 1);
      for (int e = 0; e < by.length; e++) {
        adj[next[by[e]]++] = other[e];
      }
    }

    int edgeCount() {
      return from.length;
    }
  }

  Graph graph() {
    int m = edges.size();
    int[] from = new int[m];
    int[] to = new int[m];
    Edge[] edgeOf = new Edge[m];
    int kept = 0;
    for (Edge e : edges) {
      Integer a = facilityIndex.get(e.from());
      Integer b = facilityIndex.get(e.to());
      if (b == null) {
        b = productIndex.get(e.to());
      }
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      from[kept] = a;
      to[kept] = b;
      edgeOf[kept] = e;
      kept++;
    }
    return new Graph(nodes.size(), Arrays.copyOf(from, kept), Arrays.copyOf(to, kept),
        Arrays.copyOf(edgeOf, kept));
  }

  /**
   * One drawing of the picture.
   *
   * @param svgElement the {@code <svg>} element; never null
   * @param drawnIds the keys of the drawn nodes ({@code f:ID} for facilities, {@code p:ID} for products); never null
   * @param summary the sentence that summarises what is not drawn, or an empty string when everything is; never null
   */
  public record Drawing(String svgElement, Set<String> drawnIds, String summary) {

    /**
     * Copies the set.
     *
     * @param svgElement the {@code <svg>} element; never null
     * @param drawnIds the keys of the drawn nodes; never null
     * @param summary the sentence that summarises what is not drawn, or empty; never null
     */
    public Drawing {
      Objects.requireNonNull(svgElement, "svgElement");
      Objects.requireNonNull(summary, "summary");
      drawnIds = Collections.unmodifiableSet(new LinkedHashSet<>(drawnIds));
    }

    /**
     * Returns whether a facility is drawn.
     *
     * @param facilityId the facility's id; never null
     * @return {@code true} when drawn
     */
    public boolean drawsFacility(String facilityId) {
      return drawnIds.contains(key(Kind.FACILITY, Objects.requireNonNull(facilityId, "facilityId")));
    }

    String svg(boolean standalone) {
      return svgElement;
    }
  }
}
