package org.ctpat4j.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;

/** Writes dossiers as pretty-printed {@code ctpat4j-dossier/1} JSON. Thread-safe; build one and reuse it. */
public final class DossierWriter {

  private final ObjectMapper mapper;

  private DossierWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns a writer that pretty-prints and leaves out null fields.
   *
   * @return a writer; never null
   */
  public static DossierWriter standard() {
    return new DossierWriter(
        JsonMapper.builder()
            .addModule(new CtpatJacksonModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build());
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
      return mapper.writeValueAsString(dossier);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write dossier", e);
    }
  }

  /**
   * Writes a dossier to a stream, which is not closed.
   *
   * @param dossier the dossier; never null
   * @param out the stream; never null
   */
  public void write(Dossier dossier, OutputStream out) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    try {
      mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, dossier);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dossier", e);
    }
  }
}
