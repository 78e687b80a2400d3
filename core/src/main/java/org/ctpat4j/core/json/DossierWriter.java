package org.ctpat4j.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;

/**
 * Writes dossiers as pretty-printed UTF-8 {@code ctpat4j-dossier/1} JSON: fields in the order of the format, absent
 * optional values left out, dates as {@code YYYY-MM-DD}. What it writes, {@link DossierReader} reads back into an
 * equal dossier. The writer does not validate; validate first if the dossier was built in code.
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierWriter {

  private static final DossierWriter STANDARD = new DossierWriter();

  private final ObjectWriter writer;

  private DossierWriter() {
    this.writer =
        JsonMapper.builder()
            .addModule(new CtpatJacksonModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build()
            .writerFor(Dossier.class)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /**
   * Returns the standard writer.
   *
   * @return a shared writer; never null
   */
  public static DossierWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a dossier to a string.
   *
   * @param dossier the dossier; never null
   * @return the JSON document; never null
   */
  public String write(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    try {
      return writer.writeValueAsString(dossier);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the dossier", e);
    }
  }

  /**
   * Writes a dossier to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @param dossier the dossier; never null
   * @param out the stream; never null
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Dossier dossier, OutputStream out) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, dossier);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dossier", e);
    }
  }

  /**
   * Writes a dossier to a file, replacing it.
   *
   * @param dossier the dossier; never null
   * @param file the file; never null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Dossier dossier, Path file) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(dossier, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
