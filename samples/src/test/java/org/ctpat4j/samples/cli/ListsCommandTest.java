package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import org.junit.jupiter.api.Test;

/** {@code ctpat4j lists}: the bundled lists, their coverage and their age on a day. */
class ListsCommandTest {

  @Test
  void lists_showCoverageAndAge_andWarnAboutStaleLists() {
    Run recent = run("lists", "--as-of", "2026-09-01");
    Run later = run("lists", "--as-of", "2026-12-01");

    assertThat(recent.out()).contains("UFLPA Entity List [PARTIAL]")
        .contains("  coverage: 91 of 187 entries (49 %)")
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
