package org.ctpat4j.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void parse_quotesEscapesCommasAndNewlines_areFields() {
    List<Csv.Row> rows = Csv.parse("t.csv",
        "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n\nlast,1,\n", List.of("a", "b", "c"));
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
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\nx,\"open\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2:3").hasMessageContaining("not closed");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\nx,ab\"c\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2:5");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n\"x\"y,z\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2:4");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\nx,y,z\n", List.of("a", "b")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("t.csv:2: expected 2 fields, found 3");
  }

  @Test
  void format_thenParse_roundTrips() {
    List<String> fields = List.of("plain", "a,b", "q\"q", "n\nl", "");
    String text = Csv.format(List.of("1", "2", "3", "4", "5")) + Csv.format(fields);
    assertThat(Csv.parse("t", text, List.of("1", "2", "3", "4", "5")).get(0).fields()).isEqualTo(fields);
  }
}
