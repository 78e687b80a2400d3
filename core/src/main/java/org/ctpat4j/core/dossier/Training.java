package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * A training session on forced labor.
 *
 * @param id unique among the dossier's trainings; never blank
 * @param audience who was trained; never null
 * @param facility the trained supplier's facility id when the audience is {@link TrainingAudience#SUPPLIER}, else
 *     {@code null}
 * @param date the day of the training; never null
 * @param topics what it covered; never null
 * @param participants how many people took part, or {@code null}
 * @param document the id of the attendance record or material; never blank
 */
public record Training(
    @NotBlank String id,
    @NotNull TrainingAudience audience,
    @NullOrNotBlank String facility,
    @NotNull LocalDate date,
    @NotNull List<@NotNull TrainingTopic> topics,
    @Min(1) Integer participants,
    @NotBlank String document) {

  /**
   * Copies the topics; null reads as empty.
   *
   * @param id see {@link #id()}
   * @param audience see {@link #audience()}
   * @param facility see {@link #facility()}
   * @param date see {@link #date()}
   * @param topics see {@link #topics()}
   * @param participants see {@link #participants()}
   * @param document see {@link #document()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Training {
    Nulls.require(id, "id");
    Nulls.require(audience, "audience");
    Nulls.require(date, "date");
    Nulls.require(document, "document");
    topics = Copies.list(topics, "topics");
  }
}
