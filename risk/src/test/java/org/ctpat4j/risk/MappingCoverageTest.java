package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.internal.Origins;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mapping coverage counts silent gaps, over products and over HIGH-risk materials (issue 12, item 5). */
class MappingCoverageTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /** Silent gaps counted in levels, signals and {@code mappingCoverage()}. */
  private static final RiskEngine STRICT = RiskEngine.newBuilder().countSilentGaps(true).build();

  private static Facility facility(String id, String name, String country, Boolean origin) {
    return new Facility(id, name, List.of(), country, null, null, Identifiers.NONE, false, origin);
  }

  /**
   * A home-textiles and solar importer: an Argentine gin (raw cotton, an origin by its HS code) feeds a Faisalabad
   * spinner and a Karachi towel mill; a Lahore sheet mill has no supplier on file; a Mexican tomato grower feeds a
   * paste maker; a Sichuan polysilicon plant with no supplier on file feeds a wafer maker and a Penang module
   * assembler.
   */
  static Dossier homeTextilesAndSolar(List<UnmappedInput> declared) {
    List<Facility> fs = List.of(
        facility("gin-chaco", "Algodonera del Chaco S.A.", "AR", null),
        facility("spin-fsd", "Faisalabad Combed Yarns (Pvt) Ltd", "PK", null),
        facility("towel-khi", "Karachi Terry Mills Ltd", "PK", null),
        facility("sheet-lhe", "Lahore Home Textiles (Pvt) Ltd", "PK", null),
        facility("farm-sin", "Agricola Los Olivos S.A. de C.V.", "MX", null),
        facility("paste-gto", "Conservas del Bajio S.A. de C.V.", "MX", null),
        facility("poly-ls", "Leshan Topsil Materials Co., Ltd.", "CN", null),
        facility("wafer-yz", "Yangzhou Brightwafer Solar Co., Ltd.", "CN", null),
        facility("module-png", "Penang Solar Modules Sdn. Bhd.", "MY", null));
    List<Material> ms = List.of(
        new Material("raw-cotton", "Raw cotton, ginned", "5201.00"),
        new Material("yarn", "Combed cotton yarn Ne 30/1", "5205.26"),
        new Material("tomatoes", "Fresh tomatoes", "0702.00"),
        new Material("polysilicon", "Polysilicon chunks", "2804.61"),
        new Material("wafers", "Monocrystalline silicon wafers", "3818.00"),
        new Material("cartons", "Corrugated shipping cartons", "4819.10"));
    List<Link> ls = List.of(
        new Link("gin-chaco", "spin-fsd", "raw-cotton"),
        new Link("spin-fsd", "towel-khi", "yarn"),
        new Link("farm-sin", "paste-gto", "tomatoes"),
        new Link("poly-ls", "wafer-yz", "polysilicon"),
        new Link("wafer-yz", "module-png", "wafers"));
    List<Product> ps = List.of(
        new Product("towels", "Cotton bath towels", "6302.60", "towel-khi"),
        new Product("sheets", "Cotton bed sheets, percale", "6302.31", "sheet-lhe"),
        new Product("paste", "Tomato paste 28/30 Brix", "2002.90", "paste-gto"),
        new Product("modules", "Solar modules 410 W", "8541.43", "module-png"));
    return Graphs.dossier(fs, ms, ls, declared, ps);
  }

  @Test
  void assess_producerWithNoInboundLinks_isUnmappedNotCovered() {
    RiskResult r = STRICT.assess(homeTextilesAndSolar(List.of()), AS_OF);
    // before: nothing was declared unmapped, so every product counted as mapped (coverage 1.0)
    assertThat(r.mappingCoverage()).isEqualTo(0.5);
    MappingCoverage c = r.mapping();
    assertThat(c.products()).isEqualTo(4);
    assertThat(c.productsMapped()).isEqualTo(2);
    assertThat(c.silentGaps()).containsExactly("poly-ls", "sheet-lhe");
    assertThat(c.isSilentGap("gin-chaco")).isFalse();
    assertThat(c.isSilentGap("farm-sin")).isFalse();
    assertThat(r.product("sheets").orElseThrow().level()).isEqualTo(RiskLevel.UNKNOWN);
    assertThat(r.product("modules").orElseThrow().level()).isIn(RiskLevel.UNKNOWN, RiskLevel.HIGH);
  }

  @Test
  void assess_defaultEngine_countsSilentGapsInMappingOnly() {
    RiskResult r = RiskEngine.standard().assess(homeTextilesAndSolar(List.of()), AS_OF);
    assertThat(r.mappingCoverage()).isEqualTo(1.0);
    assertThat(r.mapping().productShare()).isEqualTo(0.5);
    assertThat(r.mapping().silentGaps()).containsExactly("poly-ls", "sheet-lhe");
    assertThat(r.mapping().unmappedHighRiskMaterials()).containsExactly("polysilicon", "wafers");
    assertThat(r.product("sheets").orElseThrow().level()).isNotEqualTo(RiskLevel.UNKNOWN);
  }

  @Test
  void assess_silentGap_raisesUnknownSignalNamingTheFacility() {
    RiskResult r = STRICT.assess(homeTextilesAndSolar(List.of()), AS_OF);
    assertThat(r.facility("sheet-lhe").orElseThrow().signals())
        .filteredOn(s -> s.rule().equals("unmapped-input"))
        .singleElement().satisfies(s -> {
          assertThat(s.level()).isEqualTo(RiskLevel.UNKNOWN);
          assertThat(s.reason()).contains("Lahore Home Textiles (Pvt) Ltd")
              .contains("no inbound links and is not an origin").contains("HS 6302.31");
        });
    assertThat(r.facility("poly-ls").orElseThrow().signals()).extracting(RiskSignal::rule)
        .contains("unmapped-input");
    assertThat(r.facility("gin-chaco").map(f -> f.signals().stream().map(RiskSignal::rule).toList())
        .orElse(List.of())).doesNotContain("unmapped-input");
  }

  @Test
  void assess_highRiskMaterials_countedByUflpaSectorAndIlabForcedLabor() {
    RiskResult r = STRICT.assess(homeTextilesAndSolar(List.of()), AS_OF);
    MappingCoverage c = r.mapping();
    // raw cotton and yarn (cotton sector), tomatoes (tomatoes), polysilicon and wafers (silica-based products);
    // cartons are in no sector and on no forced-labor list
    assertThat(c.highRiskMaterials()).isEqualTo(5);
    assertThat(c.highRiskMaterialsMapped()).isEqualTo(3);
    assertThat(c.unmappedHighRiskMaterials()).containsExactly("polysilicon", "wafers");
    assertThat(c.highRiskMaterialShare()).isEqualTo(0.6);
  }

  @Test
  void assess_declaredUnmappedInput_isNotASilentGapButStillUnmapped() {
    RiskResult r = STRICT.assess(homeTextilesAndSolar(
        List.of(new UnmappedInput("sheet-lhe", "yarn", "spinner not disclosed by the mill"))), AS_OF);
    assertThat(r.mapping().silentGaps()).containsExactly("poly-ls");
    assertThat(r.mapping().productsMapped()).isEqualTo(2);
    assertThat(r.mapping().unmappedHighRiskMaterials()).containsExactly("polysilicon", "wafers", "yarn");
  }

  @Test
  void assess_statedOriginFlag_overridesTheHsChapters() {
    Dossier d = homeTextilesAndSolar(List.of());
    List<Facility> fs = new ArrayList<>();
    for (Facility f : d.facilities()) {
      if (f.id().equals("poly-ls")) {
        // the plant's quartz mine is its own and in the dossier's scope of "origin"
        fs.add(facility(f.id(), f.name(), f.country(), true));
      } else if (f.id().equals("gin-chaco")) {
        // a gin that buys seed cotton from farms the importer has not mapped
        fs.add(facility(f.id(), f.name(), f.country(), false));
      } else {
        fs.add(f);
      }
    }
    Dossier changed = new Dossier(d.format(), d.asOf(), d.partner(), fs, d.materials(), d.links(),
        d.unmappedInputs(), d.products(), d.evidence());
    RiskResult r = STRICT.assess(changed, AS_OF);
    assertThat(r.mapping().silentGaps()).containsExactly("gin-chaco", "sheet-lhe");
    assertThat(r.facility("gin-chaco").orElseThrow().signals())
        .anySatisfy(s -> assertThat(s.reason()).contains("the dossier says it is not an origin"));
    assertThat(r.product("towels").orElseThrow().level()).isEqualTo(RiskLevel.UNKNOWN);
  }

  @Test
  void assess_facilityMakingNothing_isNoGap() {
    Dossier d = Graphs.dossier(List.of(facility("wh", "Laredo Bonded Warehouse LLC", "US", null)), List.of(),
        List.of(), List.of(), List.of());
    RiskResult r = STRICT.assess(d, AS_OF);
    assertThat(r.mapping().silentGaps()).isEmpty();
    assertThat(r.mappingCoverage()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "HS {0} raw={1}")
  @CsvSource({
      "5201.00, true", "5205.26, false", "2804.61, false", "0702.00, true", "2002.90, false", "6302.60, false",
      "2601.11, true", "2618.00, false", "0303.89, true", "0304.71, false", "1006.10, true", "1006.30, false",
      "4403.49, true", "4407.29, false", "0201.30, false", "4101.20, false", "2709.00, true", "2710.19, false",
      "0901.11, true", "0901.21, false", "2523.29, false", "2505.10, true", "1511.10, false", "4001.21, true",
      "7102.31, true", "7102.39, false", "0813.40, false", "1212.93, true"})
  void isRawGood_followsTheHsHeadings(String hs, boolean raw) {
    assertThat(Origins.isRawGood(hs)).isEqualTo(raw);
  }

  @Test
  void isRawGood_withoutDigits_isFalse() {
    assertThat(Origins.isRawGood(null)).isFalse();
    assertThat(Origins.isRawGood("")).isFalse();
    assertThat(Origins.isRawGood("n/a")).isFalse();
  }

  @Test
  void mappingCoverage_rejectsInconsistentCounts() {
    assertThatThrownBy(() -> new MappingCoverage(2, 3, 0, 0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("productsMapped");
    assertThatThrownBy(() -> new MappingCoverage(2, 2, 2, 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unmappedHighRiskMaterials");
    assertThat(new MappingCoverage(0, 0, 0, 0, List.of(), List.of()).productShare()).isEqualTo(1.0);
    assertThat(MappingCoverage.ofShare(0.5, 4).productsMapped()).isEqualTo(2);
  }
}
