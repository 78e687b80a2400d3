package org.ctpat4j.risk;

import java.util.List;
import java.util.Objects;

/**
 * The risk that reaches one imported product from anywhere upstream of it ("wholly or in part").
 *
 * @param product the product id; never null
 * @param level the worst level upstream of the product, its producer included; never null
 * @param score the aggregated score in [0, 1]
 * @param paths the explaining paths, worst first, each a list of facility ids from a risky facility to the product's
 *     producer; never null, bounded in number
 */
public record ProductExposure(String product, RiskLevel level, double score, List<List<String>> paths) {

  /**
   * Checks and copies the arguments.
   *
   * @param product the product id; never null
   * @param level the worst level upstream of the product, its producer included; never null
   * @param score the aggregated score in [0, 1]
   * @param paths the explaining paths, worst first, each a list of facility ids from a risky facility to the product's
   *     producer; never null, bounded in number
   */
  public ProductExposure {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(level, "level");
    paths = paths.stream().map(List::copyOf).toList();
  }
}
