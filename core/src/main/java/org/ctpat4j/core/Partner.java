package org.ctpat4j.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.constraints.CountryCode;
import org.ctpat4j.core.constraints.EntityName;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * The CTPAT partner whose obligations are checked.
 *
 * @param name the partner's legal name; never blank
 * @param country the ISO 3166-1 alpha-2 country of the partner; never null
 * @param entityType the CTPAT business entity type; never null
 * @param memberships the partner's program memberships; never null, possibly empty
 */
public record Partner(
    @EntityName String name,
    @NotNull @CountryCode String country,
    @NotNull BusinessEntityType entityType,
    @NotNull List<@NotNull @Valid Membership> memberships) {

  /**
   * Copies the memberships; a null list is read as empty.
   *
   * @param name see {@link #name()}
   * @param country see {@link #country()}
   * @param entityType see {@link #entityType()}
   * @param memberships see {@link #memberships()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Partner {
    Nulls.require(name, "name");
    Nulls.require(country, "country");
    Nulls.require(entityType, "entityType");
    memberships = Copies.list(memberships, "memberships");
  }

  /**
   * Returns the membership in the given program that is active (in good standing) on the given day.
   *
   * @param program the program; never null
   * @param date the day; never null
   * @return the active membership, or empty when the partner is not a member in good standing on that day (not a
   *     member, an applicant, suspended or removed)
   * @see Membership#isActiveOn(LocalDate)
   */
  public Optional<Membership> membershipOn(Program program, LocalDate date) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(date, "date");
    return memberships.stream()
        .filter(m -> m.program() == program && m.isActiveOn(date))
        .findFirst();
  }

  /**
   * Returns the membership or application in the given program whose requirements bind the partner on the given day:
   * an applicant from the day it applied, a member whatever its standing. Among several, the one bound the longest.
   *
   * @param program the program; never null
   * @param date the day; never null
   * @return the binding membership, or empty when the program's requirements do not bind the partner on that day
   * @see Membership#bindsOn(LocalDate)
   */
  public Optional<Membership> bindingMembershipOn(Program program, LocalDate date) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(date, "date");
    return memberships.stream()
        .filter(m -> m.program() == program && m.bindsOn(date))
        .min(Comparator.comparing(m -> m.obligatedFrom().orElseThrow()));
  }

  /**
   * Returns the earliest start of membership in the given program, whether or not it is still active.
   *
   * @param program the program; never null
   * @return the first day of the earliest membership, or empty when the partner never joined
   */
  public Optional<LocalDate> firstJoined(Program program) {
    Objects.requireNonNull(program, "program");
    return memberships.stream()
        .filter(m -> m.program() == program && m.since() != null)
        .map(Membership::since)
        .min(LocalDate::compareTo);
  }
}
