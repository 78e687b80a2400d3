package org.ctpat4j.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskAssessor;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.location.Gazetteer;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.testkit.builders.DossierBuilder;
import org.ctpat4j.testkit.builders.Dossiers;
import org.ctpat4j.testkit.builders.FacilityBuilder;
import org.ctpat4j.testkit.internal.SplitMix64;
import org.ctpat4j.testkit.junit.Seeded;
import org.ctpat4j.testkit.junit.TestSeed;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The UFLPA presumption has no de minimis (UFLPA section 3, Pub. L. 117-78): putting a facility located in the XUAR,
 * by its region or by any spelling of the bundled gazetteer in its address, anywhere upstream of a product makes the
 * product {@link Admissibility#PRESUMED_FORCED_LABOR} whatever the share and the tier; taking it out restores the
 * previous answer of every product. A failure prints the seed; replay with {@code @Seed(...)} or
 * {@code -Dctpat4j.seed=...}.
 */
@Seeded
class AdmissibilityProperties {

  private static final RiskAssessor ENGINE = RiskEngine.standard();
  private static final List<Gazetteer.Place> PLACES = Gazetteer.bundled().places();

  @RepeatedTest(40)
  void xuarFacilityAnywhereUpstream_presumesTheProduct_andTakingItOutRestoresTheAnswer(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, false);
    Dossier d = c.chain().dossier();
    SplitMix64 r = new SplitMix64(seed.derive(11));
    Product product = d.products().get(r.nextInt(d.products().size()));
    List<String> upstream = upstreamOf(d, product.producedBy());
    String target = upstream.get(r.nextInt(upstream.size()));
    double share = r.chance(0.3) ? 0.0001 : Math.max(0.0001, r.nextDouble());

    FacilityBuilder x = Dossiers.facility("added-xuar").name("Added Industrial Input Co., Ltd.").country("CN");
    String where = place(r, x);
    Dossier with = DossierBuilder.from(d)
        .facility(x)
        .material("m-added", "Industrial input", null)
        .link(Dossiers.link("added-xuar", target, "m-added").share(share))
        .build();
    String description = c.description() + "; added " + where + " supplying " + target + " (share " + share
        + ", upstream of " + product.id() + ")";

    RiskResult before = ENGINE.assess(d, d.asOf());
    RiskResult after = ENGINE.assess(with, d.asOf());
    Dossier without = DossierBuilder.from(with).withoutLink("added-xuar", target).withoutFacility("added-xuar").build();
    RiskResult restored = ENGINE.assess(without, d.asOf());

    assertThat(after.product(product.id()).orElseThrow().admissibility()).as(description)
        .isEqualTo(Admissibility.PRESUMED_FORCED_LABOR);
    assertThat(after.product(product.id()).orElseThrow().reasons()).as(description)
        .anySatisfy(reason -> assertThat(reason.facility()).isEqualTo("added-xuar"));
    assertThat(answers(restored)).as(description).isEqualTo(answers(before));
  }

  /** Places the facility in the XUAR by region or by one spelling of a random gazetteer place; says how. */
  private static String place(SplitMix64 r, FacilityBuilder x) {
    if (r.chance(0.2)) {
      String region = r.chance(0.5) ? "CN-XJ" : "CN-65";
      x.region(region);
      return "region " + region;
    }
    Gazetteer.Place p = PLACES.get(r.nextInt(PLACES.size()));
    List<String> spellings = new ArrayList<>();
    spellings.add(p.nameZh());
    spellings.add(p.namePinyin());
    spellings.addAll(p.otherNames());
    String spelling = spellings.get(r.nextInt(spellings.size()));
    String address = "No. " + (1 + r.nextInt(200)) + " Industrial Road, " + spelling
        + (p.ambiguous() ? ", Xinjiang" : "") + ", China";
    x.address(address);
    return "address '" + address + "'" + (p.ambiguous() ? " (ambiguous place, corroborated)" : "");
  }

  private static List<String> upstreamOf(Dossier d, String producer) {
    Map<String, List<String>> suppliers = new HashMap<>();
    for (Link l : d.links()) {
      suppliers.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    seen.add(producer);
    queue.add(producer);
    while (!queue.isEmpty()) {
      for (String s : suppliers.getOrDefault(queue.poll(), List.of())) {
        if (seen.add(s)) {
          queue.add(s);
        }
      }
    }
    return new ArrayList<>(seen);
  }

  private static Map<String, Admissibility> answers(RiskResult result) {
    Map<String, Admissibility> out = new HashMap<>();
    for (ProductExposure p : result.products()) {
      out.put(p.product(), p.admissibility());
    }
    return out;
  }
}
