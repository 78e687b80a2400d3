package org.ctpat4j.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.testkit.builders.EvidenceGap;
import org.ctpat4j.testkit.builders.ReferenceCheck;
import org.junit.jupiter.api.Test;

class SupplyChainGeneratorTest {

  private static final DossierWriter WRITER = DossierWriter.standard();

  /**
   * The SHA-256 of the JSON of {@link #goldenConfiguration()} (line ends normalized to LF, since Jackson's pretty
   * printer uses the platform's). If it changes, generated chains changed for every user: that is a breaking change.
   */
  private static final String GOLDEN_SHA256 = "6fb2f7709b4c7b9992a5fb9fc222a2f722ee171cf2c209594a6403b3d63a11f6";

  private static SupplyChainGenerator.Builder goldenConfiguration() {
    return SupplyChainGenerator.newBuilder()
        .seed(20261101L)
        .facilities(300)
        .tiers(4)
        .fanIn(1, 4)
        .fanOut(1, 6)
        .cycleRate(0.05)
        .inject(InjectedRisk.LISTED_ENTITY, 3)
        .inject(InjectedRisk.XINJIANG_REGION, 4)
        .inject(InjectedRisk.ILAB_GOOD, 2)
        .inject(InjectedRisk.UNMAPPED_INPUT, 4, 2)
        .identifiers(true)
        .evidence(EvidenceGap.NO_IMPROVEMENT_PLAN);
  }

  private static String json(Dossier d) {
    return WRITER.write(d).replace("\r\n", "\n");
  }

  @Test
  void generate_goldenSeed_givesTheRecordedBytes() {
    String sha = Sha256.hex(json(goldenConfiguration().build().generate().dossier()).getBytes(StandardCharsets.UTF_8));
    assertThat(sha).isEqualTo(GOLDEN_SHA256);
  }

  @Test
  void generate_sameSeed_givesIdenticalJson() {
    String a = json(goldenConfiguration().build().generate().dossier());
    String b = json(goldenConfiguration().build().generate().dossier());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void generate_otherSeed_givesAnotherChain() {
    Dossier a = goldenConfiguration().build().generate().dossier();
    Dossier b = goldenConfiguration().seed(20261102L).build().generate().dossier();
    assertThat(b.links()).isNotEqualTo(a.links());
  }

  @Test
  void generate_json_roundTripsAndHasNoBrokenReference() {
    Dossier d = goldenConfiguration().build().generate().dossier();
    assertThat(ReferenceCheck.problems(d)).isEmpty();
    assertThat(DossierReader.strict().read(WRITER.write(d))).isEqualTo(d);
  }

  @Test
  void generate_shape_followsTheConfiguration() {
    GeneratedSupplyChain chain =
        SupplyChainGenerator.newBuilder().seed(7).facilities(2_000).tiers(5).fanIn(2, 4).fanOut(1, 5).build().generate();
    Dossier d = chain.dossier();
    assertThat(d.facilities()).hasSize(2_000);
    assertThat(chain.tiers()).isEqualTo(5);
    int sum = 0;
    for (int t = 1; t <= 5; t++) {
      sum += chain.facilitiesAt(t).size();
      if (t > 1) {
        assertThat(chain.facilitiesAt(t).size()).as("tier %d grows upstream", t)
            .isGreaterThanOrEqualTo(chain.facilitiesAt(t - 1).size());
      }
    }
    assertThat(sum).isEqualTo(2_000);
    Map<String, Integer> suppliers = new HashMap<>();
    Map<String, Integer> customers = new HashMap<>();
    for (Link l : d.links()) {
      assertThat(chain.tierOf(l.from()).getAsInt()).as("link %s", l).isEqualTo(chain.tierOf(l.to()).getAsInt() + 1);
      suppliers.merge(l.to(), 1, Integer::sum);
      customers.merge(l.from(), 1, Integer::sum);
    }
    for (Facility f : d.facilities()) {
      int tier = chain.tierOf(f.id()).getAsInt();
      if (tier < 5) {
        assertThat(suppliers.getOrDefault(f.id(), 0)).as("suppliers of %s", f.id()).isGreaterThanOrEqualTo(2);
      } else {
        assertThat(suppliers).doesNotContainKey(f.id());
      }
      if (tier > 1) {
        assertThat(customers.getOrDefault(f.id(), 0)).as("customers of %s", f.id()).isBetween(1, 5);
      }
    }
    Set<String> producers = d.products().stream().map(Product::producedBy).collect(Collectors.toSet());
    assertThat(producers).containsExactlyInAnyOrderElementsOf(chain.facilitiesAt(1));
  }

  @Test
  void generate_everyFacility_reachesAProduct() {
    GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder().seed(11).facilities(400).tiers(6).build().generate();
    for (Facility f : chain.dossier().facilities()) {
      assertThat(chain.downstreamProducts(f.id())).as("products of %s", f.id()).isNotEmpty()
          .containsExactlyElementsOf(Chains.downstreamProducts(chain.dossier(), f.id()));
    }
  }

  @Test
  void generate_noCycleRate_isAcyclicAndCycleRateClosesCycles() {
    GeneratedSupplyChain acyclic = SupplyChainGenerator.newBuilder().seed(3).facilities(500).build().generate();
    assertThat(acyclic.dossier().links()).allSatisfy(l ->
        assertThat(acyclic.tierOf(l.from()).getAsInt()).isGreaterThan(acyclic.tierOf(l.to()).getAsInt()));
    GeneratedSupplyChain cyclic =
        SupplyChainGenerator.newBuilder().seed(3).facilities(500).cycleRate(0.1).build().generate();
    List<Link> returns = cyclic.dossier().links().stream().filter(l ->
        cyclic.tierOf(l.from()).getAsInt() < cyclic.tierOf(l.to()).getAsInt()).toList();
    assertThat(returns).isNotEmpty().allSatisfy(l -> {
      assertThat(l.material()).isEqualTo("m90");
      assertThat(l.share()).isNull();
      // the receiver of a return flow supplies, directly or not, the one that returns it: a cycle
      assertThat(Chains.downstreamProducts(cyclic.dossier(), l.to()))
          .containsAll(Chains.downstreamProducts(cyclic.dossier(), l.from()));
    });
    int base = acyclic.dossier().links().size();
    assertThat(returns.size()).isBetween(1, (int) Math.ceil(0.1 * base) + 1);
  }

  @Test
  void generate_shares_sumToOnePerReceiverAndMaterial() {
    Dossier d = SupplyChainGenerator.newBuilder().seed(5).facilities(1_000).fanIn(1, 6).build().generate().dossier();
    Map<String, Integer> hundredths = new HashMap<>();
    for (Link l : d.links()) {
      assertThat(l.share()).isNotNull().isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
      hundredths.merge(l.to() + "/" + l.material(), (int) Math.round(l.share() * 100), Integer::sum);
    }
    assertThat(hundredths.values()).allMatch(v -> v == 100);
  }

  @Test
  void inject_eachRisk_usesRealReferenceDataAtTheRequestedTier() {
    GeneratedSupplyChain chain = goldenConfiguration().build().generate();
    Dossier d = chain.dossier();
    assertThat(chain.injections()).hasSize(5);
    Set<String> listed = RiskFixtures.LISTED_ENTITIES.stream().map(org.ctpat4j.risk.data.UflpaEntity::name).collect(Collectors.toSet());
    for (Injection i : chain.injections()) {
      Facility f = d.facility(i.facility()).orElseThrow();
      assertThat(chain.tierOf(f.id()).getAsInt()).isEqualTo(i.tier());
      assertThat(i.downstreamProducts()).isNotEmpty()
          .containsExactlyElementsOf(Chains.downstreamProducts(d, f.id()));
      switch (i.risk()) {
        case LISTED_ENTITY -> {
          assertThat(i.tier()).isEqualTo(3);
          assertThat(listed).contains(f.name());
          assertThat(f.country()).isEqualTo("CN");
        }
        case XINJIANG_REGION -> {
          assertThat(f.region()).isEqualTo("CN-XJ");
          assertThat(listed).doesNotContain(f.name());
          assertThat(ValidIdentifiers_isXinjiangUscc(f.identifiers().uscc())).isTrue();
        }
        case ILAB_GOOD -> {
          List<String> supplied = d.links().stream().filter(l -> l.from().equals(f.id()))
              .map(l -> d.material(l.material()).orElseThrow().name()).distinct().toList();
          assertThat(RiskFixtures.ILAB_FORCED_LABOR_GOODS).anySatisfy(g -> {
            assertThat(g.country()).isEqualTo(f.country());
            assertThat(supplied).containsExactly(g.good());
          });
        }
        case UNMAPPED_INPUT -> assertThat(d.unmappedInputs()).anySatisfy(u -> assertThat(u.facility()).isEqualTo(f.id()));
      }
    }
    assertThat(d.unmappedInputs()).hasSize(2);
    assertThat(chain.exposedProducts()).doesNotContainAnyElementsOf(chain.cleanProducts());
    assertThat(chain.exposedProducts().size() + chain.cleanProducts().size()).isEqualTo(d.products().size());
  }

  private static boolean ValidIdentifiers_isXinjiangUscc(String uscc) {
    return uscc != null && uscc.startsWith("9165") && org.ctpat4j.testkit.builders.ValidIdentifiers.isValidUscc(uscc);
  }

  @Test
  void generate_benignFacilities_areInLowRiskCountries() {
    GeneratedSupplyChain chain = goldenConfiguration().build().generate();
    Set<String> injected = chain.injections().stream().map(Injection::facility).collect(Collectors.toSet());
    assertThat(chain.dossier().facilities()).filteredOn(f -> !injected.contains(f.id()))
        .allSatisfy(f -> {
          assertThat(RiskFixtures.LOW_RISK_COUNTRIES).contains(f.country());
          assertThat(f.region()).isNull();
        });
  }

  @Test
  void evidence_complete_coversEveryProducerAndInjectedFacility() {
    GeneratedSupplyChain chain = goldenConfiguration().build().generate();
    var e = chain.dossier().evidence();
    List<String> tier1 = chain.facilitiesAt(1);
    List<String> upstreamInjected =
        chain.injections().stream().map(Injection::facility).filter(f -> !tier1.contains(f)).toList();
    List<String> committed = new java.util.ArrayList<>(tier1);
    committed.addAll(upstreamInjected);
    assertThat(upstreamInjected).as("the golden configuration plants risk upstream").isNotEmpty();
    assertThat(e.supplierCommitments()).extracting(c -> c.facility()).containsExactlyElementsOf(committed);
    assertThat(e.trainings()).filteredOn(t -> t.audience() == org.ctpat4j.core.dossier.TrainingAudience.SUPPLIER)
        .extracting(t -> t.facility()).containsExactlyElementsOf(committed);
    assertThat(e.audits()).extracting(a -> a.facility())
        .containsExactlyElementsOf(chain.injections().stream().map(Injection::facility).toList());
    assertThat(e.engagements()).extracting(g -> g.kind()).doesNotContain(org.ctpat4j.core.dossier.EngagementKind.IMPROVEMENT_PLAN);
    assertThat(e.codeOfConduct()).isNotNull();
  }

  @Test
  void products_fewerThanTierOne_shrinkTierOne() {
    GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder().seed(1).facilities(1_000).products(3).build().generate();
    assertThat(chain.dossier().products()).hasSize(3);
    assertThat(chain.facilitiesAt(1)).hasSize(3);
  }

  @Test
  void tierOf_unknownId_isEmpty() {
    GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder().seed(1).facilities(20).build().generate();
    assertThat(chain.tierOf("x")).isEmpty();
    assertThat(chain.tierOf("f99")).isEmpty();
    assertThat(chain.downstreamProducts("nope")).isEmpty();
  }

  @Test
  void build_badConfiguration_isRejectedNamingTheSetting() {
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seed");
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().seed(1).tiers(5).facilities(4).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facilities");
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().seed(1).fanIn(3, 2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fanIn");
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().seed(1).cycleRate(1.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycleRate");
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().seed(1).inject(InjectedRisk.LISTED_ENTITY, 9).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier");
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().seed(1).facilities(10).tiers(2)
            .inject(InjectedRisk.XINJIANG_REGION, 1, 50).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier 1 has");
    assertThatThrownBy(() -> SupplyChainGenerator.newBuilder().seed(1).facilities(10).tiers(1).products(3).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single tier");
  }

  @Test
  void setters_outOfRange_areRejectedAtOnceNamingTheSetting() {
    SupplyChainGenerator.Builder b = SupplyChainGenerator.newBuilder();
    assertThatThrownBy(() -> b.facilities(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("facilities must be at least 1: 0");
    assertThatThrownBy(() -> b.tiers(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must be at least 1: 0");
    assertThatThrownBy(() -> b.fanIn(0, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fanIn");
    assertThatThrownBy(() -> b.fanOut(2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fanOut must satisfy 1 <= min <= max: 2..1");
    assertThatThrownBy(() -> b.cycleRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycleRate");
    assertThatThrownBy(() -> b.tierGrowth(0.05)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tierGrowth");
    assertThatThrownBy(() -> b.products(10_000_001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("products");
    assertThatThrownBy(() -> b.inject(InjectedRisk.ILAB_GOOD, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    // a refused value leaves the builder as it was
    assertThat(b.seed(1).facilities(10).tiers(2).build().generate().dossier().facilities()).hasSize(10);
  }

  @Test
  void generate_hundredThousandFacilities_isConsistent() {
    GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder()
        .seed(100_000).facilities(100_000).tiers(6).fanIn(3, 5).cycleRate(0.01)
        .inject(InjectedRisk.LISTED_ENTITY, 6).build().generate();
    Dossier d = chain.dossier();
    assertThat(d.facilities()).hasSize(100_000);
    assertThat(d.links().size()).isGreaterThan(200_000);
    Set<String> ids = new HashSet<>();
    d.facilities().forEach(f -> ids.add(f.id()));
    assertThat(ids).hasSize(100_000);
    long dangling = d.links().stream().filter(l -> !ids.contains(l.from()) || !ids.contains(l.to())).count();
    assertThat(dangling).isZero();
    assertThat(chain.injections().get(0).downstreamProducts()).isNotEmpty();
  }
}
