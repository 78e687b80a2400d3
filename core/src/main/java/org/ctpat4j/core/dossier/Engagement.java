package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.internal.Nulls;

/**
 * An engagement with CBP or the trade community (Trade Compliance requirement 6).
 *
 * @param date the day; never null
 * @param kind what kind of engagement; never null
 * @param document the id of the document that proves it; never blank
 * @param description a short description, or {@code null}
 */
public record Engagement(
    @NotNull LocalDate date, @NotNull EngagementKind kind, @NotBlank String document, @NullOrNotBlank String description) {

  /**
   * Checks the components.
   *
   * @param date see {@link #date()}
   * @param kind see {@link #kind()}
   * @param document see {@link #document()}
   * @param description see {@link #description()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Engagement {
    Nulls.require(date, "date");
    Nulls.require(kind, "kind");
    Nulls.require(document, "document");
  }


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
