package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskLevel;
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
  /** A finding's line in the Markdown report, and its code. */
  private static final Pattern FINDING = Pattern.compile("\\n- \\*\\*\\w+\\*\\* `(\\w+)`");

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
    long risky = report.risk().products().stream().filter(p -> p.level() != RiskLevel.LOW).count();
    int start = html.indexOf("<section id=\"products\">");
    String products = html.substring(start, html.indexOf("</section>", start));
    assertThat(count(products, "<tr id=")).as("seed %d: risky product rows", SEED).isEqualTo((int) Math.min(risky, 200));
    assertThat(products.contains("more products (")).as("seed %d: %d risky products", SEED, risky)
        .isEqualTo(risky > 200);
  }

  /**
   * Markdown and text list the first rows of each long section and count the rest, as HTML does: findings at most
   * 25 of a code per requirement (text: {@value TextReport#SHOWN_PER_CODE} per code), products and facilities at most
   * 200 (text: {@value TextReport#PRODUCTS_SHOWN}). Every injected risk at the deepest tier, so that thousands of
   * products are not clear, and 250 more Xinjiang facilities, so that more facilities have signals than are listed.
   */
  @Test
  void twentyThousandFacilities_markdownAndTextListTheFirstRowsAndCountTheRest() {
    SupplyChainGenerator.Builder b =
        SupplyChainGenerator.newBuilder().seed(SEED).facilities(FACILITIES).tiers(6).fanIn(3, 7).fanOut(1, 12);
    for (InjectedRisk risk : InjectedRisk.values()) {
      b.inject(risk, 6, 2);
    }
    b.inject(InjectedRisk.XINJIANG_REGION, 5, 250); // more facilities with signals than a section lists
    ComplianceReport report = ComplianceChecker.newBuilder().build()
        .check(b.build().generate().dossier(), LocalDate.of(2026, 11, 1));
    long notClear = report.risk().products().stream().filter(p -> p.admissibility() != Admissibility.CLEAR).count();
    long risky = report.risk().products().stream().filter(p -> p.level() != RiskLevel.LOW).count();
    assertThat(notClear).as("seed %d: more products not clear than are listed", SEED).isGreaterThan(200);

    String md = ReportRenderer.markdown().render(report);
    String goods = md.substring(md.indexOf("## Products that are not clear"), md.indexOf("## What to do first"));
    assertThat(count(goods, "\n- **")).as("seed %d: products listed", SEED).isEqualTo(200);
    assertThat(goods).contains("... and " + grouped(notClear - 200) + " more products (" + grouped(notClear) + " in all)");
    String table = md.substring(md.indexOf("## Risky products"), md.indexOf("## Facilities with risk signals"));
    assertThat(count(table, "\n| ") - 1).as("seed %d: risky product rows", SEED).isEqualTo((int) Math.min(risky, 200));
    String findings = md.substring(md.indexOf("## Findings"), md.indexOf("## Risky products"));
    // listed per requirement and code: at most 25 of each severity; the rest counted in one line
    Map<String, Long> total = report.findings().stream().collect(Collectors.groupingBy(
        f -> f.requirement().name() + " " + f.code().name() + " " + f.severity().name(), Collectors.counting()));
    Map<String, Integer> expected = new HashMap<>();
    total.forEach((key, n) -> expected.merge(key.substring(0, key.lastIndexOf(' ')), (int) Math.min(n, 25),
        Integer::sum));
    Map<String, Integer> listed = new HashMap<>();
    for (String section : findings.split("\n### ")) {
      Matcher r = Pattern.compile("\\(`(\\w+)`\\)\n").matcher(section);
      if (!r.find()) {
        continue;
      }
      Matcher m = FINDING.matcher(section);
      while (m.find()) {
        listed.merge(r.group(1) + " " + m.group(1), 1, Integer::sum);
      }
    }
    assertThat(listed).as("seed %d: findings listed per requirement and code", SEED).isEqualTo(expected);
    total.forEach((key, n) -> {
      String code = key.split(" ")[1].replace("_", "\\_"); // escaped in Markdown
      assertThat(findings.contains("... and " + grouped(n - 25) + " more " + code + " (" + grouped(n) + " in all)"))
          .as("seed %d: %s counted", SEED, key).isEqualTo(n > 25);
    });
    assertThat(md.getBytes(StandardCharsets.UTF_8).length).as("seed %d: Markdown size", SEED).isLessThan(2 << 20);

    int signalled = report.risk().facilities().size();
    assertThat(signalled).as("seed %d: more facilities with signals than are listed", SEED).isGreaterThan(200);
    String facilities = md.substring(md.indexOf("## Facilities with risk signals"), md.indexOf("## Mapping"));
    assertThat(count(facilities, "\n| ") - 1).as("seed %d: facility rows", SEED).isEqualTo(200);
    assertThat(facilities).contains("... and " + grouped(signalled - 200) + " more facilities with risk signals ("
        + grouped(signalled) + " in all)");
    String html = ReportRenderer.html().render(report);
    String section = html.substring(html.indexOf("<section id=\"facilities\">"),
        html.indexOf("</section>", html.indexOf("<section id=\"facilities\">")));
    assertThat(count(section, "<tr id=")).as("seed %d: HTML facility rows", SEED).isEqualTo(200);
    assertThat(section).contains("... and " + grouped(signalled - 200) + " more facilities with risk signals");

    String text = TextReport.render(report);
    String summary = text.substring(0, text.indexOf("\nRequirements\n"));
    assertThat(summary.lines().filter(l -> l.matches("  (PRESUMED_FORCED_LABOR|WRO_DETAINED|NEEDS_REVIEW)  .*")))
        .as("seed %d: products listed", SEED).hasSize(TextReport.PRODUCTS_SHOWN);
    assertThat(summary).contains("  ... and " + (notClear - TextReport.PRODUCTS_SHOWN)
        + " more products that are not clear (" + notClear + " in all)");
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).as("seed %d: text size", SEED).isLessThan(256 * 1024);
  }

  /** A count as the report's English messages write it: 1,234. */
  private static String grouped(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
