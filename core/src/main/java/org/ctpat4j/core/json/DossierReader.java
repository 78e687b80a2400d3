package org.ctpat4j.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;

/**
 * Reads {@code ctpat4j-dossier/1} documents. Thread-safe; build one and reuse it.
 */
public final class DossierReader {

  private final ObjectMapper mapper;

  private DossierReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns a strict reader: unknown fields are errors.
   *
   * @return a reader; never null
   */
  public static DossierReader strict() {
    return new DossierReader(
        JsonMapper.builder()
            .addModule(new CtpatJacksonModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build());
  }

  /**
   * Reads a dossier from a file.
   *
   * @param file the file; never null
   * @return the dossier; never null
   * @throws DossierFormatException if the document is not a valid dossier
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dossier read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a dossier from a stream, which is not closed.
   *
   * @param in the stream; never null
   * @param sourceName the name used in error messages (for example a file name); never null
   * @return the dossier; never null
   * @throws DossierFormatException if the document is not a valid dossier
   */
  public Dossier read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    try {
      return mapper.readValue(in, Dossier.class);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new DossierFormatException(
          sourceName,
          List.of(
              new Problem(
                  "",
                  loc == null ? -1 : loc.getLineNr(),
                  loc == null ? -1 : loc.getColumnNr(),
                  "MALFORMED",
                  e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
  }

  /**
   * Reads a dossier from a string.
   *
   * @param json the document; never null
   * @return the dossier; never null
   * @throws DossierFormatException if the document is not a valid dossier
   */
  public Dossier read(String json) {
    Objects.requireNonNull(json, "json");
    return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "input");
  }
}
