package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An engagement with CBP or the trade community (Trade Compliance requirement 6).
 *
 * @param date the day; never null
 * @param kind what kind of engagement; never null
 * @param document the id of the document that proves it; never blank
 * @param description a short description, or {@code null}
 */
public record Engagement(
    @NotNull LocalDate date, @NotNull EngagementKind kind, @NotBlank String document, String description) {

  /**
   * Creates an engagement without description.
   *
   * @param date the day
   * @param kind the kind
   * @param document the document id
   */
  public Engagement(LocalDate date, EngagementKind kind, String document) {
    this(date, kind, document, null);
  }
}
