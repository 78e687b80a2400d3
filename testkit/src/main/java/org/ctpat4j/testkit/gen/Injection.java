package org.ctpat4j.testkit.gen;

import java.util.List;
import java.util.Objects;

/**
 * One risk the generator planted.
 *
 * @param risk the kind of risk; never null
 * @param tier the facility's tier (1 = a product's producer)
 * @param facility the facility's id; never null
 * @param downstreamProducts the ids of every product the facility reaches along links (cycles included), sorted;
 *     never null
 */
public record Injection(InjectedRisk risk, int tier, String facility, List<String> downstreamProducts) {

  /**
   * Checks the arguments.
   *
   * @param risk see the record component
   * @param tier see the record component
   * @param facility see the record component
   * @param downstreamProducts see the record component
   */
  public Injection {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(facility, "facility");
    downstreamProducts = List.copyOf(downstreamProducts);
  }
}
