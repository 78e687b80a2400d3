package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.junit.jupiter.api.Test;

class ProblemFormatTest {

  @Test
  void format_withLocation_isFileLineColumnPathMessage() {
    Problem problem = new Problem("/links/3/to", 41, 15, ProblemCode.BROKEN_REFERENCE, "no facility with id \"f9\"");

    assertThat(ProblemFormat.format("d.json", problem))
        .isEqualTo("d.json:41:15: /links/3/to: no facility with id \"f9\"");
  }

  @Test
  void format_withoutLocation_leavesLineAndColumnOut() {
    Problem problem = new Problem("/facilities/0/name", -1, -1, ProblemCode.INVALID_VALUE, "must not be blank");

    assertThat(ProblemFormat.format("d.json", problem)).isEqualTo("d.json: /facilities/0/name: must not be blank");
  }

  @Test
  void format_rootPath_isSpelledOut() {
    Problem problem = new Problem("", 1, 1, ProblemCode.MALFORMED, "Unexpected end-of-input");

    assertThat(ProblemFormat.format("d.json", problem)).isEqualTo("d.json:1:1: (root): Unexpected end-of-input");
  }

  @Test
  void format_multiLineMessage_staysOnOneLineWithItsBreaksShown() {
    Problem problem = new Problem("/x", 2, 0, ProblemCode.MALFORMED, "first line\n  second line\r\nthird ");

    assertThat(ProblemFormat.format("d.json", problem)).isEqualTo("d.json:2:1: /x: first line\\n  second line\\r\\nthird");
  }
}
