package org.ctpat4j.graphio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class SupplyChainExportTest {

  /** a <b> -> mid -> producer -> product, a is on the UFLPA Entity List; names with markup and quotes. */
  private static SupplyChainPicture picture() {
    RiskResult risk = new RiskResult(
        LocalDate.of(2026, 1, 1),
        List.of(new FacilityRisk("a", RiskLevel.HIGH, 0.9,
            List.of(new RiskSignal("uflpa-entity-list", RiskLevel.HIGH, 0.9, "listed", "UFLPA Entity List")))),
        List.of(new ProductExposure("p", RiskLevel.HIGH, 0.9, List.of(List.of("a", "mid", "prod")),
            Admissibility.PRESUMED_FORCED_LABOR,
            List.of(new AdmissibilityReason(Admissibility.PRESUMED_FORCED_LABOR, AdmissibilityKind.UFLPA_ENTITY, "a",
                List.of("a", "mid", "prod"), "uflpa-entity-list", "listed", "UFLPA Entity List", "remove it")),
            0)),
        Map.of(), 1.0, List.of());
    return SupplyChainPicture.ofPaths("Acme \"<Imports>\"", risk,
        Map.of("a", "Alpha <b>& \"Co\"", "mid", "Mid \\", "prod", "Producer \\\"]; x -> y"), Map.of("p", "Panel"));
  }

  private static Graph<String, DefaultEdge> graph() {
    return new DirectedPseudograph<>(SupplierUtil.createStringSupplier(), SupplierUtil.createDefaultEdgeSupplier(),
        false);
  }

  @Test
  void graphml_roundTripsThroughJGraphTWithEveryAttribute() {
    String xml = SupplyChainExport.graphml(picture());
    Graph<String, DefaultEdge> g = graph();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> attrs = new HashMap<>();
    importer.addVertexAttributeConsumer(
        (p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    importer.importGraph(g, new StringReader(xml));
    assertThat(g.vertexSet()).containsExactlyInAnyOrder("f:a", "f:mid", "f:prod", "p:p");
    assertThat(g.edgeSet()).hasSize(3);
    assertThat(g.containsEdge("f:prod", "p:p")).isTrue();
    assertThat(attrs.get("f:a")).containsEntry("label", "Alpha <b>& \"Co\"").containsEntry("level", "HIGH")
        .containsEntry("marker", "PRESUMED").containsEntry("onPath", "true").containsEntry("kind", "FACILITY");
    assertThat(attrs.get("p:p")).containsEntry("kind", "PRODUCT").containsEntry("level", "HIGH")
        .containsEntry("marker", "PRESUMED");
  }

  @Test
  void dot_roundTripsAndColoursThePath() {
    String dot = SupplyChainExport.dot(picture());
    assertThat(dot).contains("label=\"Acme \\\"<Imports>\\\"\";").contains("penwidth=\"3\"");
    Graph<String, DefaultEdge> g = graph();
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> attrs = new HashMap<>();
    importer.addVertexAttributeConsumer(
        (p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    importer.importGraph(g, new StringReader(dot));
    assertThat(g.vertexSet()).hasSize(4);
    assertThat(g.edgeSet()).hasSize(3);
    // names with quotes and backslashes stay inside their strings: no extra vertex or edge appears
    assertThat(g.vertexSet()).containsExactlyInAnyOrder("f:a", "f:mid", "f:prod", "p:p");
    assertThat(attrs.get("f:a").get("label")).startsWith("Alpha <b>& \"Co\"\\n");
    assertThat(attrs.get("f:prod").get("label")).startsWith("Producer ");
  }
}
