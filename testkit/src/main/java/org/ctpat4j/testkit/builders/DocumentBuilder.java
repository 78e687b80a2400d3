package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.util.Objects;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.internal.Sha256;

/**
 * Builds a {@link Document} on top of core's {@link org.ctpat4j.core.dossier.DossierBuilder.DocumentBuilder}.
 * Defaults: title {@code "Document <id>"}, path {@code evidence/<id>.pdf}, a SHA-256 derived from the id (stable, but
 * not the hash of any real file), language {@code en}, not redacted, no issue date. Not thread-safe.
 */
public final class DocumentBuilder {

  private final String id;
  private final org.ctpat4j.core.dossier.DossierBuilder.DocumentBuilder core;

  DocumentBuilder(String id) {
    this(
        FacilityBuilder.requireNonBlank(id, "id"),
        org.ctpat4j.core.dossier.DossierBuilder.DocumentBuilder.newBuilder(id)
            .title("Document " + id)
            .path("evidence/" + id + ".pdf")
            .sha256(Sha256.hex("ctpat4j-testkit document " + id))
            .language("en"));
  }

  private DocumentBuilder(String id, org.ctpat4j.core.dossier.DossierBuilder.DocumentBuilder core) {
    this.id = id;
    this.core = core;
  }

  /**
   * Returns a builder holding the values of a document.
   *
   * @param document the document; never null
   * @return a new builder
   */
  public static DocumentBuilder from(Document document) {
    Objects.requireNonNull(document, "document");
    return new DocumentBuilder(
        document.id(), org.ctpat4j.core.dossier.DossierBuilder.DocumentBuilder.from(document));
  }

  /**
   * Returns the document id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Sets the title.
   *
   * @param title the title; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public DocumentBuilder title(String title) {
    core.title(title);
    return this;
  }

  /**
   * Sets the path.
   *
   * @param path relative to the dossier's document folder, or {@code null}
   * @return this builder
   */
  public DocumentBuilder path(String path) {
    core.path(path);
    return this;
  }

  /**
   * Sets the SHA-256.
   *
   * @param sha256 64 lower-case hex characters, or {@code null}
   * @return this builder
   */
  public DocumentBuilder sha256(String sha256) {
    core.sha256(sha256);
    return this;
  }

  /**
   * Sets the SHA-256 to the hash of the given content, as a file with that content would have.
   *
   * @param content the file's content; never null
   * @return this builder
   */
  public DocumentBuilder content(byte[] content) {
    return sha256(Sha256.hex(Objects.requireNonNull(content, "content")));
  }

  /**
   * Sets the language.
   *
   * @param language a BCP 47 tag, or {@code null}
   * @return this builder
   */
  public DocumentBuilder language(String language) {
    core.language(language);
    return this;
  }

  /**
   * Marks the document redacted.
   *
   * @param redacted whether it is redacted
   * @return this builder
   */
  public DocumentBuilder redacted(boolean redacted) {
    core.redacted(redacted);
    return this;
  }

  /**
   * Sets the day it was issued.
   *
   * @param issued the day, or {@code null}
   * @return this builder
   */
  public DocumentBuilder issued(LocalDate issued) {
    core.issued(issued);
    return this;
  }

  /**
   * Builds the document, checked by core's builder.
   *
   * @return the document; never null
   * @throws DossierFormatException listing every problem with the pointer of its field ({@code /sha256})
   */
  public Document build() {
    return core.build();
  }

  /**
   * Builds the document with no check beyond the record's own null rules, for a test that needs an invalid one.
   *
   * @return the document; never null
   */
  public Document buildUnchecked() {
    return core.buildUnchecked();
  }
}
