package org.ctpat4j.risk.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.ctpat4j.risk.internal.csv.Csv;
import org.ctpat4j.risk.location.XuarPlacement.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled gazetteer: complete, equal to the reference file, every unit found, and bad files located. */
class GazetteerTest {

  private static final String HEADER = String.join(",", Gazetteer.HEADER) + "\n";
  private static final String GOOD_ROW =
      "652924,COUNTY,652900,沙雅县,Shaya,沙雅 | Xayar,false,test,false\n";

  @Test
  void bundled_hasEveryUnitOfTheRegion() {
    List<Gazetteer.Place> places = Gazetteer.bundled().places();
    assertThat(places).hasSize(125);
    assertThat(places.stream().filter(p -> p.level() == Gazetteer.Level.PREFECTURE)).hasSize(14);
    assertThat(places.stream().filter(Gazetteer.Place::xpcc)).hasSize(12);
    assertThat(places.stream().filter(Gazetteer.Place::ambiguous)).hasSize(50);
    assertThat(places.stream().filter(p -> p.code().isEmpty())).extracting(Gazetteer.Place::nameZh)
        .containsExactly("岑岭县");
    assertThat(Gazetteer.bundled()).isSameAs(Gazetteer.bundled());
  }

  @Test
  void bundled_equalsTheReferenceFileRowForRow() throws IOException {
    Path reference = repositoryRoot().resolve("../shared/data/xinjiang_places.csv").normalize();
    assumeThat(Files.isRegularFile(reference))
        .as("reference data %s is absent: the bundled copy is not compared", reference).isTrue();
    String shared = Files.readString(reference, StandardCharsets.UTF_8);
    String bundled;
    try (InputStream in = Gazetteer.class.getResourceAsStream("/org/ctpat4j/risk/data/xinjiang_places.csv")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Csv.Row> expected = Csv.parseAll(reference.toString(), shared, IllegalStateException::new);
    List<Csv.Row> actual = Csv.parseAll("bundled", bundled, IllegalStateException::new);
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).fields()).as("row at line %d", expected.get(i).line())
          .isEqualTo(expected.get(i).fields());
    }
    assertThat(bundled).as("byte for byte").isEqualTo(shared);
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("risk")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    return dir;
  }

  static Stream<Gazetteer.Place> places() {
    return Gazetteer.bundled().places().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void everyUnit_chineseNameAndPinyin_areInXinjiang(Gazetteer.Place place) {
    XuarLocator locator = XuarLocator.bundled();
    XuarPlacement zh = locator.locate("CN", null, place.nameZh(), null);
    assertThat(zh.answer()).as(zh.explanation()).isEqualTo(Answer.IN);
    assertThat(zh.recognised()).extracting(PlaceMatch::nameZh).contains(place.nameZh());
    XuarPlacement pinyin = locator.locate("CN", null, place.namePinyin(), null);
    if (pinyin.answer() != Answer.IN) {
      assertThat(place.ambiguous()).as("only an ambiguous unit may need corroboration: " + pinyin.explanation())
          .isTrue();
      assertThat(pinyin.answer()).isEqualTo(Answer.UNCERTAIN);
      pinyin = locator.locate("CN", null, place.namePinyin() + ", Xinjiang", null);
    }
    assertThat(pinyin.answer()).as(pinyin.explanation()).isEqualTo(Answer.IN);
    for (String other : place.otherNames()) {
      XuarPlacement o = locator.locate("CN", null, "新疆 " + other, null);
      assertThat(o.answer()).as(other + ": " + o.explanation()).isEqualTo(Answer.IN);
      assertThat(o.recognised()).as(other).hasSizeGreaterThan(1);
    }
  }

  @Test
  void read_goodFile_readsEveryField(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("places.csv");
    Files.writeString(csv, HEADER + GOOD_ROW, StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.read(csv);
    assertThat(g.places()).singleElement().isEqualTo(new Gazetteer.Place("652924", Gazetteer.Level.COUNTY, "652900",
        "沙雅县", "Shaya", List.of("沙雅", "Xayar"), false, "test", false));
    assertThat(XuarLocator.of(g).locate("CN", null, "Xayar", null).answer()).isEqualTo(Answer.IN);
    assertThat(XuarLocator.of(g).locate("CN", null, "Korla", null).answer()).isEqualTo(Answer.UNKNOWN);
  }

  @Test
  void read_badLevel_namesFileLineColumnAndField(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, HEADER + GOOD_ROW + "650100,CITY,650000,乌鲁木齐市,Wulumuqi,,false,test,false\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(csv)).isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(csv + ":3:8: field level: expected PREFECTURE or COUNTY, found 'CITY'");
  }

  @Test
  void read_badBoolean_namesTheLastColumn(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, HEADER + "652924,COUNTY,652900,沙雅县,Shaya,\"Xayar, Shayar\",false,test,yes\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(csv)).isInstanceOf(ReferenceDataException.class)
        .hasMessage(csv + ":2:59: field ambiguous: expected true or false, found 'yes'");
  }

  @Test
  void read_badValues_areEachLocated(@TempDir Path dir) throws IOException {
    assertBad(dir, "65092,COUNTY,652900,沙雅县,Shaya,,false,t,false\n", ":2:1: field code");
    assertBad(dir, "652924,COUNTY,6529,沙雅县,Shaya,,false,t,false\n", ":2:15: field parent_code");
    assertBad(dir, "652924,COUNTY,652900,Shaya,Shaya,,false,t,false\n", ":2:22: field name_zh");
    assertBad(dir, "652924,COUNTY,652900,沙雅县,沙雅,,false,t,false\n", ":2:26: field name_pinyin");
    assertBad(dir, "652924,COUNTY,652900,沙雅县,Shaya,Xayar | ,false,t,false\n", ":2:32: field other_names");
    assertBad(dir, "652924,COUNTY,652900,沙雅县,Shaya,,no,t,false\n", ":2:33: field xpcc");
    assertBad(dir, GOOD_ROW + GOOD_ROW.replace("沙雅县", "沙雅市"), ":3:1: field code: code 652924 repeats");
    assertBad(dir, GOOD_ROW + GOOD_ROW.replace("652924", "652925"), ":3:22: field name_zh: Chinese name 沙雅县 repeats");
    assertBad(dir, "652924,COUNTY,652900,\"沙雅县,Shaya,,false,t,false\n", ":2:22: quoted field is not closed");
    assertBad(dir, "652924,COUNTY,652900,沙雅县,Shaya,false,t,false\n", ":2: expected 9 fields, found 8");
  }

  @Test
  void read_wrongHeaderOrEncoding_isLocated(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "code,level\n1,2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(csv)).isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining(csv + ":1: header is code,level, expected code,level,parent_code");
    Files.write(csv, new byte[] {'c', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> Gazetteer.read(csv)).isInstanceOf(ReferenceDataException.class)
        .hasMessage(csv + ": not valid UTF-8");
  }

  @Test
  void of_repeatedNames_areRejected() {
    Gazetteer.Place p = Gazetteer.bundled().places().get(0);
    assertThatThrownBy(() -> Gazetteer.of(List.of(p, p))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("乌鲁木齐市");
    assertThat(Gazetteer.of(List.of(p)).places()).containsExactly(p);
  }

  private static void assertBad(Path dir, String rows, String located) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, HEADER + rows, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.read(csv)).isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(csv + located);
  }
}
