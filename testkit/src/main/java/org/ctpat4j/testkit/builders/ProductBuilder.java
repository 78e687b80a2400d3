package org.ctpat4j.testkit.builders;

import java.util.Objects;
import org.ctpat4j.core.dossier.Product;

/** Builds a {@link Product}. Defaults: name {@code "Product <id>"}, no HS code. Not thread-safe. */
public final class ProductBuilder {

  private final String id;
  private final String producedBy;
  private String name;
  private String hsCode;

  ProductBuilder(String id, String producedBy) {
    this.id = FacilityBuilder.requireNonBlank(id, "id");
    this.producedBy = FacilityBuilder.requireNonBlank(producedBy, "producedBy");
    this.name = "Product " + id;
  }

  /**
   * Returns a builder holding the values of a product.
   *
   * @param product the product; never null
   * @return a new builder
   */
  public static ProductBuilder from(Product product) {
    Objects.requireNonNull(product, "product");
    ProductBuilder b = new ProductBuilder(product.id(), product.producedBy());
    b.name = product.name();
    b.hsCode = product.hsCode();
    return b;
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
   * @param name the name; never blank
   * @return this builder
   */
  public ProductBuilder name(String name) {
    this.name = FacilityBuilder.requireNonBlank(name, "name");
    return this;
  }

  /**
   * Sets the Harmonized System code.
   *
   * @param hsCode the code, or {@code null}
   * @return this builder
   */
  public ProductBuilder hsCode(String hsCode) {
    this.hsCode = hsCode;
    return this;
  }

  /**
   * Builds the product.
   *
   * @return the product; never null
   */
  public Product build() {
    return new Product(id, name, hsCode, producedBy);
  }
}
