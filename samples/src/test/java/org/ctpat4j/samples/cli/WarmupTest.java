package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import org.ctpat4j.samples.cli.Warmup.Part;
import org.junit.jupiter.api.Test;

class WarmupTest {

  @Test
  void assessingCommandsWarmTheReaderThenTheEngine() {
    assertThat(Warmup.plan(new String[] {"assess", "x.json"})).containsExactly(Part.READER, Part.ENGINE);
    assertThat(Warmup.plan(new String[] {"package", "x.json", "--out", "p.zip"}))
        .containsExactly(Part.READER, Part.ENGINE);
  }

  @Test
  void commandsThatOnlyReadWarmTheReader() {
    for (String command : new String[] {"validate", "graph", "export"}) {
      assertThat(Warmup.plan(new String[] {command, "x.json"})).as(command).containsExactly(Part.READER);
    }
  }

  @Test
  void otherCommandsAndOptionsFirstWarmNothing() {
    assertThat(Warmup.plan(new String[] {})).isEmpty();
    assertThat(Warmup.plan(new String[] {"--version"})).isEmpty();
    assertThat(Warmup.plan(new String[] {"screen", "Hoshine"})).isEmpty();
    assertThat(Warmup.plan(new String[] {"schema"})).isEmpty();
    assertThat(Warmup.plan(new String[] {"lists"})).isEmpty();
    // a file that happens to be called like a command is an argument, not a command
    assertThat(Warmup.plan(new String[] {"help", "assess"})).isEmpty();
  }

  @Test
  void everyPartBuildsWithoutThrowing() {
    for (Part part : Part.values()) {
      part.build();
    }
  }

  @Test
  void everyNamedCommandExists() {
    assertThat(Ctpat4jCommand.newCommandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), false).getSubcommands().keySet())
        .containsAll(Warmup.READ_A_DOSSIER)
        .containsAll(Warmup.ASSESS);
  }
}
