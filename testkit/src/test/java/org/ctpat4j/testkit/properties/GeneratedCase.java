package org.ctpat4j.testkit.properties;

import java.util.EnumMap;
import java.util.Optional;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.testkit.builders.EvidenceGap;
import org.ctpat4j.testkit.gen.GeneratedSupplyChain;
import org.ctpat4j.testkit.gen.InjectedRisk;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;
import org.ctpat4j.testkit.internal.SplitMix64;
import org.ctpat4j.testkit.junit.TestSeed;

/**
 * One random case of the project's property tests: a generated chain of 50 to 2,000 facilities over 2 to 6 tiers,
 * each kind of {@link InjectedRisk} planted with probability 0.6 at a random tier, at most one {@link EvidenceGap}.
 * Everything is drawn from the test seed, so a failing case replays from it.
 *
 * @param seed the test seed
 * @param chain the generated chain
 * @param gap the gap opened in its evidence, if any
 * @param description what was drawn, for assertion descriptions
 */
record GeneratedCase(TestSeed seed, GeneratedSupplyChain chain, Optional<EvidenceGap> gap, String description) {

  /** Draws a case from a test seed. */
  static GeneratedCase draw(TestSeed seed, boolean withGap) {
    SplitMix64 r = new SplitMix64(seed.value());
    int tiers = r.nextInt(2, 6);
    int facilities = r.nextInt(50, 2_000);
    int fanInMin = r.nextInt(1, 3);
    EnumMap<InjectedRisk, Integer> tierOf = new EnumMap<>(InjectedRisk.class);
    for (InjectedRisk k : InjectedRisk.values()) {
      if (r.chance(0.6)) {
        tierOf.put(k, r.nextInt(1, tiers));
      }
    }
    EvidenceGap gap = withGap && r.chance(0.8) ? EvidenceGap.values()[r.nextInt(EvidenceGap.values().length)] : null;
    SupplyChainGenerator.Builder b =
        SupplyChainGenerator.newBuilder()
            .seed(seed.derive(1))
            .facilities(facilities)
            .tiers(tiers)
            .fanIn(fanInMin, fanInMin + r.nextInt(3))
            .fanOut(1, 1 + r.nextInt(1, 8))
            .cycleRate(r.chance(0.5) ? 0 : r.nextDouble() * 0.1)
            .identifiers(r.chance(0.3));
    if (gap != null) {
      b.evidence(gap);
    }
    SupplyChainGenerator generator;
    try {
      SupplyChainGenerator.Builder planted = b;
      tierOf.forEach(planted::inject);
      generator = planted.build();
    } catch (IllegalArgumentException smallTier) {
      // more risks drawn for a tier than it has facilities: plant them all at the origin tier, the largest
      SupplyChainGenerator.Builder again =
          SupplyChainGenerator.newBuilder()
              .seed(seed.derive(1))
              .facilities(facilities)
              .tiers(tiers)
              .fanIn(fanInMin, fanInMin + 1)
              .identifiers(false);
      if (gap != null) {
        again.evidence(gap);
      }
      tierOf.keySet().forEach(k -> again.inject(k, tiers));
      generator = again.build();
    }
    GeneratedSupplyChain chain = generator.generate();
    String description = "seed " + seed.value() + ": " + chain + ", injected " + chain.injections() + ", gap " + gap;
    return new GeneratedCase(seed, chain, Optional.ofNullable(gap), description);
  }

  /** The level the risk engine must give a facility planted with a risk. */
  static RiskLevel levelOf(InjectedRisk risk) {
    return risk == InjectedRisk.UNMAPPED_INPUT ? RiskLevel.UNKNOWN : RiskLevel.HIGH;
  }

  /** The id of the rule that must flag a facility planted with a risk. */
  static String ruleOf(InjectedRisk risk) {
    return switch (risk) {
      case LISTED_ENTITY -> "uflpa-entity-list";
      case XINJIANG_REGION -> "uflpa-region";
      case ILAB_GOOD -> "ilab-goods";
      case UNMAPPED_INPUT -> "unmapped-input";
    };
  }

  /** Whether some planted risk makes a facility high-risk. */
  boolean hasHighRisk() {
    return chain.injections().stream().anyMatch(i -> levelOf(i.risk()) == RiskLevel.HIGH);
  }

  /** Whether a listed entity or a Xinjiang facility was planted (the UFLPA presumption; it gets an open case). */
  boolean hasPresumption() {
    return !chain.injections(InjectedRisk.LISTED_ENTITY).isEmpty()
        || !chain.injections(InjectedRisk.XINJIANG_REGION).isEmpty();
  }

  /** Whether some planted HIGH risk is not under the UFLPA presumption (so no remediation case defers its audit). */
  boolean hasHighRiskOutsidePresumption() {
    return chain.injections().stream()
        .anyMatch(i -> levelOf(i.risk()) == RiskLevel.HIGH
            && i.risk() != InjectedRisk.LISTED_ENTITY && i.risk() != InjectedRisk.XINJIANG_REGION);
  }

  /** Whether an unmapped input was planted. */
  boolean hasUnmappedInput() {
    return !chain.injections(InjectedRisk.UNMAPPED_INPUT).isEmpty();
  }
}
