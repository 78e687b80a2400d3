package org.ctpat4j.testkit.builders;

import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Link;

/**
 * Builds a {@link Link} ("{@code from} supplies {@code material} to {@code to}") on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder}. Defaults: unknown share, no documents. Not thread-safe.
 */
public final class LinkBuilder {

  private final String from;
  private final String to;
  private final org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder core;

  LinkBuilder(String from, String to, String material) {
    this(
        FacilityBuilder.requireNonBlank(from, "from"),
        FacilityBuilder.requireNonBlank(to, "to"),
        org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder.newBuilder(
            from, to, FacilityBuilder.requireNonBlank(material, "material")));
  }

  private LinkBuilder(String from, String to, org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder core) {
    this.from = from;
    this.to = to;
    this.core = core;
  }

  /**
   * Returns a builder holding the values of a link.
   *
   * @param link the link; never null
   * @return a new builder
   */
  public static LinkBuilder from(Link link) {
    Objects.requireNonNull(link, "link");
    return new LinkBuilder(link.from(), link.to(), org.ctpat4j.core.dossier.DossierBuilder.LinkBuilder.from(link));
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
    core.share(share);
    return this;
  }

  /**
   * Adds a document proving the link (purchase order, invoice, bill of lading). Unless the dossier builder is told to
   * keep broken references, a document that is not declared is registered with defaults.
   *
   * @param documentId the document id; never null (blank is a problem of {@link #build()})
   * @return this builder
   */
  public LinkBuilder document(String documentId) {
    core.document(documentId);
    return this;
  }

  /**
   * Builds the link, checked by core's builder (not its references, which need the dossier).
   *
   * @return the link; never null
   * @throws DossierFormatException listing every problem with the pointer of its field ({@code /share})
   */
  public Link build() {
    return core.build();
  }

  /**
   * Builds the link with no check beyond the record's own null rules, for a test that needs an invalid one.
   *
   * @return the link; never null
   */
  public Link buildUnchecked() {
    return core.buildUnchecked();
  }
}
