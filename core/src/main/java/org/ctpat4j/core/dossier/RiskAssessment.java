package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * The partner's own supply-chain risk assessment (MSC category 2; Trade Compliance risk-based mapping).
 *
 * @param document the id of the assessment document; never blank
 * @param performed the day it was performed or last updated, or {@code null}
 * @param includesForcedLabor whether forced labor is part of the assessment method (CTPAT alert, March 2023)
 * @param sourcesConsulted the public risk sources consulted; never null
 */
public record RiskAssessment(
    @NotBlank String document,
    LocalDate performed,
    boolean includesForcedLabor,
    @NotNull List<@NotNull RiskSource> sourcesConsulted) {

  /**
   * Copies the sources; null reads as empty.
   *
   * @param document see {@link #document()}
   * @param performed see {@link #performed()}
   * @param includesForcedLabor see {@link #includesForcedLabor()}
   * @param sourcesConsulted see {@link #sourcesConsulted()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public RiskAssessment {
    Nulls.require(document, "document");
    sourcesConsulted = Copies.list(sourcesConsulted, "sourcesConsulted");
  }
}
