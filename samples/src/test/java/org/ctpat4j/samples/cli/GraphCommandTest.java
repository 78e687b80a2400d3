package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctpat4j graph} in-process, and the picture written next to a Markdown report by {@code assess --out DIR/}. */
class GraphCommandTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json");

  @TempDir Path temp;

  @Test
  void svg_isTheDefault_andDrawsEveryFacility() {
    Run run = run("graph", SOLAR.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("data-id=\"f-quartz\"").contains("class=\"edge on-path\"").endsWith("</svg>\n");
  }

  @Test
  void graphmlAndDot_forOneProduct_keepOnlyWhatIsUpstream() {
    Run graphml = run("graph", SOLAR.toString(), "--format", "graphml", "--product", "p-bf430");
    assertThat(graphml.code()).isEqualTo(ExitCodes.OK);
    assertThat(graphml.out()).contains("<graphml").contains("id=\"p:p-bf430\"").contains("id=\"f:f-quartz\"")
        .doesNotContain("id=\"p:p-bf410\"");
    Run dot = run("graph", SOLAR.toString(), "--format", "DOT");
    assertThat(dot.code()).isEqualTo(ExitCodes.OK);
    assertThat(dot.out()).startsWith("digraph G {").contains("\"f:f-quartz\" [").contains("penwidth=\"3\"");
  }

  @Test
  void badProductOrFormat_exitsTwoNamingIt() {
    Run product = run("graph", SOLAR.toString(), "--product", "nope");
    assertThat(product.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(product.err()).contains("--product nope").contains("no product");
    Run format = run("graph", SOLAR.toString(), "--format", "png");
    assertThat(format.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(format.err()).contains("'png' is not one of svg, graphml, dot");
  }

  @Test
  void outFile_isWrittenAtomically() throws Exception {
    Path out = temp.resolve("chain.svg");
    Run run = run("graph", SOLAR.toString(), "--out", out.toString(), "--max-nodes", "3");
    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("svg supply chain written to " + out);
    String svg = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(svg.split("<g class=\"node ", -1)).hasSize(4);
    assertThat(svg).contains("more facilities");
  }

  @Test
  void assessMarkdownIntoAFolder_writesTheReportAndThePictureItShows() throws Exception {
    Path dir = temp.resolve("report") ;
    Run run = run("assess", SOLAR.toString(), "--format", "markdown", "--out", dir + "/");
    assertThat(run.code()).isEqualTo(ExitCodes.NOT_COMPLIANT);
    String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("](<supply-chain.svg>)");
    assertThat(md.indexOf("## What to do first")).isLessThan(md.indexOf("## Supply chain"));
    assertThat(md.indexOf("## Supply chain")).isLessThan(md.indexOf("## Requirements"));
    assertThat(Files.readString(dir.resolve("supply-chain.svg"), StandardCharsets.UTF_8)).contains("<svg ");
  }
}
