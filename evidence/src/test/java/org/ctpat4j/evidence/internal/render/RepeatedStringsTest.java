package org.ctpat4j.evidence.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctpat4j.evidence.internal.json.DeterministicJson;
import org.junit.jupiter.api.Test;

class RepeatedStringsTest {

  /** Strings Jackson escapes or encodes, plain ones, and ones too long to keep, each written three times. */
  private static List<String> values() {
    List<String> values = new ArrayList<>(List.of(
        "UFLPA_REGION", "Remove the facility from the supply chain", "say \"no\"", "back\\slash", "tab\there",
        "line\nend", "\u0000", "\u001f", "\u007f", "caf\u00e9", "\u65b0\u7586", "\ud83d\ude00 emoji", "</script>",
        "a/b", "", " ", "x".repeat(RepeatedStrings.MAX_LENGTH + 1)));
    Random random = new Random(20261202);
    for (int i = 0; i < 200; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        s.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f)));
      }
      values.add(s.toString());
    }
    List<String> thrice = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      thrice.addAll(values);
      thrice.add(null);
    }
    return thrice;
  }

  private interface Writing {
    void write(JsonGenerator g, String value) throws IOException;
  }

  /** Writes every value, each in an object of its own, in an array. */
  private static void writeAll(JsonGenerator g, Writing writing) throws IOException {
    try (g) {
      g.writeStartArray();
      for (String v : values()) {
        g.writeStartObject();
        writing.write(g, v);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static byte[] bytes(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeAll(DeterministicJson.generator(out), writing);
    return out.toByteArray();
  }

  private static String chars(Writing writing) throws IOException {
    StringWriter out = new StringWriter();
    writeAll(DeterministicJson.generator(out), writing);
    return out.toString();
  }

  @Test
  void keptStrings_areWrittenByteForByte_asPlainCallsWriteThem() throws IOException {
    RepeatedStrings bytesRepeated = new RepeatedStrings();
    RepeatedStrings charsRepeated = new RepeatedStrings();
    SerializedString name = new SerializedString("source");
    assertThat(bytes((g, v) -> bytesRepeated.writeField(g, name, v)))
        .isEqualTo(bytes((g, v) -> g.writeStringField("source", v)));
    assertThat(chars((g, v) -> charsRepeated.writeField(g, name, v)))
        .isEqualTo(chars((g, v) -> g.writeStringField("source", v)));
  }

  @Test
  void onlyPrintableAsciiWithoutQuoteOrBackslash_isKept() {
    assertThat(RepeatedStrings.keepable("Uyghur Forced Labor Prevention Act, Pub. L. 117-78 (2021)")).isTrue();
    assertThat(RepeatedStrings.keepable("")).isTrue();
    assertThat(RepeatedStrings.keepable("say \"no\"")).isFalse();
    assertThat(RepeatedStrings.keepable("a\\b")).isFalse();
    assertThat(RepeatedStrings.keepable("a\nb")).isFalse();
    assertThat(RepeatedStrings.keepable("\u007f")).isFalse();
    assertThat(RepeatedStrings.keepable("caf\u00e9")).isFalse();
    assertThat(RepeatedStrings.keepable("x".repeat(RepeatedStrings.MAX_LENGTH + 1))).isFalse();
  }

  @Test
  void pastTheCap_stringsAreStillWritten_theOrdinaryWay() throws IOException {
    RepeatedStrings repeated = new RepeatedStrings();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (JsonGenerator a = DeterministicJson.generator(kept); JsonGenerator b = DeterministicJson.generator(plain)) {
      a.writeStartArray();
      b.writeStartArray();
      for (int i = 0; i < RepeatedStrings.MAX_KEPT * 2; i++) {
        repeated.write(a, "value " + (i % (RepeatedStrings.MAX_KEPT + 100)));
        b.writeString("value " + (i % (RepeatedStrings.MAX_KEPT + 100)));
      }
      a.writeEndArray();
      b.writeEndArray();
    }
    assertThat(kept.toByteArray()).isEqualTo(plain.toByteArray());
  }
}
