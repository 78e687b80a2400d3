package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * The partner's documented social compliance program (MSC 3.9).
 *
 * <p>Judged as of a day, only the reviews held by then count: {@link #lastReviewOn(LocalDate)}.
 *
 * @param document the id of the program document; never blank
 * @param adopted the day the program was adopted, or {@code null}
 * @param lastReviewed the day of the last management review, or {@code null}
 * @param addressesForcedLabor whether the program explicitly addresses forced, imprisoned, indentured and indentured
 *     child labor
 * @param reviews the days of every management review, in any order; never null, possibly empty. {@code lastReviewed}
 *     counts as one of them
 */
public record SocialComplianceProgram(
    @NotBlank String document,
    LocalDate adopted,
    LocalDate lastReviewed,
    boolean addressesForcedLabor,
    @NotNull List<@NotNull LocalDate> reviews) {

  /**
   * Copies the reviews; null reads as empty.
   *
   * @param document see {@link #document()}
   * @param adopted see {@link #adopted()}
   * @param lastReviewed see {@link #lastReviewed()}
   * @param addressesForcedLabor whether the program explicitly addresses forced labor
   * @param reviews the days of every management review; never null
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public SocialComplianceProgram {
    Nulls.require(document, "document");
    reviews = Copies.list(reviews, "reviews");
  }

  /**
   * Creates a program whose review history is only its last review.
   *
   * @param document the id of the program document; never blank
   * @param adopted the day the program was adopted, or {@code null}
   * @param lastReviewed the day of the last management review, or {@code null}
   * @param addressesForcedLabor whether the program explicitly addresses forced labor
   */
  public SocialComplianceProgram(
      String document, LocalDate adopted, LocalDate lastReviewed, boolean addressesForcedLabor) {
    this(document, adopted, lastReviewed, addressesForcedLabor, List.of());
  }

  /**
   * Returns the latest review held on or before a day, among {@link #reviews()} and {@link #lastReviewed()}.
   *
   * @param date the day; never null
   * @return the day of that review, or empty when none was held by then
   */
  public Optional<LocalDate> lastReviewOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> fromList =
        reviews.stream().filter(d -> d != null && !d.isAfter(date)).max(Comparator.naturalOrder());
    if (lastReviewed != null && !lastReviewed.isAfter(date)) {
      return Optional.of(fromList.filter(d -> d.isAfter(lastReviewed)).orElse(lastReviewed));
    }
    return fromList;
  }
}
