package org.ctpat4j.risk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.Admissibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loaders of the lists in their publishers' forms: CBP's WRO and Findings CSV, the Federal Register appendix table
 * of the UFLPA Entity List, and ILAB's list in this library's columns. Fixtures restate rows of the bundled lists in
 * the publishers' layouts (see {@code README.md} next to them).
 */
class PublishedListsTest {

  private static final ReferenceDataVersion CBP = new ReferenceDataVersion("CBP Withhold Release Orders and Findings",
      "fixture", true, "U.S. Customs and Border Protection", "test fixture", "");
  private static final ReferenceDataVersion FR = new ReferenceDataVersion("UFLPA Entity List", "fixture", false,
      "DHS", "test fixture", "");

  private static byte[] fixture(String name) {
    try (InputStream in = PublishedListsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static final String CBP_HEADER = "Effective Date,Country,Entity,Merchandise,WRO/Finding,Status,Modified Date";

  private static RiskResult assess(ReferenceData data, String name, String country, String material, String hs,
      LocalDate asOf) {
    Facility f = new Facility("f", name, List.of(), country, null, null, Identifiers.NONE, false);
    Dossier d = new Dossier("ctpat4j-dossier/1", asOf,
        new Partner("Importer Inc.", "US", BusinessEntityType.US_IMPORTER, List.of()), List.of(f),
        List.of(new Material("m", material, hs)), List.of(), List.of(), List.of(new Product("p", material, hs, "f")),
        Evidence.NONE);
    return RiskEngine.newBuilder().referenceData(data).build().assess(d, asOf);
  }

  @Test
  void cbpLayout_replacesBothWroLists_andIsJudgedByDate() {
    ReferenceData d = ReferenceData.newBuilder()
        .cbpWroFindings("cbp.csv", fixture("cbp_layout_fixture.csv"), CBP).build();

    assertThat(d.wroFindings()).hasSize(4).allMatch(w -> w.list() == ReferenceList.WRO_FINDINGS_DATED);
    WroFinding fgv = d.wroFindings().get(0);
    assertThat(fgv.effectiveDate()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(fgv.entityOrScope())
        .isEqualTo("FGV Holdings Berhad, its subsidiaries and joint ventures (Palm oil and palm oil products)");
    assertThat(fgv.isoAlpha2()).isEqualTo("MY");
    assertThat(fgv.status()).isEqualTo("MODIFIED");
    assertThat(fgv.endDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(fgv.sourceUrl()).startsWith("https://www.cbp.gov/newsroom/").contains("CBP list cbp.csv line 2");
    assertThat(d.wroFindings().get(3).isFinding()).isTrue();
    assertThat(d.version(ReferenceList.WRO_FINDINGS).version()).startsWith("replaced by cbp.csv");
    assertThat(d.version(ReferenceList.WRO_FINDINGS_DATED).note()).contains("read from cbp.csv as CBP's");
    ListCoverage dated = d.coverage().get(ReferenceList.WRO_FINDINGS_DATED.ordinal());
    assertThat(dated.rows()).isEqualTo(4);
    assertThat(dated.newestEntry()).contains(LocalDate.of(2026, 1, 15));

    assertThat(assess(d, "FGV Holdings Berhad", "MY", "Crude palm oil", "1511.10", LocalDate.of(2025, 6, 1))
        .product("p").orElseThrow().admissibility()).isEqualTo(Admissibility.WRO_DETAINED);
    assertThat(assess(d, "FGV Holdings Berhad", "MY", "Crude palm oil", "1511.10", LocalDate.of(2026, 6, 1))
        .product("p").orElseThrow().admissibility()).isEqualTo(Admissibility.CLEAR);
  }

  @Test
  void wroList_detectsTheLayoutFromTheHeader() {
    ReferenceData cbp = ReferenceData.newBuilder().wroList("cbp.csv", fixture("cbp_layout_fixture.csv"), CBP).build();
    assertThat(cbp.wroFindings()).hasSize(4);

    ReferenceList dated = ReferenceList.WRO_FINDINGS_DATED;
    String ours = String.join(",", dated.header()) + "\n"
        + "2020-09-30,WRO,FGV Holdings Berhad,Malaysia,MY,,MODIFIED,2026-01-15,https://example.org\n";
    ReferenceData d = ReferenceData.newBuilder().wroList("ours.csv", bytes(ours), CBP).build();
    assertThat(d.wroFindings()).filteredOn(w -> w.list() == dated).singleElement()
        .satisfies(w -> assertThat(w.endDate()).isEqualTo(LocalDate.of(2026, 1, 15)));
    assertThat(d.wroFindings()).filteredOn(w -> w.list() == ReferenceList.WRO_FINDINGS).hasSize(54);
  }

  @Test
  void cbpLayout_withoutCountryCode_findsTheCodeByName_andRefusesAnUnknownCountry() {
    String ok = CBP_HEADER + "\n9/30/2020,Malaysia,FGV Holdings Berhad,Palm oil,WRO,Modified,1/15/2026\n";
    ReferenceData d = ReferenceData.newBuilder().cbpWroFindings("cbp.csv", bytes(ok), CBP).build();
    assertThat(d.wroFindings()).singleElement().satisfies(w -> assertThat(w.isoAlpha2()).isEqualTo("MY"));

    String bad = CBP_HEADER + "\n9/30/2020,Malaya,FGV Holdings Berhad,Palm oil,WRO,Modified,1/15/2026\n";
    assertThatThrownBy(() -> ReferenceData.newBuilder().cbpWroFindings("cbp.csv", bytes(bad), CBP))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("cbp.csv:2:11: field 'Country': no ISO 3166-1 code known for 'Malaya'; add a Country Code"
            + " column");
  }

  @Test
  void cbpLayout_badValues_areLocatedByFileLineColumnAndField() {
    String[][] cases = {
      {"9/31/2020,Malaysia,FGV Holdings Berhad,Palm oil,WRO,Modified,1/15/2026",
          "cbp.csv:2:1: field 'Effective Date': not a date (M/D/YYYY as CBP writes it, or YYYY-MM-DD): '9/31/2020'"},
      {"9/30/2020,Malaysia,FGV Holdings Berhad,Palm oil,Order,Modified,1/15/2026",
          "cbp.csv:2:49: field 'WRO/Finding': expected WRO or Finding, found 'Order'"},
      {"9/30/2020,Malaysia,FGV Holdings Berhad,Palm oil,WRO,Pending,",
          "cbp.csv:2:53: field 'Status': unknown status 'Pending'"},
      {"9/30/2020,Malaysia,,Palm oil,WRO,Modified,1/15/2026",
          "cbp.csv:2:20: field 'Entity': required value is blank"},
      {"9/30/2020,Malaysia,FGV Holdings Berhad,Palm oil,WRO,Modified,1/15/2019",
          "cbp.csv:2:62: field 'Modified Date': modified on 2019-01-15, before the order took effect on 2020-09-30"},
      {"9/30/2020,Malaysia,FGV Holdings Berhad,Palm oil,WRO,Modified",
          "cbp.csv:2: expected 7 fields, found 6"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> ReferenceData.newBuilder()
          .cbpWroFindings("cbp.csv", bytes(CBP_HEADER + "\n" + c[0] + "\n"), CBP))
          .as(c[0]).isInstanceOf(ReferenceDataException.class).hasMessageStartingWith(c[1]);
    }
  }

  @Test
  void cbpLayout_unknownOrMissingColumns_areRefused() {
    assertThatThrownBy(() -> ReferenceData.newBuilder()
        .cbpWroFindings("cbp.csv", bytes(CBP_HEADER + ",Detention Count\n"), CBP))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("cbp.csv:1:76: header: unknown column 'Detention Count'");
    assertThatThrownBy(() -> ReferenceData.newBuilder()
        .cbpWroFindings("cbp.csv", bytes("Effective Date,Country,Entity,WRO/Finding\n"), CBP))
        .isInstanceOf(ReferenceDataException.class).hasMessageStartingWith("cbp.csv:1: header has no 'Status' column");
    assertThatThrownBy(() -> ReferenceData.newBuilder()
        .cbpWroFindings("cbp.csv", bytes(CBP_HEADER + ",status\n"), CBP))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("column 'Status' appears twice");
  }

  @Test
  void cbpLayout_inactiveOrder_isLifted_andPartiallyActiveIsInForce() {
    String csv = "Effective Date,Country Code,Country,Entity,WRO/Finding,Status,Modified Date\n"
        + "2021-06-24,CN,China,Hoshine Silicon Industry Co. Ltd. and Subsidiaries,WRO,Partially Active,\n"
        + "2020-09-30,MY,Malaysia,FGV Holdings Berhad,WRO,Inactive,2026-01-15\n";
    ReferenceData d = ReferenceData.newBuilder().cbpWroFindings("cbp.csv", bytes(csv), CBP).build();
    assertThat(d.wroFindings()).extracting(WroFinding::status).containsExactly("PARTIALLY_ACTIVE", "INACTIVE");
    assertThat(d.wroFindings()).extracting(WroFinding::isLifted).containsExactly(false, true);
  }

  @Test
  void federalRegisterTable_isReadWithSectionsDatesAndAliases() {
    ReferenceData d = ReferenceData.newBuilder()
        .uflpaEntityList("fr.txt", fixture("uflpa_federal_register_fixture.txt"), FR).build();

    assertThat(d.uflpaEntities()).extracting(UflpaEntity::name).containsExactly(
        "Baoding LYSZD Trade and Business Co., Ltd.", "Hetian Haolin Hair Accessories Co. Ltd.",
        "Changhong Meiling Co., Ltd.", "Xinjiang Zhonghe Co., Ltd.", "Chenguang Biotech Group Co., Ltd.");
    assertThat(d.uflpaEntities()).extracting(UflpaEntity::section).containsExactly("2(d)(2)(B)(i)",
        "2(d)(2)(B)(i)", "2(d)(2)(B)(ii)", "2(d)(2)(B)(ii)", "2(d)(2)(B)(v)");
    UflpaEntity hetian = d.uflpaEntities().get(1);
    assertThat(hetian.aliases()).containsExactly("Hotan Haolin Hair Accessories", "Hollin Hair Accessories");
    assertThat(hetian.effectiveDate()).isEqualTo(LocalDate.of(2022, 6, 21));
    assertThat(hetian.source()).isEqualTo("Federal Register appendix fr.txt line 7");
    assertThat(d.uflpaEntities().get(3).effectiveDate()).isEqualTo(LocalDate.of(2024, 11, 25));
    assertThat(d.version(ReferenceList.UFLPA_ENTITY_LIST).note()).contains("read from fr.txt as the appendix table");

    // the same rows agree with the bundled list they restate
    for (UflpaEntity e : d.uflpaEntities()) {
      assertThat(ReferenceData.bundled().uflpaEntities()).as(e.name()).anySatisfy(b -> {
        assertThat(b.name()).isEqualTo(e.name());
        assertThat(b.section()).isEqualTo(e.section());
        assertThat(b.effectiveDate()).isEqualTo(e.effectiveDate());
        assertThat(b.aliases()).containsExactlyElementsOf(e.aliases());
      });
    }
  }

  @Test
  void federalRegisterTable_isAddedToTheBundledList_foldingTheSameEntities() {
    ReferenceData d = ReferenceData.newBuilder()
        .addUflpaEntities("fr.txt", fixture("uflpa_federal_register_fixture.txt"), FR).build();
    assertThat(d.uflpaEntities()).hasSize(91);
    assertThat(d.version(ReferenceList.UFLPA_ENTITY_LIST).note()).contains("5 rows added from fr.txt, 5 of them folded");
  }

  @Test
  void federalRegisterTable_withoutHeader_readsCellsByContent_andWrappedNames() {
    String text = "Appendix\n"
        + "Xinjiang Zhonghe Co., Ltd.  November 25, 2024\n";
    // a row before any section heading that names no section is an error, never a row without a section
    assertThatThrownBy(() -> ReferenceData.newBuilder().uflpaEntityList("fr.txt", bytes(text), FR))
        .isInstanceOf(ReferenceDataException.class).hasMessageStartingWith("fr.txt:2: field 'section'");

    String wrapped = "Section 2(d)(2)(B)(ii)\n"
        + "Xinjiang Zhonghe Co., Ltd. (also known as Xinjiang  November 25, 2024\n"
        + "    Joinworld Co., Ltd.)\n"
        + "Camel Group Co., Ltd.  2(d)(2)(B)(ii) and (v)  Xiangyang City, Hubei Province\n";
    ReferenceData d = ReferenceData.newBuilder().uflpaEntityList("fr.txt", bytes(wrapped), FR).build();
    assertThat(d.uflpaEntities()).hasSize(2);
    UflpaEntity zhonghe = d.uflpaEntities().get(0);
    assertThat(zhonghe.name()).isEqualTo("Xinjiang Zhonghe Co., Ltd.");
    assertThat(zhonghe.aliases()).containsExactly("Xinjiang Joinworld Co., Ltd.");
    assertThat(zhonghe.source()).isEqualTo("Federal Register appendix fr.txt lines 2-3");
    UflpaEntity camel = d.uflpaEntities().get(1);
    assertThat(camel.section()).isEqualTo("2(d)(2)(B)(ii) and 2(d)(2)(B)(v)");
    assertThat(camel.location()).isEqualTo("Xiangyang City, Hubei Province");
  }

  @Test
  void federalRegisterTable_namesOnlyTable_withAOneCellHeader_isNotReadAsAnEntity() {
    String text = "Section 2(d)(2)(B)(ii)\nEntity name\nNinestar Corporation\nXinjiang Zhongtai Chemical Co. Ltd.\n";
    ReferenceData d = ReferenceData.newBuilder().uflpaEntityList("fr.txt", bytes(text), FR).build();
    assertThat(d.uflpaEntities()).extracting(UflpaEntity::name)
        .containsExactly("Ninestar Corporation", "Xinjiang Zhongtai Chemical Co. Ltd.");
    assertThat(d.uflpaEntities()).allSatisfy(e -> assertThat(e.effectiveDate()).isNull());
  }

  @Test
  void federalRegisterTable_badRows_areLocated() {
    assertThatThrownBy(() -> ReferenceData.newBuilder().uflpaEntityList("fr.txt",
        bytes("Entity name\tEffective date\nNinestar Corporation\tJune 12, 2023\n"), FR))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("fr.txt:2: field 'section': the row names no section of UFLPA 2(d)(2)(B) and no section heading"
            + " precedes it");
    assertThatThrownBy(() -> ReferenceData.newBuilder().uflpaEntityList("fr.txt",
        bytes("Section 2(d)(2)(B)(ii)\nEntity name\tEffective date\nNinestar Corporation\tJune 31, 2023\n"), FR))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("fr.txt:3:22: field 'effective date': not a date");
    assertThatThrownBy(() -> ReferenceData.newBuilder().uflpaEntityList("fr.txt",
        bytes("Section 2(d)(2)(B)(ii)\nEntity name\tEffective date\nNinestar Corporation\tJune 12, 2023\n"
            + "Xinjiang Zhongtai Chemical Co. Ltd.\tJune 12, 2023\tXUAR\n"), FR))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("fr.txt:4: expected 2 cells as in the header (name, date), found 3");
    assertThatThrownBy(() -> ReferenceData.newBuilder().uflpaEntityList("fr.txt",
        bytes("Entity name\tProducts\n"), FR))
        .isInstanceOf(ReferenceDataException.class).hasMessageStartingWith("fr.txt:1:13: unknown header cell 'Products'");
    assertThatThrownBy(() -> ReferenceData.newBuilder().uflpaEntityList("fr.txt", bytes("UFLPA Entity List\n"), FR))
        .isInstanceOf(ReferenceDataException.class).hasMessageStartingWith("fr.txt: no entity rows found");
  }

  @Test
  void ilabGoods_inOurColumns_namesTheUsersFile_andLeavesThe2024ChangesOut(@TempDir Path dir) throws IOException {
    ReferenceList list = ReferenceList.ILAB_GOODS;
    Path good = dir.resolve("ilab-2024.csv");
    Files.writeString(good, String.join(",", list.header()) + "\n"
        + "Shrimp,Agriculture,Thailand,Asia & the Pacific,false,true,false,false,,2022\n");
    ReferenceData d = ReferenceData.newBuilder().ilabGoods(good, CBP).build();
    assertThat(d.ilabGoods()).singleElement().satisfies(g -> assertThat(g.endDate()).isNull());
    assertThat(d.version(ReferenceList.ILAB_CHANGES).note()).contains("replaced by " + good);

    Path bad = dir.resolve("ilab-bad.csv");
    Files.writeString(bad, String.join(",", list.header()) + "\n"
        + "Shrimp,Agriculture,Thailand,Asia & the Pacific,no,true,false,false,,2022\n");
    assertThatThrownBy(() -> ReferenceData.newBuilder().ilabGoods(bad, CBP).build())
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(bad + ": row at line 2, column child_labor: expected true or false, found 'no'");
  }

  @Test
  void pathLoaders_refuseWhatIsNotARegularFile(@TempDir Path dir) {
    assertThatThrownBy(() -> ReferenceData.newBuilder().cbpWroFindings(dir, CBP))
        .isInstanceOf(ReferenceDataException.class).hasMessage(dir + ": not a regular file");
  }
}
