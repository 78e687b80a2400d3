package org.ctpat4j.risk;

import java.util.List;
import java.util.Objects;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * The risk of one facility from its own signals (not from its suppliers).
 *
 * @param facility the facility id; never null
 * @param level the worst level of its signals; never null
 * @param score the aggregated score in [0, 1]
 * @param signals the signals, in a deterministic order; never null or empty
 */
public record FacilityRisk(String facility, RiskLevel level, double score, List<RiskSignal> signals) {

  /**
   * Checks and copies the arguments.
   *
   * @param facility see {@link #facility()}
   * @param level see {@link #level()}
   * @param score see {@link #score()}
   * @param signals see {@link #signals()}
   * @throws IllegalArgumentException when the score is out of range or there is no signal
   */
  public FacilityRisk {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(level, "level");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    signals = List.copyOf(signals);
    if (signals.isEmpty()) {
      throw new IllegalArgumentException("facility '" + facility + "' has no signal");
    }
  }
}
