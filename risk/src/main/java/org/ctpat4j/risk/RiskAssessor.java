package org.ctpat4j.risk;

import java.time.LocalDate;
import org.ctpat4j.core.dossier.Dossier;

/**
 * Assesses the forced-labor risk of a dossier's supply chain as of a day. Implementations are immutable and
 * thread-safe, and give equal results for equal inputs.
 */
@FunctionalInterface
public interface RiskAssessor {

  /**
   * Assesses a dossier.
   *
   * @param dossier a validated dossier; never null
   * @param asOf the day of the assessment (reference data in force on that day is used); never null
   * @return the result; never null
   */
  RiskResult assess(Dossier dossier, LocalDate asOf);
}
