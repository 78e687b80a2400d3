package org.ctpat4j.risk;

import java.util.List;
import java.util.Objects;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityKind;

/**
 * One reason a product is not {@link Admissibility#CLEAR}: a facility upstream whose signal affects admissibility,
 * with the path by which its output reaches the product.
 *
 * @param admissibility the answer this reason gives; never null, never CLEAR
 * @param kind why; never null
 * @param facility the id of the facility; never null
 * @param path facility ids from that facility to the product's producer; never null, never empty
 * @param rule the id of the rule that raised the signal; never null
 * @param message the signal's reason; never null
 * @param source the source of the fact; never null
 * @param resolve what would resolve it; never null
 */
public record AdmissibilityReason(
    Admissibility admissibility,
    AdmissibilityKind kind,
    String facility,
    List<String> path,
    String rule,
    String message,
    String source,
    String resolve) {

  /** Checks and copies the components. */
  public AdmissibilityReason {
    Objects.requireNonNull(admissibility, "admissibility");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(facility, "facility");
    path = List.copyOf(path);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(resolve, "resolve");
    if (admissibility == Admissibility.CLEAR) {
      throw new IllegalArgumentException("a reason is never CLEAR");
    }
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path is empty");
    }
  }
}
