package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.util.Objects;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.testkit.internal.Hashes;

/**
 * Builds a {@link Document}. Defaults: title {@code "Document <id>"}, path {@code evidence/<id>.pdf}, a SHA-256
 * derived from the id (stable, but not the hash of any real file), language {@code en}, not redacted, no issue date.
 * Not thread-safe.
 */
public final class DocumentBuilder {

  private final String id;
  private String title;
  private String path;
  private String sha256;
  private String language = "en";
  private boolean redacted;
  private LocalDate issued;

  DocumentBuilder(String id) {
    this.id = FacilityBuilder.requireNonBlank(id, "id");
    this.title = "Document " + id;
    this.path = "evidence/" + id + ".pdf";
    this.sha256 = Hashes.sha256Hex("ctpat4j-testkit document " + id);
  }

  /**
   * Returns a builder holding the values of a document.
   *
   * @param document the document; never null
   * @return a new builder
   */
  public static DocumentBuilder from(Document document) {
    Objects.requireNonNull(document, "document");
    DocumentBuilder b = new DocumentBuilder(document.id());
    b.title = document.title();
    b.path = document.path();
    b.sha256 = document.sha256();
    b.language = document.language();
    b.redacted = document.redacted();
    b.issued = document.issued();
    return b;
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
   * @param title the title; never blank
   * @return this builder
   */
  public DocumentBuilder title(String title) {
    this.title = FacilityBuilder.requireNonBlank(title, "title");
    return this;
  }

  /**
   * Sets the path.
   *
   * @param path relative to the dossier's document folder, or {@code null}
   * @return this builder
   */
  public DocumentBuilder path(String path) {
    this.path = path;
    return this;
  }

  /**
   * Sets the SHA-256.
   *
   * @param sha256 64 lower-case hex characters, or {@code null}
   * @return this builder
   */
  public DocumentBuilder sha256(String sha256) {
    this.sha256 = sha256;
    return this;
  }

  /**
   * Sets the SHA-256 to the hash of the given content, as a file with that content would have.
   *
   * @param content the file's content; never null
   * @return this builder
   */
  public DocumentBuilder content(byte[] content) {
    this.sha256 = Hashes.sha256Hex(Objects.requireNonNull(content, "content"));
    return this;
  }

  /**
   * Sets the language.
   *
   * @param language a BCP 47 tag, or {@code null}
   * @return this builder
   */
  public DocumentBuilder language(String language) {
    this.language = language;
    return this;
  }

  /**
   * Marks the document redacted.
   *
   * @param redacted whether it is redacted
   * @return this builder
   */
  public DocumentBuilder redacted(boolean redacted) {
    this.redacted = redacted;
    return this;
  }

  /**
   * Sets the day it was issued.
   *
   * @param issued the day, or {@code null}
   * @return this builder
   */
  public DocumentBuilder issued(LocalDate issued) {
    this.issued = issued;
    return this;
  }

  /**
   * Builds the document.
   *
   * @return the document; never null
   */
  public Document build() {
    return new Document(id, title, path, sha256, language, redacted, issued);
  }
}
