package org.ctpat4j.testkit.builders;

import java.util.Objects;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Product;

/**
 * Builds a {@link Product} on top of core's {@link org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder}. Defaults:
 * name {@code "Product <id>"}, no HS code. Not thread-safe.
 */
public final class ProductBuilder {

  private final String id;
  private final String producedBy;
  private final org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder core;

  ProductBuilder(String id, String producedBy) {
    this(
        FacilityBuilder.requireNonBlank(id, "id"),
        FacilityBuilder.requireNonBlank(producedBy, "producedBy"),
        org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder.newBuilder(id)
            .name("Product " + id)
            .producedBy(producedBy));
  }

  private ProductBuilder(String id, String producedBy, org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder core) {
    this.id = id;
    this.producedBy = producedBy;
    this.core = core;
  }

  /**
   * Returns a builder holding the values of a product.
   *
   * @param product the product; never null
   * @return a new builder
   */
  public static ProductBuilder from(Product product) {
    Objects.requireNonNull(product, "product");
    return new ProductBuilder(
        product.id(), product.producedBy(), org.ctpat4j.core.dossier.DossierBuilder.ProductBuilder.from(product));
  }

  /**
   * Returns the product id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the producing facility's id.
   *
   * @return the id
   */
  public String producedBy() {
    return producedBy;
  }

  /**
   * Sets the name.
   *
   * @param name the name; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public ProductBuilder name(String name) {
    core.name(name);
    return this;
  }

  /**
   * Sets the Harmonized System code.
   *
   * @param hsCode the code, or {@code null}
   * @return this builder
   */
  public ProductBuilder hsCode(String hsCode) {
    core.hsCode(hsCode);
    return this;
  }

  /**
   * Builds the product, checked by core's builder.
   *
   * @return the product; never null
   * @throws DossierFormatException listing every problem with the pointer of its field ({@code /hsCode})
   */
  public Product build() {
    return core.build();
  }

  /**
   * Builds the product with no check beyond the record's own null rules, for a test that needs an invalid one.
   *
   * @return the product; never null
   */
  public Product buildUnchecked() {
    return core.buildUnchecked();
  }
}
