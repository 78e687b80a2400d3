package org.ctpat4j.risk.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.SupplyInput;
import org.junit.jupiter.api.Test;

/** Each built-in rule against real rows of the bundled reference data. */
class BuiltInRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  static Facility facility(String name, String country, String region, String... aliases) {
    return new Facility("f", name, List.of(aliases), country, region, null, Identifiers.NONE, false);
  }

  static FacilityContext ctx(Facility f, List<Material> makes, LocalDate asOf) {
    return new FacilityContext(f, makes, List.of(), List.of(), List.of(), List.of(), List.of(),
        ReferenceData.bundled(), RiskEngine.exactEntityMatcher(), asOf);
  }

  static FacilityContext ctx(Facility f, Material... makes) {
    return ctx(f, List.of(makes), AS_OF);
  }

  @Test
  void uflpaEntityList_aliasOfListedEntity_isHigh() {
    List<RiskSignal> s = new UflpaEntityListRule().evaluate(ctx(facility("Hotan Haolin Hair Accessories", "CN", null)));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(x.reason()).contains("alias").contains("Hetian Haolin Hair Accessories Co. Ltd.")
          .contains("listed from 2022-06-21");
      assertThat(x.source()).contains("uflpa_entity_list.csv line 3").contains("PARTIAL");
    });
  }

  @Test
  void uflpaEntityList_exactNameWithOtherLegalForm_isHigh() {
    List<RiskSignal> s = new UflpaEntityListRule()
        .evaluate(ctx(facility("BAODING LYSZD TRADE & BUSINESS COMPANY LIMITED", "CN", null)));
    assertThat(s).singleElement().extracting(RiskSignal::level).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void uflpaEntityList_blankEffectiveDate_treatedAsInForceAndSaysSo() {
    List<RiskSignal> s = new UflpaEntityListRule().evaluate(
        ctx(facility("Other name", "CN", "CN-XJ", "Xinjiang East Hope Nonferrous Metals Co Ltd"), List.of(),
            LocalDate.of(2020, 1, 1)));
    assertThat(s).singleElement().satisfies(x -> assertThat(x.reason()).contains("treated as in force"));
  }

  @Test
  void uflpaEntityList_beforeEffectiveDate_doesNotMatch() {
    assertThat(new UflpaEntityListRule().evaluate(
        ctx(facility("Hotan Haolin Hair Accessories", "CN", null), List.of(), LocalDate.of(2022, 6, 20)))).isEmpty();
    assertThat(new UflpaEntityListRule().evaluate(ctx(facility("Haolin Hair", "CN", null)))).isEmpty();
  }

  @Test
  void uflpaRegion_xinjiang_isHighAndNamesSector() {
    List<RiskSignal> s = new UflpaRegionRule()
        .evaluate(ctx(facility("Mill", "CN", "CN-XJ"), new Material("m", "Aluminium ingot", "7601.10")));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(x.reason()).contains("aluminum");
    });
    assertThat(new UflpaRegionRule().evaluate(ctx(facility("Mill", "CN", "CN-GD")))).isEmpty();
  }

  @Test
  void ilabGoods_chineseCotton_isHighForForcedLabor() {
    List<RiskSignal> s = new IlabGoodsRule().evaluate(ctx(facility("Gin", "CN", null),
        new Material("c", "Cotton", "5201.00")));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(x.reason()).contains("Cotton from China").contains("forced labor, forced child labor and child labor");
    });
  }

  @Test
  void ilabGoods_chinesePolysiliconByHsCode_isHigh() {
    List<RiskSignal> s = new IlabGoodsRule().evaluate(ctx(facility("Poly", "CN", null),
        new Material("p", "Granular material", "2804.61.00")));
    assertThat(s).singleElement().satisfies(x -> assertThat(x.reason()).contains("Polysilicon from China"));
  }

  @Test
  void ilabGoods_childLaborOnly_isMedium() {
    List<RiskSignal> s = new IlabGoodsRule().evaluate(ctx(facility("Gin", "AR", null),
        new Material("c", "Raw cotton", null)));
    assertThat(s).singleElement().extracting(RiskSignal::level).isEqualTo(RiskLevel.MEDIUM);
    assertThat(new IlabGoodsRule().evaluate(ctx(facility("Gin", "US", null), new Material("c", "Cotton", "5201"))))
        .isEmpty();
  }

  @Test
  void ilabGoods_productOfFacility_isConsidered() {
    FacilityContext c = new FacilityContext(facility("Cocoa Co", "CI", null), List.of(),
        List.of(new Product("p", "Cocoa beans", "1801.00", "f")), List.of(), List.of(), List.of(), List.of(),
        ReferenceData.bundled(), RiskEngine.exactEntityMatcher(), AS_OF);
    assertThat(new IlabGoodsRule().evaluate(c)).singleElement().extracting(RiskSignal::level)
        .isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void ilabDownstream_chineseSolarModules_isHighNamingChinesePolysilicon() {
    FacilityContext c = new FacilityContext(facility("Module Maker", "CN", null),
        List.of(new Material("mod", "Solar modules", "8541.43")), List.of(), List.of(),
        List.of(new SupplyInput(new Material("cell", "Solar cells", "8541.42"), "cellco", "VN", null)), List.of(),
        List.of(), ReferenceData.bundled(), RiskEngine.exactEntityMatcher(), AS_OF);
    assertThat(new IlabDownstreamRule().evaluate(c)).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(x.reason()).contains("Solar Modules from China").contains("Polysilicon from China")
          .contains("mapped suppliers are in VN");
    });
  }

  @Test
  void ilabDownstream_chineseBatteries_isMediumNamingCongo() {
    List<RiskSignal> s = new IlabDownstreamRule().evaluate(ctx(facility("Cells", "CN", null),
        new Material("b", "Lithium-ion batteries", "8507.60")));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(x.reason()).contains("Congo");
    });
  }

  @Test
  void tipTier_tier3Country_isMediumFromNewestYear() {
    List<RiskSignal> s = new TipTierRule().evaluate(ctx(facility("x", "CN", null)));
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(x.reason()).contains("Tier 3").contains("2025");
    });
    assertThat(new TipTierRule().evaluate(ctx(facility("x", "BR", null)))).singleElement()
        .extracting(RiskSignal::level).isEqualTo(RiskLevel.LOW);
    assertThat(new TipTierRule().evaluate(ctx(facility("x", "US", null)))).isEmpty();
    assertThat(new TipTierRule().evaluate(ctx(facility("x", "BR", null), List.of(), LocalDate.of(2024, 1, 1))))
        .isEmpty();
  }

  @Test
  void wroFindings_listedEntityAndAka_areHigh() {
    assertThat(new WroFindingsRule().evaluate(ctx(facility("Hoshine Silicon Industry Co., Ltd.", "CN", null))))
        .singleElement().satisfies(x -> {
          assertThat(x.level()).isEqualTo(RiskLevel.HIGH);
          assertThat(x.reason()).contains("2021-06-24");
        });
    assertThat(new WroFindingsRule().evaluate(ctx(facility("Golden Horse (JinMa) Diesel Factory", "CN", null))))
        .hasSize(2).allMatch(x -> x.level() == RiskLevel.HIGH);
    assertThat(new WroFindingsRule().evaluate(
        ctx(facility("Hoshine Silicon Industry", "CN", null), List.of(), LocalDate.of(2021, 1, 1)))).isEmpty();
  }

  @Test
  void wroFindings_countryAndGood_isHigh() {
    assertThat(new WroFindingsRule().evaluate(ctx(facility("Ashgabat Gin", "TM", null),
        new Material("c", "Cotton", "5201")))).singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("Turkmenistan Cotton"));
    assertThat(new WroFindingsRule().evaluate(ctx(facility("Ashgabat Gin", "UZ", null),
        new Material("c", "Cotton", "5201")))).isEmpty();
  }

  @Test
  void auditIndicators_openCriticalIsHighMajorIsMediumClosedIsNothing() {
    Audit audit = new Audit("a1", "f", LocalDate.of(2026, 3, 1), "SMETA", true, false, false, "d5", List.of(
        new AuditFinding(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, AuditFindingSeverity.CRITICAL,
            AuditFindingStatus.OPEN),
        new AuditFinding(ForcedLaborIndicator.EXCESSIVE_OVERTIME, AuditFindingSeverity.MAJOR, AuditFindingStatus.OPEN),
        new AuditFinding(ForcedLaborIndicator.DEBT_BONDAGE, AuditFindingSeverity.CRITICAL, AuditFindingStatus.CLOSED),
        new AuditFinding(null, AuditFindingSeverity.CRITICAL, AuditFindingStatus.OPEN)));
    FacilityContext c = new FacilityContext(facility("x", "US", null), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(audit), ReferenceData.bundled(), RiskEngine.exactEntityMatcher(), AS_OF);
    assertThat(new AuditIndicatorsRule().evaluate(c)).extracting(RiskSignal::level)
        .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM);
  }

  @Test
  void unmappedInput_declared_isUnknown() {
    FacilityContext c = new FacilityContext(facility("x", "US", null), List.of(), List.of(), List.of(), List.of(),
        List.of(new UnmappedInput("f", "m3", "supplier not disclosed")), List.of(), ReferenceData.bundled(),
        RiskEngine.exactEntityMatcher(), AS_OF);
    assertThat(new UnmappedInputRule().evaluate(c)).singleElement().satisfies(x -> {
      assertThat(x.level()).isEqualTo(RiskLevel.UNKNOWN);
      assertThat(x.reason()).contains("m3").contains("supplier not disclosed");
    });
  }
}
