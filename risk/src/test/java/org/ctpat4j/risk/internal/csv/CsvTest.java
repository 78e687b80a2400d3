package org.ctpat4j.risk.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static List<Csv.Row> parse(String text, List<String> header) {
    return Csv.parse("t.csv", text, header, ReferenceDataException::new);
  }

  @Test
  void parse_quotesEscapesCommasAndNewlines_areFields() {
    List<Csv.Row> rows =
        parse("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n\nlast,1,\n", List.of("a", "b", "c"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).fields()).containsExactly("", "", "");
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(rows.get(2).fields()).containsExactly("last", "1", "");
    assertThat(rows.get(2).line()).isEqualTo(6);
  }

  @Test
  void parse_malformed_namesFileLineAndColumn() {
    assertThatThrownBy(() -> parse("a,b\nx,\"open\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2:3").hasMessageContaining("not closed");
    assertThatThrownBy(() -> parse("a,b\nx,ab\"c\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2:5");
    assertThatThrownBy(() -> parse("a,b\n\"x\"y,z\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2:4");
    assertThatThrownBy(() -> parse("a,b\nx,y,z\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2: expected 2 fields, found 3");
    assertThatThrownBy(() -> parse("a,b\nx,y\rz,w\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessage("t.csv:2:4: bare carriage return");
  }

  @Test
  void parse_errors_areThrownAsTheCallersException() {
    assertThatThrownBy(() -> Csv.parseAll("u.csv", "a,\"b", IllegalStateException::new))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("u.csv:1:3: quoted field is not closed before the end of the file");
  }

  @Test
  void parseAll_fieldAfterAQuotedLineBreak_knowsItsLineAndColumn() {
    List<Csv.Row> rows = Csv.parseAll("t.csv", "h1,h2,h3\nab,\"c\nd\",e\n", IllegalStateException::new);

    Csv.Row row = rows.get(1);
    assertThat(row.line()).isEqualTo(2);
    assertThat(List.of(row.lineOf(0), row.lineOf(1), row.lineOf(2))).containsExactly(2, 2, 3);
    assertThat(List.of(row.columnOf(0), row.columnOf(1), row.columnOf(2))).containsExactly(1, 4, 4);
    assertThat(row.column(1)).as("starts on the record's line").isEqualTo(4);
    assertThat(row.column(2)).as("starts on a later line").isZero();
  }

  @Test
  void parseAll_withALimit_readsOneRecordBeyondIt() {
    String text = "h\na\n\"b\nb\"\nc\nd\"broken\n";

    List<Csv.Row> rows = Csv.parseAll("t.csv", text, 3, IllegalStateException::new);

    assertThat(rows).extracting(r -> r.get(0)).containsExactly("h", "a", "b\nb", "c");
    assertThat(rows.get(3).line()).isEqualTo(5);
    assertThat(Csv.parseAll("t.csv", "h\na", 3, IllegalStateException::new)).hasSize(2);
    assertThat(Csv.parseAll("t.csv", "h\na\n", 1, IllegalStateException::new)).hasSize(2);
  }

  @Test
  void format_thenParse_roundTrips() {
    List<String> fields = List.of("plain", "a,b", "q\"q", "n\nl", "");
    String text = Csv.format(List.of("1", "2", "3", "4", "5")) + Csv.format(fields);
    assertThat(parse(text, List.of("1", "2", "3", "4", "5")).get(0).fields()).isEqualTo(fields);
  }
}
