package org.ctpat4j.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.testkit.builders.EvidenceGap;
import org.ctpat4j.testkit.builders.ReferenceCheck;
import org.ctpat4j.testkit.internal.SplitMix64;
import org.ctpat4j.testkit.junit.Seeded;
import org.ctpat4j.testkit.junit.TestSeed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Properties of generated chains over random configurations, driven by the testkit's own seed extension: a failure
 * prints the seed, and {@code @Seed(...)} or {@code -Dctpat4j.seed=...} replays it.
 */
@Seeded
class SupplyChainGeneratorProperties {

  private static final InjectedRisk[] RISKS = InjectedRisk.values();
  private static final EvidenceGap[] GAPS = EvidenceGap.values();

  /** A random configuration drawn from the test seed. */
  private static SupplyChainGenerator.Builder configuration(TestSeed seed) {
    SplitMix64 r = new SplitMix64(seed.value());
    int tiers = r.nextInt(1, 7);
    int facilities = r.nextInt(tiers * 3, 600);
    int fanInMin = r.nextInt(1, 3);
    int fanOutMin = r.nextInt(1, 2);
    SupplyChainGenerator.Builder b = SupplyChainGenerator.newBuilder()
        .seed(seed.derive(1))
        .facilities(facilities)
        .tiers(tiers)
        .fanIn(fanInMin, fanInMin + r.nextInt(4))
        .fanOut(fanOutMin, fanOutMin + r.nextInt(1, 8))
        .cycleRate(r.chance(0.5) ? 0 : r.nextDouble() * 0.2)
        .tierGrowth(0.5 + r.nextDouble() * 2)
        .identifiers(r.chance(0.3));
    for (int i = r.nextInt(4); i > 0; i--) {
      b.inject(RISKS[r.nextInt(RISKS.length)], r.nextInt(1, tiers));
    }
    if (r.chance(0.5)) {
      b.evidence(GAPS[r.nextInt(GAPS.length)]);
    }
    return b;
  }

  @RepeatedTest(25)
  void generate_anyConfiguration_isWellFormedAndDeterministic(TestSeed seed) {
    SupplyChainGenerator generator;
    try {
      generator = configuration(seed).build();
    } catch (IllegalArgumentException refused) {
      // the only refusal a drawn configuration can get: more risks drawn for a tier than it has facilities; any other
      // is a bug, and this one shows as a skipped repetition rather than a silent pass
      assertThat(refused).hasMessageMatching("tier \\d+ has \\d+ facilities, fewer than the \\d+ risks injected there");
      Assumptions.abort("refused, rightly: " + refused.getMessage());
      return;
    }
    GeneratedSupplyChain chain = generator.generate();
    Dossier d = chain.dossier();
    String json = DossierWriter.standard().write(d);
    if (d.evidence().documents().isEmpty() && !d.evidence().equals(Evidence.NONE)) {
      // EvidenceGap.MISSING_DOCUMENTS drops the documents the evidence cites: broken references on purpose
      assertThat(ReferenceCheck.problems(d)).as("references to the dropped documents").isNotEmpty();
    } else {
      assertThat(ReferenceCheck.problems(d)).as("references").isEmpty();
      assertThat(DossierReader.strict().read(json)).isEqualTo(d);
    }
    assertThat(DossierWriter.standard().write(generator.generate().dossier())).as("same seed, same bytes").isEqualTo(json);

    for (Link l : d.links()) {
      if (l.share() != null) {
        assertThat(chain.tierOf(l.from()).getAsInt()).as("supply link %s goes one tier down", l)
            .isEqualTo(chain.tierOf(l.to()).getAsInt() + 1);
      }
    }
    for (var f : d.facilities()) {
      assertThat(chain.downstreamProducts(f.id())).as("facility %s reaches a product", f.id()).isNotEmpty();
    }
    for (Injection i : chain.injections()) {
      assertThat(i.downstreamProducts()).as("downstream of %s", i.facility())
          .containsExactlyElementsOf(Chains.downstreamProducts(d, i.facility()));
    }
  }
}
