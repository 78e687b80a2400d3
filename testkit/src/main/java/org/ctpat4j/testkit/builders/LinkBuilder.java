package org.ctpat4j.testkit.builders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Link;

/**
 * Builds a {@link Link} ("{@code from} supplies {@code material} to {@code to}"). Defaults: unknown share, no
 * documents. Not thread-safe.
 */
public final class LinkBuilder {

  private final String from;
  private final String to;
  private final String material;
  private Double share;
  private final List<String> documents = new ArrayList<>();

  LinkBuilder(String from, String to, String material) {
    this.from = FacilityBuilder.requireNonBlank(from, "from");
    this.to = FacilityBuilder.requireNonBlank(to, "to");
    this.material = FacilityBuilder.requireNonBlank(material, "material");
  }

  /**
   * Returns a builder holding the values of a link.
   *
   * @param link the link; never null
   * @return a new builder
   */
  public static LinkBuilder from(Link link) {
    Objects.requireNonNull(link, "link");
    LinkBuilder b = new LinkBuilder(link.from(), link.to(), link.material());
    b.share = link.share();
    b.documents.addAll(link.documents());
    return b;
  }

  /**
   * Returns the supplying facility's id.
   *
   * @return the id
   */
  public String from() {
    return from;
  }

  /**
   * Returns the receiving facility's id.
   *
   * @return the id
   */
  public String to() {
    return to;
  }

  /**
   * Sets the share of the receiver's need this supplier covers.
   *
   * @param share in (0, 1], or {@code null} for unknown
   * @return this builder
   */
  public LinkBuilder share(Double share) {
    this.share = share;
    return this;
  }

  /**
   * Adds a document proving the link (purchase order, invoice, bill of lading). Unless the dossier builder is told to
   * keep broken references, a document that is not declared is registered with defaults.
   *
   * @param documentId the document id; never blank
   * @return this builder
   */
  public LinkBuilder document(String documentId) {
    documents.add(FacilityBuilder.requireNonBlank(documentId, "documentId"));
    return this;
  }

  /**
   * Builds the link.
   *
   * @return the link; never null
   */
  public Link build() {
    return new Link(from, to, material, share, documents);
  }
}
