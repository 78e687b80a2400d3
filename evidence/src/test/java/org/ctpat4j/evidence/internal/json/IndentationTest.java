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

  /** Indents at every level up to {@link #DEEPEST}, each followed by a mark, and closes the generator. */
  private static void indentEveryLevel(JsonGenerator g, DefaultPrettyPrinter.Indenter indenter) throws IOException {
    try (g) {
      for (int level = 0; level <= DEEPEST; level++) {
        indenter.writeIndentation(g, level);
        g.writeRaw('|');
      }
    }
  }

  @Test
  void everyLevel_isWhatJacksonsIndenterWrites_asBytesAndAsCharacters() throws IOException {
    JsonFactory factory = new JsonFactory();
    DefaultIndenter jackson = new DefaultIndenter("  ", "\n");
    DeterministicJson.Indentation ours = new DeterministicJson.Indentation();

    ByteArrayOutputStream expectedBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream actualBytes = new ByteArrayOutputStream();
    indentEveryLevel(factory.createGenerator(expectedBytes), jackson);
    indentEveryLevel(factory.createGenerator(actualBytes), ours);
    assertThat(actualBytes.toByteArray()).isEqualTo(expectedBytes.toByteArray());
    assertThat(expectedBytes.toString()).contains("\n" + "  ".repeat(DEEPEST) + "|");

    StringWriter expectedChars = new StringWriter();
    StringWriter actualChars = new StringWriter();
    indentEveryLevel(factory.createGenerator(expectedChars), jackson);
    indentEveryLevel(factory.createGenerator(actualChars), ours);
    assertThat(actualChars.toString()).isEqualTo(expectedChars.toString());
    assertThat(ours.isInline()).isEqualTo(jackson.isInline());
  }
}
