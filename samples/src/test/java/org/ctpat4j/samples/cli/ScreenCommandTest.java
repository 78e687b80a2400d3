package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctpat4j screen} in-process: one line per name, exit codes, the JSON form, and located input problems. */
class ScreenCommandTest {

  @TempDir Path temp;

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void screen_listedTypoedAndInventedNames_oneLinePerNameAndExitOne() throws IOException {
    Path names = write("names.csv", "id,name,country,aliases\n"
        + "s-1,Xinjiang Daqo New Energy Co Ltd,CN,\n"
        + "s-2,Huafu Spinning,cn,\n"
        + "s-3,\"Alder Ridge Tile Imports, Inc.\",US,Alder Ridge | ARTI\n"
        + "s-4,Xinjiang Dako Energy,CN,\n");

    Run run = run("screen", names.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("MATCH    1.00  s-1  Xinjiang Daqo New Energy Co Ltd  =>  Xinjiang Daqo New"
        + " Energy Co., Ltd. (listed 2022-06-21): \"Xinjiang Daqo New Energy Co Ltd\" ~ ").contains("matched ");
    assertThat(lines.get(1)).matches("POSSIBLE 0\\.\\d\\d  s-2  Huafu Spinning  =>  Aksu Huafu Color Spinning Co\\., Ltd\\..*");
    assertThat(lines.get(2)).isEqualTo("CLEAR          s-3  Alder Ridge Tile Imports, Inc.");
    assertThat(lines.get(3)).as("a typo in the distinctive word still matches")
        .startsWith("MATCH    0.").contains("  =>  Xinjiang Daqo New Energy Co., Ltd.");
    assertThat(lines.get(4)).startsWith("4 names: 2 MATCH, 1 POSSIBLE, 1 CLEAR; against UFLPA Entity List, ")
        .endsWith("(PARTIAL: CLEAR means not found in this copy, not 'not listed')");
  }

  @Test
  void screen_noMatch_exitsZeroEvenWithAPossibleHit() throws IOException {
    Path names = write("names.csv", "name\nHuafu Spinning\nCeramica Atlantica de Aveiro\n");

    Run run = run("screen", names.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("POSSIBLE").contains("\nCLEAR          line 3  Ceramica Atlantica de Aveiro\n");
  }

  @Test
  void screen_json_listsEachNameWithItsBestHit() throws IOException {
    Path names = write("names.csv", "name,id\nHebei Tomato Industries Co.,t-1\nFjordlys Wafer AS,t-2\n");

    Run run = run("screen", names.toString(), "--format", "json");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("list").path("complete").asBoolean()).isFalse();
    assertThat(root.path("results")).hasSize(2);
    JsonNode first = root.path("results").get(0);
    assertThat(first.path("id").asText()).isEqualTo("t-1");
    assertThat(first.path("line").asInt()).isEqualTo(2);
    assertThat(first.path("result").asText()).isEqualTo("MATCH");
    assertThat(first.path("best").path("listedName").asText()).isEqualTo("Hebei Tomato Industry Co., Ltd.");
    assertThat(first.path("best").path("explanation").asText()).contains("matched hebei, tomato, industry");
    assertThat(root.path("results").get(1).path("result").asText()).isEqualTo("CLEAR");
    assertThat(root.path("results").get(1).has("best")).isFalse();
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void screen_entityList_isAddedToTheBundledList_orReplacesItWhenAsked() throws IOException {
    Path list = write("list.csv", "name,aliases,section,effective_date,location,sector,source_url\n"
        + "Fjordlys Wafer AS,,2(d)(2)(B)(v),2026-01-01,,wafers,test\n");
    Path names = write("names.csv", "name\nFjordlys Wafer AS\n\"Xinjiang Daqo New Energy Co., Ltd.\"\n");

    Run run = run("screen", names.toString(), "--entity-list", list.toString(), "--entity-list-replaces",
        "--entity-list-complete");
    Run added = run("screen", names.toString(), "--entity-list", list.toString());

    assertThat(run.out()).startsWith("MATCH    1.00  line 2  Fjordlys Wafer AS  =>  Fjordlys Wafer AS (listed 2026-01-01)")
        .contains("\nCLEAR          line 3  Xinjiang Daqo New Energy Co., Ltd.\n")
        .contains("against UFLPA Entity List, list.csv (sha256 ")
        .doesNotContain("PARTIAL");
    assertThat(added.out()).as("added to the bundled list")
        .contains("MATCH    1.00  line 2  Fjordlys Wafer AS")
        .contains("MATCH    1.00  line 3  Xinjiang Daqo New Energy Co., Ltd.");
  }

  @Test
  void screen_badInput_namesFileLineAndColumn() throws IOException {
    Path blank = write("blank.csv", "id,name\na,Some Co\nb,  \n");
    Path country = write("country.csv", "name,country\nSome Co,China\n");
    Path header = write("header.csv", "company,country\nSome Co,CN\n");
    Path fields = write("fields.csv", "name,country\nSome Co,CN,extra\n");
    Path quote = write("quote.csv", "name\n\"Unterminated\n");
    Path alias = write("alias.csv", "name,aliases\nSome Co,A || B\n");

    assertThat(run("screen", blank.toString()).err().strip()).isEqualTo(blank + ":3:3: name: must not be blank");
    assertThat(run("screen", country.toString()).err().strip())
        .isEqualTo(country + ":2:9: country: 'China' is not an ISO 3166-1 alpha-2 code");
    assertThat(run("screen", header.toString()).err().strip())
        .isEqualTo(header + ":1:1: unknown column 'company' (expected name, country, aliases, id)");
    assertThat(run("screen", fields.toString()).err().strip())
        .isEqualTo(fields + ":2:1: 3 fields, expected 2 (name,country)");
    assertThat(run("screen", quote.toString()).err().strip()).isEqualTo(quote + ":2:1: quoted field is not closed before the end of the file");
    assertThat(run("screen", alias.toString()).err().strip())
        .isEqualTo(alias + ":2:9: aliases: an empty alias (aliases are separated by ' | ')");
    Run missing = run("screen", temp.resolve("none.csv").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err().strip()).isEqualTo(temp.resolve("none.csv") + ": no such file");
    assertThat(run("screen", blank.toString(), "--format", "xml").err()).contains("'xml' is not one of text, json");
  }
}
