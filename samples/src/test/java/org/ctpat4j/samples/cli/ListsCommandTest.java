package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctpat4j lists}: the bundled lists, their coverage and their age on a day. */
class ListsCommandTest {

  /** Two rows of the bundled dated WRO list, written in the columns of CBP's own CSV (a fixture, not CBP's file). */
  private static final String CBP_LAYOUT = "Effective Date,Country,Country Code,Entity,Merchandise,WRO/Finding,"
      + "Status,Modified Date,Press Release\n"
      + "9/30/2020,Malaysia,MY,\"FGV Holdings Berhad, its subsidiaries and joint ventures\",Palm oil and palm oil"
      + " products,WRO,Modified,1/15/2026,https://www.cbp.gov/newsroom/national-media-release/cbp-modifies-withhold"
      + "-release-order-fgv-holdings-berhad-malaysia\n"
      + "1/28/2022,Malaysia,MY,\"Sime Darby Plantation Berhad, its subsidiaries and joint ventures\",Palm oil and"
      + " derivative products,Finding,Modified,2/3/2023,\n";

  /** Two rows of the bundled UFLPA Entity List, written as a Federal Register appendix table (a fixture). */
  private static final String FEDERAL_REGISTER = "UFLPA Entity List\n\n"
      + "Entities identified under Section 2(d)(2)(B)(ii)\n\n"
      + "Entity name\tEffective date\n"
      + "Ninestar Corporation\tJune 12, 2023\n"
      + "Xinjiang Zhonghe Co., Ltd. (also known as Xinjiang Joinworld Co., Ltd.)\tNovember 25, 2024\n";

  @Test
  void lists_showTheListsLoadedInTheirPublishersForms(@TempDir Path dir) throws IOException {
    Path wro = Files.writeString(dir.resolve("cbp-wro.csv"), CBP_LAYOUT);
    Path fr = Files.writeString(dir.resolve("fr-appendix.txt"), FEDERAL_REGISTER);

    Run run = run("lists", "--as-of", "2026-12-01", "--wro-list", wro.toString(), "--entity-list", fr.toString(),
        "--entity-list-replaces", "--max-age", "800");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("CBP Withhold Release Orders and Findings, dated\n  edition:  cbp-wro.csv (sha256 ")
        .contains("  coverage: 2 rows, complete for its edition\n  file:     loaded from " + wro)
        .contains("  newest:   2026-01-15")
        .contains("UFLPA Entity List [PARTIAL]\n  edition:  fr-appendix.txt (sha256 ")
        .contains("  coverage: 2 rows, official size not known\n")
        .contains("; read from " + fr + " as the appendix table of a Federal Register notice (sha256 ")
        .contains("  file:     loaded from " + fr)
        .contains("  newest:   2024-11-25");
  }

  @Test
  void lists_badPublisherFile_isBadInputNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path wro = Files.writeString(dir.resolve("cbp-wro.csv"), CBP_LAYOUT.replace("Finding,Modified", "Finding,Pending"));
    Path fr = Files.writeString(dir.resolve("fr.txt"), FEDERAL_REGISTER.replace("June 12, 2023", "June 31, 2023"));
    Path ilab = Files.writeString(dir.resolve("ilab.csv"), "good,sector,country,region,child_labor,forced_labor,"
        + "forced_child_labor,downstream_good,input_source_country,list_edition\n"
        + "Shrimp,Agriculture,Thailand,Asia & the Pacific,yes,true,false,false,,2022\n");

    Run badWro = run("lists", "--as-of", "2026-12-01", "--wro-list", wro.toString());
    Run badFr = run("lists", "--as-of", "2026-12-01", "--entity-list", fr.toString());
    Run badIlab = run("lists", "--as-of", "2026-12-01", "--ilab-list", ilab.toString());

    assertThat(badWro.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badWro.err()).contains(wro + ":3:").contains("field 'Status': unknown status 'Pending'");
    assertThat(badFr.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badFr.err()).contains(fr + ":6:22: field 'effective date': not a date");
    assertThat(badIlab.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badIlab.err()).contains(ilab + ": row at line 2, column child_labor: expected true or false");
  }

  @Test
  void lists_showCoverageAndAge_andWarnAboutStaleLists() {
    Run recent = run("lists", "--as-of", "2026-09-01");
    Run later = run("lists", "--as-of", "2026-12-01");

    assertThat(recent.out()).contains("UFLPA Entity List [PARTIAL]")
        .contains("  coverage: 91 of 187 entries (49 %)\n  missing:  96 of the 187 entries of the official list are"
            + " not in this copy")
        .contains("  newest:   2026-08-03 (29 d old)")
        .contains("ilab_list_changes_2024.csv, sha256 ");
    assertThat(later.out()).contains("  newest:   2026-01-15 (10 m 16 d old)")
        .contains("  WARNING:  older than 180 days: refresh it from U.S. Customs and Border Protection");
    assertThat(later.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    assertThat(run("lists", "--as-of", "2026-12-01", "--max-age", "400").code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void lists_withoutAsOf_isBadUsage() {
    Run run = run("lists");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--as-of");
  }
}
