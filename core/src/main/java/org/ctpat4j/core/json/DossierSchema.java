package org.ctpat4j.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the {@code ctpat4j-dossier/1} format, the normative, published form of the
 * format. It is also a resource of the jar, {@value #RESOURCE} at its root, so that tools outside Java can take it
 * from there.
 *
 * <p>The schema checks structure, types, required fields, enumerations and the shape of codes; check digits, region
 * prefixes, dates against {@code asOf}, unique ids and references are beyond it and checked by {@link DossierReader}.
 */
public final class DossierSchema {

  /** The resource name of the schema at the root of the jar. */
  public static final String RESOURCE = "dossier-1.schema.json";

  /** The schema's {@code $id}. */
  public static final String ID = "https://ctpat4j.org/schema/dossier-1.schema.json";

  private DossierSchema() {}

  /**
   * Opens the schema; the caller closes the stream.
   *
   * @return a new stream of the UTF-8 schema; never null
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static InputStream open() {
    InputStream in = DossierSchema.class.getResourceAsStream("/" + RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the resource " + RESOURCE + " is missing from the ctpat4j-core jar");
    }
    return in;
  }

  /**
   * Returns the schema text.
   *
   * @return the schema as a string; never null
   * @throws IllegalStateException if the resource is missing from the jar
   * @throws UncheckedIOException if it cannot be read
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
