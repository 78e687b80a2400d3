package org.ctpat4j.evidence.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IndentationTest {

  private static final int DEEPEST = 3 * DeterministicJson.Indentation.READY_LEVELS + 5;

  private static void indentEveryLevel(JsonGenerator g, DefaultPrettyPrinter.Indenter indenter) throws IOException {
    for (int level = 0; level <= DEEPEST; level++) {
      indenter.writeIndentation(g, level);
      g.writeRaw('|');
    }
    g.flush();
  }

  @Test
  void everyLevel_isWhatJacksonsIndenterWrites_asBytesAndAsCharacters() throws IOException {
    JsonFactory factory = new JsonFactory();
    DefaultIndenter jackson = new DefaultIndenter("  ", "\n");
    DeterministicJson.Indentation ours = new DeterministicJson.Indentation();

    ByteArrayOutputStream expectedBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream actualBytes = new ByteArrayOutputStream();
    try (JsonGenerator e = factory.createGenerator(expectedBytes); JsonGenerator a = factory.createGenerator(actualBytes)) {
      indentEveryLevel(e, jackson);
      indentEveryLevel(a, ours);
    }
    assertThat(actualBytes.toByteArray()).isEqualTo(expectedBytes.toByteArray());
    assertThat(expectedBytes.toString()).contains("\n" + "  ".repeat(DEEPEST) + "|");

    StringWriter expectedChars = new StringWriter();
    StringWriter actualChars = new StringWriter();
    try (JsonGenerator e = factory.createGenerator(expectedChars); JsonGenerator a = factory.createGenerator(actualChars)) {
      indentEveryLevel(e, jackson);
      indentEveryLevel(a, ours);
    }
    assertThat(actualChars.toString()).isEqualTo(expectedChars.toString());
    assertThat(ours.isInline()).isEqualTo(jackson.isInline());
  }
}
