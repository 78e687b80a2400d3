package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /** tier-4 Xinjiang cotton farm -> tier-3 gin -> tier-2 spinner -> tier-1 garment maker -> product; and a cycle. */
  static Dossier chain() {
    List<Facility> fs = List.of(
        new Facility("farm", "Aksu Farm", "CN", "CN-XJ"),
        new Facility("gin", "Gin Works", "US", null),
        new Facility("spin", "Spinner", "US", null),
        new Facility("sew", "Garment Maker", "US", null),
        new Facility("loop", "Recycler", "US", null),
        // a recycler of post-consumer textile waste: the dossier states that nothing upstream of it is to be mapped
        new Facility("clean", "Clean Mill", List.of(), "US", null, null, Identifiers.NONE, false, true));
    List<Material> ms = List.of(new Material("lint", "Cotton lint", "5201.00"), new Material("yarn", "Widget", null));
    List<Link> ls = List.of(
        new Link("farm", "gin", "lint"), new Link("gin", "spin", "lint"), new Link("spin", "sew", "yarn"),
        new Link("spin", "loop", "yarn"), new Link("loop", "spin", "yarn"), new Link("clean", "sew", "yarn"));
    List<Product> ps = List.of(new Product("p1", "T-shirt", "6109.10", "sew"),
        new Product("p2", "Clean yarn", null, "clean"));
    return Graphs.dossier(fs, ms, ls, List.of(), ps);
  }

  @Test
  void assess_xinjiangAtTier4_reachesProductWithPath() {
    RiskResult r = RiskEngine.standard().assess(chain(), AS_OF);
    ProductExposure p1 = r.product("p1").orElseThrow();
    assertThat(p1.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(p1.score()).isEqualTo(1.0);
    assertThat(p1.paths().get(0)).containsExactly("farm", "gin", "spin", "sew");
    assertThat(r.product("p2").orElseThrow().level()).isEqualTo(RiskLevel.LOW);
    assertThat(r.product("p2").orElseThrow().paths()).isEmpty();
    assertThat(r.tiers()).containsEntry("sew", 1).containsEntry("spin", 2).containsEntry("gin", 3)
        .containsEntry("farm", 4).containsEntry("loop", 3).containsEntry("clean", 1);
    assertThat(r.facility("farm").orElseThrow().signals()).extracting(RiskSignal::rule)
        .contains("uflpa-region", "ilab-goods");
    assertThat(r.mappingCoverage()).isEqualTo(1.0);
    assertThat(r.referenceData()).anyMatch(v -> v.name().equals("UFLPA Entity List") && !v.complete());
  }

  @Test
  void assess_unmappedInput_propagatesUnknownAndLowersCoverage() {
    Dossier d = chain();
    Dossier withUnmapped = new Dossier(d.format(), d.asOf(), d.partner(), d.facilities(), d.materials(), d.links(),
        List.of(new UnmappedInput("clean", "yarn", "supplier not disclosed")), d.products(), d.evidence());
    RiskResult r = RiskEngine.standard().assess(withUnmapped, AS_OF);
    assertThat(r.product("p2").orElseThrow().level()).isEqualTo(RiskLevel.UNKNOWN);
    assertThat(r.product("p1").orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
    assertThat(r.mappingCoverage()).isEqualTo(0.0);
  }

  @Test
  void assess_ruleThrows_failsNamingRuleAndFacility() {
    RiskRule broken = rule("broken", context -> {
      if (context.facility().id().equals("spin")) {
        throw new IllegalStateException("boom");
      }
      return List.of();
    });
    RiskEngine engine = RiskEngine.newBuilder().addRule(broken).parallelism(3).build();
    assertThatThrownBy(() -> engine.assess(chain(), AS_OF))
        .isInstanceOf(RiskRuleException.class)
        .hasMessageContaining("'broken'").hasMessageContaining("'spin'").hasMessageContaining("boom")
        .satisfies(e -> assertThat(((RiskRuleException) e).facility()).isEqualTo("spin"));
  }

  @Test
  void assess_ruleReturningANullSignal_failsNamingRuleAndFacility() {
    for (java.util.function.Supplier<List<RiskSignal>> withNull :
        List.<java.util.function.Supplier<List<RiskSignal>>>of(
            () -> new java.util.ArrayList<>(java.util.Collections.singletonList(null)),
            () -> new java.util.LinkedList<>(java.util.Collections.singletonList(null)))) {
      RiskRule broken = rule("nulls", context -> context.facility().id().equals("gin") ? withNull.get() : List.of());
      RiskEngine engine = RiskEngine.newBuilder().addRule(broken).build();
      assertThatThrownBy(() -> engine.assess(chain(), AS_OF))
          .isInstanceOf(RiskRuleException.class)
          .hasMessageContaining("'nulls'").hasMessageContaining("'gin'").hasMessageContaining("null signal");
    }
  }

  @Test
  void assess_facilityContexts_listEachMaterialOnceByIdAndCannotBeChanged() {
    java.util.Map<String, FacilityContext> seen = new java.util.concurrent.ConcurrentHashMap<>();
    RiskRule recording = rule("recording", context -> {
      seen.put(context.facility().id(), context);
      return List.of();
    });
    Dossier d = chain();
    Dossier withUnmapped = new Dossier(d.format(), d.asOf(), d.partner(), d.facilities(), d.materials(), d.links(),
        List.of(new UnmappedInput("sew", "lint", "a second source not disclosed"),
            new UnmappedInput("sew", "yarn", "a third source not disclosed")), d.products(), d.evidence());

    RiskEngine.newBuilder().addRule(recording).build().assess(withUnmapped, AS_OF);

    // spin receives lint (from gin) and yarn (from loop), and sends yarn twice (to sew and to loop)
    assertThat(seen.get("spin").receives()).extracting(Material::id).containsExactly("lint", "yarn");
    assertThat(seen.get("spin").makes()).extracting(Material::id).containsExactly("yarn");
    // sew receives yarn from spin and from clean, and declares lint and yarn it cannot trace
    assertThat(seen.get("sew").receives()).extracting(Material::id).containsExactly("lint", "yarn");
    assertThat(seen.get("sew").inputs()).hasSize(2);
    assertThat(seen.get("sew").makes()).isEmpty();
    assertThat(seen.get("farm").receives()).isEmpty();
    assertThat(seen.get("farm").makes()).extracting(Material::id).containsExactly("lint");
    for (FacilityContext c : seen.values()) {
      assertThatThrownBy(() -> c.receives().add(null)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> c.makes().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void prepare_runsEveryRuleOnceOnAProbe_andChangesNoAssessment() {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    RiskRule recording = rule("recording", context -> {
      seen.add(context.facility().id());
      return List.of();
    });
    RiskEngine engine = RiskEngine.newBuilder().addRule(recording).build();
    RiskResult unprepared = RiskEngine.newBuilder().addRule(recording).build().assess(chain(), AS_OF);
    seen.clear();

    assertThat(engine.prepare()).isSameAs(engine);
    assertThat(seen).containsExactlyInAnyOrder("probe-mill", "probe-maker");
    assertThat(engine.prepare().assess(chain(), AS_OF)).isEqualTo(unprepared);
  }

  @Test
  void builder_serviceLoader_findsEveryBuiltInRule() {
    assertThat(RiskEngine.newBuilder().build().ruleIds()).containsExactly("audit-indicators", "ilab-downstream",
        "ilab-goods", "tip-tier", "uflpa-entity-list", "uflpa-region", "unmapped-input", "wro-findings");
  }

  @Test
  void builder_replaceAndWithoutRule_changeSignals() {
    RiskRule quiet = rule("uflpa-region", context -> List.of());
    RiskEngine engine = RiskEngine.newBuilder().replaceRule("uflpa-region", quiet).withoutRule("ilab-goods")
        .withoutRule("wro-findings").build();
    RiskResult r = engine.assess(chain(), AS_OF);
    assertThat(r.facility("farm").orElseThrow().signals()).extracting(RiskSignal::rule).containsExactly("tip-tier");
    assertThat(r.product("p1").orElseThrow().level()).isEqualTo(RiskLevel.MEDIUM);
    assertThatThrownBy(() -> RiskEngine.newBuilder().addRule(quiet)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskEngine.newBuilder().withoutRule("nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void assess_linkToUnknownFacility_failsNamingTheField() {
    Dossier d = Graphs.dossier(List.of(new Facility("a", "A", "US", null)), List.of(),
        List.of(new Link("a", "ghost", "m")), List.of(), List.of());
    assertThatThrownBy(() -> RiskEngine.standard().assess(d, AS_OF))
        .isInstanceOf(SupplyChainException.class).hasMessageContaining("links[0].to").hasMessageContaining("ghost");
  }

  @Test
  void assess_tipTierAlone_neverHigh() {
    Dossier d = Graphs.dossier(
        List.of(new Facility("kp", "Pyongyang Widget Works", List.of(), "KP", null, null, Identifiers.NONE, false, true)),
        List.of(new Material("w", "Widget", null)), List.of(),
        List.of(), List.of(new Product("p", "Widget", null, "kp")));
    RiskResult r = RiskEngine.standard().assess(d, AS_OF);
    assertThat(r.levelOf("kp")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(r.product("p").orElseThrow().level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void supplierGraph_queries_followLinksAndCycles() {
    SupplierGraph g = SupplierGraph.of(chain());
    assertThat(g.upstreamOf("sew")).containsExactly("clean", "farm", "gin", "loop", "spin");
    assertThat(g.downstreamOf("gin")).containsExactly("loop", "sew", "spin");
    assertThat(g.cycles()).containsExactly(List.of("loop", "spin"));
    assertThat(g.productsReachedBy("farm")).containsExactly("p1");
    assertThat(g.linksInto("spin")).extracting(Link::from).containsExactly("gin", "loop");
    assertThat(g.upstreamOf("spin")).contains("spin");
  }

  /** A rule of the given id that answers with {@code evaluate}. */
  private static RiskRule rule(String id, Function<FacilityContext, List<RiskSignal>> evaluate) {
    return new RiskRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<RiskSignal> evaluate(FacilityContext context) {
        return evaluate.apply(context);
      }
    };
  }
}
