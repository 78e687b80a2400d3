package org.ctpat4j.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.internal.Nulls;

/**
 * A partner's membership in one CTPAT program, or its application to one.
 *
 * <p>Two questions are kept apart: whether the program's requirements <em>bind</em> the partner on a day
 * ({@link #bindsOn}: an applicant from the day it applied, a member from {@code since}, whatever its standing) and
 * whether it enjoys the program's benefits ({@link #isActiveOn}: only an {@link MembershipStatus#ACTIVE} member). A
 * suspension or removal stops the benefits, not the obligations (CBP, CTPAT Trade Compliance Handbook v2; see
 * {@code domain.md} section 3 of the project documentation).
 *
 * @param program the program; never null
 * @param since the first day of membership; never null, except for an {@link MembershipStatus#APPLICANT}, which may
 *     not have one yet
 * @param until the day the membership ended (exclusive), or {@code null} while it lasts
 * @param tier the CTPAT Security tier (1 certified, 2 validated, 3 validated and exceeding the MSC), or {@code null}
 *     where the program has no tiers or it is not known
 * @param status the standing; never null ({@link MembershipStatus#ACTIVE} when the dossier does not say)
 * @param applied the day the application was filed: required for an {@link MembershipStatus#APPLICANT}, from which
 *     day the requirements bind it; otherwise optional and informative
 * @param statusSince the day the status took effect (a suspension, a removal), or {@code null} when not known; judged
 *     as of an earlier day, the membership was {@link MembershipStatus#ACTIVE}
 */
public record Membership(
    @NotNull Program program,
    LocalDate since,
    LocalDate until,
    @Min(1) @Max(3) Integer tier,
    MembershipStatus status,
    LocalDate applied,
    LocalDate statusSince) {

  /**
   * Reads an absent status as {@link MembershipStatus#ACTIVE}.
   *
   * @param program see {@link #program()}
   * @param since the first day of membership
   * @param until the end (exclusive), or {@code null}
   * @param tier the tier, or {@code null}
   * @param status the standing, or {@code null} for {@link MembershipStatus#ACTIVE}
   * @param applied the day of the application, or {@code null}
   * @param statusSince the day the status took effect, or {@code null}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Membership {
    Nulls.require(program, "program");
    status = status == null ? MembershipStatus.ACTIVE : status;
  }

  /**
   * Creates an active membership.
   *
   * @param program the program; never null
   * @param since the first day of membership; never null
   * @param until the end (exclusive), or {@code null} while it lasts
   * @param tier the tier, or {@code null}
   */
  public Membership(Program program, LocalDate since, LocalDate until, Integer tier) {
    this(program, since, until, tier, MembershipStatus.ACTIVE, null, null);
  }

  /**
   * Creates an application to a program, pending on the day it is judged.
   *
   * @param program the program; never null
   * @param applied the day the application was filed; never null
   * @return an {@link MembershipStatus#APPLICANT} membership without a start; never null
   */
  public static Membership applicant(Program program, LocalDate applied) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(applied, "applied");
    return new Membership(program, null, null, null, MembershipStatus.APPLICANT, applied, null);
  }

  /**
   * Returns the first day the program's requirements bind the partner: the day it applied for an applicant, the first
   * day of membership otherwise.
   *
   * @return the day, or empty when the dossier gives neither
   */
  public Optional<LocalDate> obligatedFrom() {
    return Optional.ofNullable(status == MembershipStatus.APPLICANT ? applied : since);
  }

  /**
   * Returns whether the program's requirements bind the partner on a day: from {@link #obligatedFrom()} until the end
   * of membership, whatever the status (a suspended or removed member is still bound for the period judged).
   *
   * @param date the day; never null
   * @return {@code true} when the partner is bound on {@code date}
   */
  public boolean bindsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate from = obligatedFrom().orElse(null);
    return from != null && !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /**
   * Returns the standing on a day: {@link #status()}, except that a suspension or removal that took effect after
   * {@code date} had not happened yet.
   *
   * @param date the day; never null
   * @return the status on that day; never null
   */
  public MembershipStatus statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if ((status == MembershipStatus.SUSPENDED || status == MembershipStatus.REMOVED)
        && statusSince != null
        && statusSince.isAfter(date)) {
      return MembershipStatus.ACTIVE;
    }
    return status;
  }

  /**
   * Returns whether this is a membership in good standing on the given day: a member (not an applicant) whose benefits
   * are not suspended or removed.
   *
   * @param date the day; never null
   * @return {@code true} when {@code since <= date}, the membership has not ended by {@code date} and its status on
   *     that day is {@link MembershipStatus#ACTIVE}
   */
  public boolean isActiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return since != null
        && !date.isBefore(since)
        && (until == null || date.isBefore(until))
        && statusOn(date) == MembershipStatus.ACTIVE;
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
