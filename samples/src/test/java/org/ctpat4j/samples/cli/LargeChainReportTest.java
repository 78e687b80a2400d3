package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.testkit.gen.GeneratedSupplyChain;
import org.ctpat4j.testkit.gen.InjectedRisk;
import org.ctpat4j.testkit.gen.Injection;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of a large generated chain stays small: the picture draws at most
 * {@value SupplyChainPicture#DEFAULT_MAX_NODES} nodes, the risky ones first, and summarises the rest.
 */
class LargeChainReportTest {

  private static final long SEED = 20261201L;
  private static final int FACILITIES = 20_000;

  @Test
  void twentyThousandFacilities_reportUnderFiveMegabytes_pictureCappedWithTheListedEntitiesDrawn() {
    GeneratedSupplyChain chain =
        SupplyChainGenerator.newBuilder()
            .seed(SEED)
            .facilities(FACILITIES)
            .tiers(6)
            .inject(InjectedRisk.LISTED_ENTITY, 4, 2)
            .inject(InjectedRisk.XINJIANG_REGION, 5, 1)
            .build()
            .generate();
    Dossier dossier = chain.dossier();
    LocalDate asOf = LocalDate.of(2026, 11, 1);
    ComplianceReport report = ComplianceChecker.newBuilder().build().check(dossier, asOf);

    String html = ReportRenderer.html(dossier).render(report);

    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).as("seed %d: HTML size", SEED).isLessThan(5 * 1024 * 1024);
    String svg = html.substring(html.indexOf("<svg "), html.indexOf("</svg>"));
    int nodes = count(svg, "<g class=\"node ");
    assertThat(nodes).as("seed %d: drawn nodes", SEED).isEqualTo(SupplyChainPicture.DEFAULT_MAX_NODES);
    for (Injection i : chain.injections()) {
      assertThat(svg).as("seed %d: injected %s drawn", SEED, i.facility()).contains("data-id=\"" + i.facility() + "\"");
    }
    assertThat(svg).contains("class=\"edge on-path\"");
    Matcher m = Pattern.compile("and ([\\d,]+) more facilities").matcher(html);
    assertThat(m.find()).as("the rest is summarised").isTrue();
    int hidden = Integer.parseInt(m.group(1).replace(",", ""));
    int drawnFacilities = count(svg, "<g class=\"node facility");
    assertThat(hidden + drawnFacilities).isEqualTo(dossier.facilities().size());

    // long sections are capped: at most 200 risky products listed, the rest counted
    long risky = report.risk().products().stream().filter(p -> p.level() != org.ctpat4j.risk.signal.RiskLevel.LOW).count();
    int start = html.indexOf("<section id=\"products\">");
    String products = html.substring(start, html.indexOf("</section>", start));
    assertThat(count(products, "<tr id=")).as("seed %d: risky product rows", SEED).isEqualTo((int) Math.min(risky, 200));
    assertThat(products.contains("more products (")).as("seed %d: %d risky products", SEED, risky)
        .isEqualTo(risky > 200);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
