package org.ctpat4j.evidence.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.evidence.ReportFixtures;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Kind;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Marker;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Node;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SupplyChainPictureTest {

  private static final Pattern EDGE =
      Pattern.compile("<path class=\"edge( on-path)?\" data-from=\"([^\"]*)\" data-to=\"([^\"]*)\" d=\"M([-\\d.]+),([-\\d.]+) C[^\"]* ([-\\d.]+),([-\\d.]+)\"");

  static {
    // the tests run inside the named module, which does not need java.xml itself: read it for the XML parser
    ModuleLayer.boot().findModule("java.xml").ifPresent(SupplyChainPictureTest.class.getModule()::addReads);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> byClass(Document d, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = d.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void svg_isWellFormedSelfContainedAndEscapesEveryText() throws Exception {
    ReportFixtures.Case c = ReportFixtures.scriptNameInXinjiang();
    String svg = SupplyChainPicture.of(c.dossier(), c.risk()).svg();
    assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContain("href").doesNotContain("@import")
        .doesNotContain("url(").doesNotContainIgnoringCase("onload").doesNotContain("<foreignObject");
    assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt; | Evil &quot;&amp;&#39; Co.");
    Document d = parse(svg); // well-formed XML: nothing unescaped breaks it
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(d.getElementsByTagNameNS("*", "script").getLength()).isZero();
  }

  @Test
  void svg_drawsEveryFacilityWithLevelMarkerAndThePathsOfRiskyProducts() throws Exception {
    ReportFixtures.Case c = ReportFixtures.scriptNameInXinjiang();
    SupplyChainPicture picture = SupplyChainPicture.of(c.dossier(), c.risk());
    Document d = parse(picture.svg());
    List<Element> facilities = byClass(d, "g", "facility");
    assertThat(facilities).extracting(e -> e.getAttribute("data-id"))
        .containsExactlyInAnyOrderElementsOf(c.dossier().facilities().stream().map(f -> f.id()).toList());
    Element f2 = facilities.stream().filter(e -> e.getAttribute("data-id").equals("f2")).findFirst().orElseThrow();
    assertThat(f2.getAttribute("data-level")).isEqualTo("HIGH");
    assertThat(f2.getAttribute("data-marker")).isEqualTo("PRESUMED");
    assertThat(f2.getTextContent()).contains("CN \u00b7 HIGH risk").contains("UFLPA PRESUMED");
    assertThat(byClass(d, "g", "product")).hasSize(c.dossier().products().size());
    // the explaining paths: f1 -> f2 -> producer -> product, every consecutive pair drawn as an on-path edge
    List<Element> onPath = byClass(d, "path", "on-path").stream().filter(e -> e.hasAttribute("data-from")).toList();
    for (ProductExposure p : c.risk().products()) {
      for (List<String> path : p.paths()) {
        for (int i = 0; i + 1 < path.size(); i++) {
          String from = path.get(i);
          String to = path.get(i + 1);
          assertThat(onPath).as(from + " -> " + to)
              .anyMatch(e -> e.getAttribute("data-from").equals(from) && e.getAttribute("data-to").equals(to));
        }
      }
    }
    assertThat(d.getDocumentElement().getAttribute("data-path-edges")).isEqualTo(Integer.toString(onPath.size()));
  }

  @Test
  void everyLinkPointsRight_andColumnsRunFromRawMaterialToProducts() {
    ReportFixtures.Case c = ReportFixtures.scriptNameInXinjiang();
    String svg = SupplyChainPicture.of(c.dossier(), c.risk()).svg();
    Matcher m = EDGE.matcher(svg);
    int edges = 0;
    while (m.find()) {
      edges++;
      assertThat(Double.parseDouble(m.group(6))).as(m.group()).isGreaterThan(Double.parseDouble(m.group(4)));
    }
    assertThat(edges).isEqualTo(c.dossier().links().size() + c.dossier().products().size());
    assertThat(svg.indexOf(">Tier 3<")).isLessThan(svg.indexOf(">Tier 2<"));
    assertThat(svg.indexOf(">Tier 1 (producer)<")).isLessThan(svg.indexOf(">Products<"));
  }

  /** A ladder a_i -> b_i -> c_i -> p_i whose middle column is listed shuffled: barycentre untangles it. */
  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 20261201L})
  void barycentre_untanglesAShuffledLadder(long seed) {
    Random random = new Random(seed);
    int width = 7;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    List<Facility> facilities = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      facilities.add(new Facility("a" + i, "A " + i, "DE", null));
      facilities.add(new Facility("b" + order.get(i), "B " + order.get(i), "DE", null));
      facilities.add(new Facility("c" + i, "C " + i, "DE", null));
      links.add(new Link("a" + i, "b" + i, "m"));
      links.add(new Link("b" + i, "c" + i, "m"));
      products.add(new Product("p" + i, "P " + i, null, "c" + i));
    }
    Dossier dossier = new Dossier(Dossier.FORMAT, null,
        new Partner("Ladder Inc.", "US", BusinessEntityType.US_IMPORTER, List.of()), facilities,
        List.of(new Material("m", "Metal", null)), links, List.of(), products, Evidence.NONE);
    RiskResult risk = new RiskResult(LocalDate.of(2026, 1, 1), List.of(), List.of(), Map.of(), 1.0, List.of());
    String svg = SupplyChainPicture.of(dossier, risk).svg();
    assertThat(crossings(svg)).as("seed " + seed).isZero();
    assertThat(svg).contains(">Tier 3<").doesNotContain(">Tier 4<");
  }

  /** Crossings between edges that leave the same column for the same column, read from the drawing. */
  static int crossings(String svg) {
    Matcher m = EDGE.matcher(svg);
    List<double[]> es = new ArrayList<>();
    while (m.find()) {
      es.add(new double[] {Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
          Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7))});
    }
    int n = 0;
    for (int i = 0; i < es.size(); i++) {
      for (int j = i + 1; j < es.size(); j++) {
        double[] a = es.get(i);
        double[] b = es.get(j);
        if (a[0] == b[0] && a[2] == b[2] && (a[1] - b[1]) * (a[3] - b[3]) < 0) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void largeChain_drawsTheRiskyPartWithinTheCapAndSummarisesTheRest() throws Exception {
    // one risky path a0 -> a1 -> a2 -> producer -> product, and 500 LOW suppliers of the producer
    List<ProductExposure> products = List.of(
        new ProductExposure("p", RiskLevel.HIGH, 0.9, List.of(List.of("a0", "a1", "a2", "prod")),
            Admissibility.PRESUMED_FORCED_LABOR,
            List.of(new AdmissibilityReason(Admissibility.PRESUMED_FORCED_LABOR, AdmissibilityKind.UFLPA_ENTITY, "a0",
                List.of("a0", "a1", "a2", "prod"), "uflpa-entity-list", "listed", "UFLPA Entity List", "remove it")),
            0));
    List<FacilityRisk> risks = List.of(new FacilityRisk("a0", RiskLevel.HIGH, 0.9,
        List.of(new RiskSignal("uflpa-entity-list", RiskLevel.HIGH, 0.9, "listed", "UFLPA Entity List"))));
    RiskResult risk = new RiskResult(LocalDate.of(2026, 1, 1), risks, products, Map.of(), 1.0, List.of());
    SupplyChainPicture paths = SupplyChainPicture.ofPaths("t", risk, Map.of(), Map.of());
    assertThat(paths.nodes()).extracting(Node::id).containsExactly("a0", "a1", "a2", "prod", "p");
    assertThat(paths.nodes()).extracting(Node::marker)
        .containsExactly(Marker.PRESUMED, Marker.NONE, Marker.NONE, Marker.NONE, Marker.PRESUMED);

    SupplyChainPicture.Drawing drawing = paths.drawing(Locale.ENGLISH, 3);
    assertThat(drawing.drawnIds()).containsExactly("p:p", "f:a0", "f:a1");
    assertThat(drawing.summary()).isEqualTo("and 2 more facilities, all LOW (not drawn).");
    assertThat(byClass(parse(drawing.svgElement()), "g", "node")).hasSize(3);
    assertThatThrownBy(() -> paths.drawing(Locale.ENGLISH, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void markers_comeFromAdmissibility_worstWins_andReasonPathsAreHighlighted() {
    // b is LOW risk but needs review for p1 and is presumed for p2 (a reason path that no risky product explains)
    AdmissibilityReason review = new AdmissibilityReason(Admissibility.NEEDS_REVIEW,
        AdmissibilityKind.POSSIBLE_LISTED_ENTITY, "b", List.of("b", "prod"), "uflpa-entity-list", "maybe", "s", "check");
    AdmissibilityReason presumed = new AdmissibilityReason(Admissibility.PRESUMED_FORCED_LABOR,
        AdmissibilityKind.UFLPA_REGION, "b", List.of("b", "prod"), "uflpa-region", "XUAR", "s", "remove");
    RiskResult risk = new RiskResult(LocalDate.of(2026, 1, 1), List.of(),
        List.of(new ProductExposure("p1", RiskLevel.LOW, 0, List.of(), Admissibility.NEEDS_REVIEW, List.of(review), 0),
            new ProductExposure("p2", RiskLevel.LOW, 0, List.of(), Admissibility.PRESUMED_FORCED_LABOR,
                List.of(presumed), 0)),
        Map.of(), 1.0, List.of());
    SupplyChainPicture picture = SupplyChainPicture.ofPaths("t", risk, Map.of(), Map.of());
    assertThat(picture.nodes()).extracting(n -> n.id() + ":" + n.marker() + ":" + n.onPath())
        .containsExactly("b:PRESUMED:true", "prod:NONE:true", "p1:REVIEW:true", "p2:PRESUMED:true");
    assertThat(picture.edges()).filteredOn(e -> e.from().equals("b")).singleElement()
        .matches(SupplyChainPicture.Edge::onPath);
    assertThat(picture.svg()).contains("NEEDS REVIEW").contains("UFLPA PRESUMED");
  }

  @Test
  void forProduct_keepsTheProductAndWhatIsUpstream() {
    ReportFixtures.Case c = ReportFixtures.scriptNameInXinjiang();
    SupplyChainPicture all = SupplyChainPicture.of(c.dossier(), c.risk());
    SupplyChainPicture p1 = all.forProduct("p1");
    assertThat(p1.nodes()).extracting(n -> n.kind() + ":" + n.id())
        .containsExactlyInAnyOrder("FACILITY:f1", "FACILITY:f2", "FACILITY:f3", "PRODUCT:p1");
    assertThat(p1.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactlyInAnyOrder("f1>f2", "f2>f3", "f3>p1");
    assertThatThrownBy(() -> all.forProduct("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void elementId_isFragmentSafe() {
    assertThat(SupplyChainPicture.elementId(Kind.FACILITY, "f-1.a_b")).isEqualTo("node-facility-f-1.a_b");
    assertThat(SupplyChainPicture.elementId(Kind.PRODUCT, "a b\"<")).isEqualTo("node-product-x612062223c");
  }

  @Test
  void spanishLabels() {
    ReportFixtures.Case c = ReportFixtures.scriptNameInXinjiang();
    String svg = SupplyChainPicture.of(c.dossier(), c.risk()).svg(Locale.forLanguageTag("es"), 120);
    assertThat(svg).contains("riesgo ALTO").contains(">Productos<").contains("PRESUNCI\u00d3N UFLPA");
  }
}
