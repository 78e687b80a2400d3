package org.ctpat4j.evidence.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * The one JSON writer of the evidence module, for every JSON file it writes (the {@code ctpat4j-report/1} report and
 * the evidence package's manifest, chain and risk files): two-space indentation, {@code ": "} between a name and its
 * value, {@code \n} line ends whatever the platform, UTF-8, a final line end. Equal input gives equal bytes on every
 * machine.
 *
 * <p>Two ways in, one layout: {@link #write(JsonNode)} writes a tree with its object keys sorted (canonical files
 * whose bytes are hashed), {@link #generator(Writer)} streams fields in the order the caller writes them (the report,
 * whose key order is its contract) and {@link #end(JsonGenerator, Writer)} adds the final line end.
 *
 * <p>It also reads JSON strictly: a duplicate key or content after the value is an error.
 */
public final class DeterministicJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  /**
   * The mapper of {@link #generator(OutputStream)}: characters outside the Basic Multilingual Plane are written as
   * their four UTF-8 bytes, as a character stream encoded to UTF-8 writes them, not as two {@code \\u} escapes.
   */
  private static final JsonMapper UTF8_MAPPER =
      MAPPER.rebuild().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private static final DefaultPrettyPrinter PRINTER;

  private static final ObjectWriter TREE_WRITER;

  static {
    Indentation indenter = new Indentation();
    PRINTER =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    TREE_WRITER = MAPPER.writer(PRINTER);
  }

  private DeterministicJson() {}

  /**
   * Returns a new, empty object node to build a tree in.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Writes a tree with its object keys sorted, ending with a line end.
   *
   * @param tree the tree
   * @return its UTF-8 bytes
   */
  public static byte[] write(JsonNode tree) {
    try {
      byte[] body = TREE_WRITER.writeValueAsBytes(tree);
      byte[] out = Arrays.copyOf(body, body.length + 1);
      out[body.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Returns a generator that writes to a character stream in the layout of this class, fields in the order written.
   * Closing the generator does not close the stream; finish with {@link #end(JsonGenerator, Writer)}.
   *
   * @param out the stream
   * @return the generator
   * @throws IOException if the generator cannot be created
   */
  public static JsonGenerator generator(Writer out) throws IOException {
    return laidOut(MAPPER.getFactory().createGenerator(out));
  }

  /**
   * Returns a generator that writes UTF-8 bytes straight to a byte stream, in the layout of {@link #generator(Writer)}
   * (the same text, without a character stream to encode it). Closing the generator does not close the stream; finish
   * with {@link #end(JsonGenerator, OutputStream)}.
   *
   * @param out the stream
   * @return the generator
   * @throws IOException if the generator cannot be created
   */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return laidOut(UTF8_MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8));
  }

  /** The layout of this class on a new generator, which leaves its stream open when closed. */
  private static JsonGenerator laidOut(JsonGenerator g) {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(PRINTER.createInstance());
    return g;
  }

  /**
   * Ends a document written with {@link #generator(OutputStream)}: flushes the generator, adds the final line end
   * and flushes the stream (which stays open).
   *
   * @param g the generator, after the end of the root value
   * @param out the stream it writes to
   * @throws IOException if the stream cannot be written
   */
  public static void end(JsonGenerator g, OutputStream out) throws IOException {
    g.flush();
    out.write('\n');
    out.flush();
  }

  /**
   * Ends a document written with {@link #generator(Writer)}: flushes the generator, adds the final line end and
   * flushes the stream (which stays open).
   *
   * @param g the generator, after the end of the root value
   * @param out the stream it writes to
   * @throws IOException if the stream cannot be written
   */
  public static void end(JsonGenerator g, Writer out) throws IOException {
    g.flush();
    out.write('\n');
    out.flush();
  }

  /**
   * Reads one JSON value, rejecting duplicate keys and content after it.
   *
   * @param bytes the UTF-8 text
   * @return the tree; a missing node when there is no value
   * @throws JsonProcessingException if the text is not one JSON value
   * @throws IOException if it cannot be read
   */
  public static JsonNode read(byte[] bytes) throws IOException {
    return MAPPER.readTree(bytes);
  }

  /**
   * Reads one JSON value from text; see {@link #read(byte[])}.
   *
   * @param text the text
   * @return the tree; a missing node when there is no value
   * @throws JsonProcessingException if the text is not one JSON value
   */
  public static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /**
   * Reads one JSON value from a stream, which is not closed; see {@link #read(byte[])}.
   *
   * @param in the stream (UTF-8)
   * @return the tree; a missing node when there is no value
   * @throws JsonProcessingException if the text is not one JSON value
   * @throws IOException if the stream cannot be read
   */
  public static JsonNode read(InputStream in) throws IOException {
    return MAPPER.readTree(in);
  }

  /**
   * A line end and two spaces per level, as Jackson's {@code DefaultIndenter("  ", "\n")} writes them, each level's
   * text encoded once: a large report starts a line for every field it writes, and copying ready bytes costs less than
   * encoding the same spaces again each time. Immutable, shared by every generator.
   */
  static final class Indentation implements DefaultPrettyPrinter.Indenter {

    /** The levels with their text ready; a deeper one is written in pieces. */
    static final int READY_LEVELS = 64;

    private static final SerializableString[] LINES = new SerializableString[READY_LEVELS];

    private static final SerializableString SPACES = new SerializedString("  ".repeat(READY_LEVELS - 1));

    static {
      for (int level = 0; level < READY_LEVELS; level++) {
        LINES[level] = new SerializedString("\n" + "  ".repeat(level));
      }
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level < READY_LEVELS) {
        g.writeRaw(LINES[level]);
        return;
      }
      g.writeRaw(LINES[READY_LEVELS - 1]);
      int left = level - (READY_LEVELS - 1);
      for (; left >= READY_LEVELS - 1; left -= READY_LEVELS - 1) {
        g.writeRaw(SPACES);
      }
      g.writeRaw(LINES[left].getValue(), 1, 2 * left);
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
