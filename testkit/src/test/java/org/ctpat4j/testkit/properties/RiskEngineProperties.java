package org.ctpat4j.testkit.properties;

import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskAssessor;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.testkit.gen.Injection;
import org.ctpat4j.testkit.junit.Seeded;
import org.ctpat4j.testkit.junit.TestSeed;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Properties of ctpat4j-risk's {@link RiskEngine} on generated chains with planted risk. They live in the testkit
 * because risk cannot depend on it (the testkit depends on risk). A failure prints the seed; replay with
 * {@code @Seed(...)} or {@code -Dctpat4j.seed=...}.
 */
@Seeded
class RiskEngineProperties {

  private static final RiskAssessor ENGINE = RiskEngine.standard();

  @RepeatedTest(12)
  void plantedFacility_getsItsSignal_andExposesEveryDownstreamProductThroughIt(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, false);
    Dossier d = c.chain().dossier();
    RiskResult result = ENGINE.assess(d, d.asOf());
    for (Injection i : c.chain().injections()) {
      RiskLevel level = GeneratedCase.levelOf(i.risk());
      assertThat(result).as("%s: %s", c.description(), i)
          .hasFacility(i.facility()).withSignal(GeneratedCase.ruleOf(i.risk())).withLevel(level);
      assertThat(i.downstreamProducts()).as("%s: %s reaches a product", c.description(), i).isNotEmpty();
      for (String p : i.downstreamProducts()) {
        // at most four planted facilities and the engine's default of five paths: every one shows
        assertThat(result).as("%s: %s, product %s", c.description(), i, p)
            .hasProduct(p).withLevelAtLeast(level).withPathThrough(i.facility());
      }
    }
  }

  @RepeatedTest(12)
  void cleanPartOfTheChain_staysLow(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, false);
    Dossier d = c.chain().dossier();
    RiskResult result = ENGINE.assess(d, d.asOf());
    Set<String> planted = new TreeSet<>();
    c.chain().injections().forEach(i -> planted.add(i.facility()));
    Set<String> flagged = new TreeSet<>();
    for (FacilityRisk f : result.facilities()) {
      flagged.add(f.facility());
    }
    assertThat(flagged).as("%s: facilities with a signal", c.description()).isEqualTo(planted);
    for (String p : c.chain().cleanProducts()) {
      assertThat(result).as("%s: clean product %s", c.description(), p)
          .hasProduct(p).withLevel(RiskLevel.LOW).withoutPaths();
    }
    TreeSet<String> exposedAtAll = new TreeSet<>();
    for (ProductExposure p : result.products()) {
      if (p.level() != RiskLevel.LOW) {
        exposedAtAll.add(p.product());
      }
    }
    assertThat(exposedAtAll).as("%s: products above LOW", c.description())
        .containsExactlyElementsOf(c.chain().exposedProducts());
    assertThat(result).as(c.description()).hasCoverage(c.hasUnmappedInput() ? coverage(c) : 1.0);
  }

  /** The share of products downstream of no unmapped input. */
  private static double coverage(GeneratedCase c) {
    TreeSet<String> unmapped = new TreeSet<>();
    c.chain().injections().stream()
        .filter(i -> GeneratedCase.levelOf(i.risk()) == RiskLevel.UNKNOWN)
        .forEach(i -> unmapped.addAll(i.downstreamProducts()));
    int all = c.chain().dossier().products().size();
    return (all - unmapped.size()) / (double) all;
  }
}
