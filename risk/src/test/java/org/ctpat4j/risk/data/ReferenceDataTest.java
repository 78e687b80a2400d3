package org.ctpat4j.risk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

  @Test
  void bundled_hasEveryRowAndHonestVersions() {
    ReferenceData d = ReferenceData.bundled();
    assertThat(d.uflpaEntities()).hasSize(91);
    assertThat(d.ilabGoods()).hasSize(467 + 2);
    assertThat(d.ilabGoods().stream().filter(g -> g.endDate() != null)).hasSize(4);
    assertThat(d.tipRankings()).hasSize(234);
    assertThat(d.wroFindings()).hasSize(54 + 29);
    assertThat(d.version(ReferenceList.WRO_FINDINGS_DATED).complete()).isFalse();
    assertThat(d.version(ReferenceList.UFLPA_ENTITY_LIST).complete()).isFalse();
    assertThat(d.version(ReferenceList.WRO_FINDINGS).complete()).isFalse();
    assertThat(d.version(ReferenceList.TIP_TIERS).complete()).isFalse();
    assertThat(d.version(ReferenceList.ILAB_GOODS).complete()).isTrue();
    assertThat(d.version(ReferenceList.ILAB_GOODS).version()).startsWith("2022 edition (sha256 ");
    assertThat(d.uflpaEntities().get(1).aliases())
        .containsExactly("Hotan Haolin Hair Accessories", "Hollin Hair Accessories");
  }

  @Test
  void bundled_mappingTablesCoverEveryIlabCountryAndNameRealGoods() {
    ReferenceData d = ReferenceData.bundled();
    Set<String> countries = d.ilabGoods().stream().map(IlabGood::country).collect(Collectors.toSet());
    assertThat(d.ilabCountryCodes().keySet()).containsAll(countries);
    Set<String> goods = d.ilabGoods().stream().map(IlabGood::good).collect(Collectors.toSet());
    assertThat(d.goodMappings()).allMatch(m -> m.ilabGood().isEmpty() || goods.contains(m.ilabGood()));
    assertThat(goods).containsAll(d.downstreamInputs().keySet()).containsAll(d.downstreamInputs().values());
    Set<String> sectors = d.goodMappings().stream().map(GoodMapping::uflpaSector).collect(Collectors.toSet());
    assertThat(sectors).contains("cotton", "apparel", "silica-based products", "tomatoes", "aluminum", "PVC",
        "seafood", "steel", "copper", "lithium");
  }

  @Test
  void snapshot_roundTrip_isEqualAndTamperingIsRefused(@TempDir Path dir) throws IOException {
    ReferenceData d = ReferenceData.bundled();
    d.writeSnapshot(dir);
    ReferenceData pinned = ReferenceData.readSnapshot(dir);
    assertThat(pinned).isEqualTo(d);
    assertThat(pinned.versions()).isEqualTo(d.versions());
    Path wro = dir.resolve(ReferenceList.WRO_FINDINGS.fileName());
    Files.writeString(wro, Files.readString(wro).replace("Hoshine", "Hoshino"));
    assertThatThrownBy(() -> ReferenceData.readSnapshot(dir)).isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("cbp_wro_findings.csv").hasMessageContaining("SHA-256");
  }

  @Test
  void load_newerEdition_replacesListAndStatesVersion(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("uflpa.csv");
    Files.writeString(csv, String.join(",", ReferenceList.UFLPA_ENTITY_LIST.header()) + "\n"
        + "\"Acme Polysilicon Co., Ltd.\",\"Acme Poly | Acme, Xinjiang\",2(d)(2)(B)(i),2026-02-01,,,test\n",
        StandardCharsets.UTF_8);
    ReferenceData d = ReferenceData.newBuilder()
        .uflpaEntityList(csv, new ReferenceDataVersion("UFLPA Entity List", "2026-02-01", true, "DHS", "test", ""))
        .build();
    assertThat(d.uflpaEntities()).singleElement().satisfies(e -> {
      assertThat(e.aliases()).containsExactly("Acme Poly", "Acme, Xinjiang");
      assertThat(e.effectiveDate()).hasToString("2026-02-01");
    });
    assertThat(d.version(ReferenceList.UFLPA_ENTITY_LIST).version()).startsWith("2026-02-01 (sha256 ");
    assertThat(d.fingerprint()).isNotEqualTo(ReferenceData.bundled().fingerprint());
  }

  @Test
  void load_badRow_failsNamingFileRowAndColumn(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("ilab.csv");
    Files.writeString(csv, String.join(",", ReferenceList.ILAB_GOODS.header()) + "\n"
        + "Cotton,Agriculture,China,Asia,true,maybe,false,false,,2024\n");
    ReferenceData.Builder b = ReferenceData.newBuilder()
        .ilabGoods(csv, new ReferenceDataVersion("ILAB", "2024", true, "DOL", "test", ""));
    assertThatThrownBy(b::build).isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("line 2").hasMessageContaining("forced_labor").hasMessageContaining("maybe");
  }

  @Test
  void load_wrongHeader_failsNamingExpectedColumns() {
    ReferenceData.Builder b = ReferenceData.newBuilder().load(ReferenceList.TIP_TIERS,
        "iso,country\nUS,United States\n".getBytes(StandardCharsets.UTF_8),
        new ReferenceDataVersion("TIP", "x", true, "DoS", "t", ""));
    assertThatThrownBy(b::build).isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("tip_tiers.csv:1").hasMessageContaining("iso_alpha2,country,tier");
    assertThat(List.of(ReferenceList.values())).hasSize(9);
  }
}
