package org.ctpat4j.risk;

import java.util.List;
import java.util.Objects;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * The risk that reaches one imported product from anywhere upstream of it ("wholly or in part"), and whether CBP would
 * be expected to detain it.
 *
 * @param product the product id; never null
 * @param level the worst level upstream of the product, its producer included; never null
 * @param score the aggregated score in [0, 1]
 * @param paths the explaining paths, worst first, each a list of facility ids from a risky facility to the product's
 *     producer; never null, bounded in number
 * @param admissibility the worst admissibility answer over every facility upstream (any tier, any share: there is no
 *     de minimis); never null
 * @param reasons why the product is not CLEAR, worst first, one per facility and kind, each with the path by which
 *     the facility's output reaches the product; never null, empty exactly when CLEAR, bounded in number by
 *     {@code RiskEngine.Builder#maxReasonsPerProduct(int)} (the answer is computed over all of them)
 * @param reasonsOmitted how many further reasons were left out of {@code reasons} by that bound; 0 or more
 */
public record ProductExposure(
    String product,
    RiskLevel level,
    double score,
    List<List<String>> paths,
    Admissibility admissibility,
    List<AdmissibilityReason> reasons,
    int reasonsOmitted) {

  /**
   * Checks and copies the arguments.
   *
   * @param product see {@link #product()}
   * @param level the worst level upstream of the product; never null
   * @param score see {@link #score()}
   * @param paths the explaining paths; never null
   * @param admissibility the worst admissibility answer upstream; never null
   * @param reasons why the product is not CLEAR; never null
   * @param reasonsOmitted reasons left out by the bound; 0 or more
   */
  public ProductExposure {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(level, "level");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    paths = paths.stream().map(List::copyOf).toList();
    Objects.requireNonNull(admissibility, "admissibility");
    reasons = List.copyOf(reasons);
    if (reasonsOmitted < 0) {
      throw new IllegalArgumentException("reasonsOmitted is negative: " + reasonsOmitted);
    }
    if ((admissibility == Admissibility.CLEAR) != (reasons.isEmpty() && reasonsOmitted == 0)) {
      throw new IllegalArgumentException("admissibility " + admissibility + " contradicts the reasons");
    }
  }

  /**
   * Creates a CLEAR exposure (no reason touches admissibility).
   *
   * @param product the product id; never null
   * @param level the worst level upstream of the product; never null
   * @param score the aggregated score in [0, 1]
   * @param paths the explaining paths; never null
   */
  public ProductExposure(String product, RiskLevel level, double score, List<List<String>> paths) {
    this(product, level, score, paths, Admissibility.CLEAR, List.of(), 0);
  }
}
