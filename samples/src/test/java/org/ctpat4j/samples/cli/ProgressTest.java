package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void statusLine_redrawsOnlyWhenThePercentageChanges() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.onTerminal(new PrintWriter(err));

    progress.update("reading d.json", 0, 1000);
    progress.update("reading d.json", 1, 1000);
    progress.update("reading d.json", 9, 1000);
    progress.update("reading d.json", 500, 1000);

    assertThat(err.toString().split("\r", -1)).hasSize(3);
    assertThat(err.toString()).contains("  0%").contains(" 50%").doesNotContain("  1%");
  }

  @Test
  void statusLine_done_blanksTheLine() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.onTerminal(new PrintWriter(err));
    progress.update("reading d.json", 1000, 1000);
    String drawn = err.toString();

    progress.done();

    String cleared = err.toString().substring(drawn.length());
    assertThat(cleared).matches("\r +\r");
    assertThat(cleared.length() - 2).isEqualTo(drawn.length() - 1);
  }

  @Test
  void statusLine_unknownTotal_showsBytesOnly() {
    StringWriter err = new StringWriter();

    Progress.onTerminal(new PrintWriter(err)).update("reading stdin", 2048, -1);

    assertThat(err.toString()).isEqualTo("\rctpat4j: reading stdin (2.0 KB)");
  }

  @Test
  void statusLine_belowMinimum_staysQuiet() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.onTerminal(new PrintWriter(err), 1000);

    progress.update("reading small.json", 10, 999);
    progress.done();
    progress.update("reading big.json", 10, 1000);

    assertThat(err.toString()).isEqualTo("\rctpat4j: reading big.json   1% (0.0 KB of 1.0 KB)");
  }

  @Test
  void none_printsNothing() {
    Progress none = Progress.none();
    none.update("reading d.json", 1, 2);
    none.done();

    assertThat(none).isSameAs(Progress.none());
  }
}
