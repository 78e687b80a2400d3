package org.ctpat4j.graphio;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Edge;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Kind;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Node;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a {@link SupplyChainPicture} for the tools analysts use: GraphML (yEd, Gephi, Cytoscape) and DOT (Graphviz),
 * through JGraphT's I/O module. Every node and edge of the picture is written, not only the drawn ones: node ids are
 * {@code f:ID} for facilities and {@code p:ID} for products, with the attributes {@code kind}, {@code label},
 * {@code country}, {@code level}, {@code marker} and {@code onPath}; edges carry {@code label} (the material) and
 * {@code onPath}. Edges that name a node absent from the picture are left out.
 *
 * <p>Stateless and thread-safe; the output is deterministic (nodes and edges in the picture's order).
 */
public final class SupplyChainExport {

  private SupplyChainExport() {}

  /**
   * Writes the picture as GraphML, with the attributes declared as {@code <key>} elements.
   *
   * @param picture the picture; never null
   * @return the GraphML document; never null
   */
  public static String graphml(SupplyChainPicture picture) {
    Graph<Node, Edge> g = graph(picture);
    GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(SupplyChainExport::id);
    for (String key : new String[] {"kind", "label", "country", "level", "marker", "onPath"}) {
      exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
    }
    exporter.registerAttribute("edgeLabel", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.registerAttribute("edgeOnPath", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.setVertexAttributeProvider(SupplyChainExport::attributes);
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> m = new LinkedHashMap<>();
          m.put("edgeLabel", DefaultAttribute.createAttribute(e.label()));
          m.put("edgeOnPath", DefaultAttribute.createAttribute(Boolean.toString(e.onPath())));
          return m;
        });
    StringWriter out = new StringWriter();
    exporter.exportGraph(g, out);
    return out.toString();
  }

  /**
   * Writes the picture as a Graphviz DOT digraph, ranked left to right, nodes filled by risk level and path links
   * drawn thick and red.
   *
   * @param picture the picture; never null
   * @return the DOT text; never null
   */
  public static String dot(SupplyChainPicture picture) {
    Graph<Node, Edge> g = graph(picture);
    DOTExporter<Node, Edge> exporter =
        new DOTExporter<>(n -> "\"" + id(n).replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    exporter.setGraphAttributeProvider(
        () -> {
          Map<String, Attribute> m = new LinkedHashMap<>();
          m.put("rankdir", DefaultAttribute.createAttribute("LR"));
          // JGraphT writes graph attributes as given: quote and escape the title here
          m.put("label", DefaultAttribute.createAttribute(
              "\"" + dotText(picture.title()).replace("\"", "\\\"") + "\""));
          return m;
        });
    exporter.setVertexAttributeProvider(
        n -> {
          Map<String, Attribute> m = new LinkedHashMap<>();
          attributes(n).forEach((k, a) -> m.put(k, DefaultAttribute.createAttribute(dotText(a.getValue()))));
          // a DOT line break (backslash n) between the name and the country, level and marker
          m.put("label", DefaultAttribute.createAttribute(
              dotText(n.name()) + "\\n" + (n.country() == null ? "" : dotText(n.country()) + " \u00b7 ")
                  + n.level() + (n.marker() == SupplyChainPicture.Marker.NONE ? "" : " \u00b7 " + n.marker())));
          m.put("shape", DefaultAttribute.createAttribute(n.kind() == Kind.PRODUCT ? "ellipse" : "box"));
          m.put("style", DefaultAttribute.createAttribute("filled"));
          m.put("fillcolor", DefaultAttribute.createAttribute(fill(n)));
          return m;
        });
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> m = new LinkedHashMap<>();
          m.put("label", DefaultAttribute.createAttribute(dotText(e.label())));
          m.put("onPath", DefaultAttribute.createAttribute(Boolean.toString(e.onPath())));
          if (e.onPath()) {
            m.put("color", DefaultAttribute.createAttribute("#b71c1c"));
            m.put("penwidth", DefaultAttribute.createAttribute("3"));
          }
          return m;
        });
    StringWriter out = new StringWriter();
    exporter.exportGraph(g, out);
    return out.toString();
  }

  /**
   * Text for a DOT quoted string whose double quotes JGraphT escapes: backslashes are doubled here (JGraphT leaves
   * them, so a trailing backslash would otherwise escape the closing quote), line breaks become spaces.
   */
  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replace('\n', ' ').replace('\r', ' ');
  }

  private static String fill(Node n) {
    return switch (n.level()) {
      case HIGH -> "#fde0dc";
      case UNKNOWN -> "#ede7f6";
      case MEDIUM -> "#fff3cd";
      case LOW -> n.kind() == Kind.PRODUCT ? "#e3f2fd" : "#eef6ee";
    };
  }

  private static String id(Node n) {
    return (n.kind() == Kind.PRODUCT ? "p:" : "f:") + n.id();
  }

  private static Map<String, Attribute> attributes(Node n) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("kind", DefaultAttribute.createAttribute(n.kind().name()));
    m.put("label", DefaultAttribute.createAttribute(n.name()));
    if (n.country() != null) {
      m.put("country", DefaultAttribute.createAttribute(n.country()));
    }
    m.put("level", DefaultAttribute.createAttribute(n.level().name()));
    m.put("marker", DefaultAttribute.createAttribute(n.marker().name()));
    m.put("onPath", DefaultAttribute.createAttribute(Boolean.toString(n.onPath())));
    return m;
  }

  private static Graph<Node, Edge> graph(SupplyChainPicture picture) {
    Objects.requireNonNull(picture, "picture");
    Graph<Node, Edge> g = new DirectedPseudograph<>(null, null, false);
    Map<String, Node> facilities = new LinkedHashMap<>();
    Map<String, Node> products = new LinkedHashMap<>();
    for (Node n : picture.nodes()) {
      g.addVertex(n);
      (n.kind() == Kind.PRODUCT ? products : facilities).put(n.id(), n);
    }
    for (Edge e : picture.edges()) {
      Node from = facilities.get(e.from());
      Node to = facilities.containsKey(e.to()) ? facilities.get(e.to()) : products.get(e.to());
      if (from != null && to != null) {
        g.addEdge(from, to, e);
      }
    }
    return g;
  }
}
