package org.ctpat4j.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner's membership in one CTPAT program.
 *
 * @param program the program; never null
 * @param since the first day of membership; never null
 * @param until the day the membership ended (exclusive), or {@code null} while it lasts
 * @param tier the CTPAT Security tier (1 certified, 2 validated, 3 validated and exceeding the MSC), or {@code null}
 *     where the program has no tiers or it is not known
 */
public record Membership(
    @NotNull Program program, @NotNull LocalDate since, LocalDate until, @Min(1) @Max(3) Integer tier) {

  /**
   * Returns whether this membership is active on the given day.
   *
   * @param date the day; never null
   * @return {@code true} when {@code since <= date} and the membership has not ended by {@code date}
   */
  public boolean isActiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return since != null && !date.isBefore(since) && (until == null || date.isBefore(until));
  }

  /**
   * Returns the end of membership.
   *
   * @return the end date (exclusive), or empty while the membership lasts
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(until);
  }
}
