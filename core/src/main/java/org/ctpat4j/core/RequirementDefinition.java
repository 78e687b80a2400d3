package org.ctpat4j.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Everything ctpat4j knows about one requirement: what it asks, where that is written, whom it binds and from when.
 *
 * @param requirement the requirement id; never null
 * @param title the short title; never null
 * @param summary a plain-language summary of what is required; never null
 * @param source the document that states the requirement; never null
 * @param program the program whose members it binds; never null
 * @param entityTypes the business entity types it applies to; never null or empty
 * @param effectiveDate when it starts to bind a member; never null
 */
public record RequirementDefinition(
    Requirement requirement,
    String title,
    String summary,
    Citation source,
    Program program,
    Set<BusinessEntityType> entityTypes,
    EffectiveDate effectiveDate) {

  /**
   * Checks and copies the arguments.
   *
   * @param requirement see {@link #requirement()}
   * @param title see {@link #title()}
   * @param summary see {@link #summary()}
   * @param source see {@link #source()}
   * @param program see {@link #program()}
   * @param entityTypes see {@link #entityTypes()}
   * @param effectiveDate see {@link #effectiveDate()}
   */
  public RequirementDefinition {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    entityTypes = Set.copyOf(entityTypes);
    if (entityTypes.isEmpty()) {
      throw new IllegalArgumentException("entityTypes must not be empty");
    }
  }

  /**
   * When a requirement starts to bind a member of its program.
   *
   * <p>A closed set: {@link Fixed} for a date that binds every member, {@link GracePeriod} for a requirement that
   * binds existing members after a grace period and new members from the day they join.
   */
  public sealed interface EffectiveDate {

    /**
     * Returns the first day the requirement binds a member whose membership started on {@code memberSince}.
     *
     * @param memberSince the first day of the member's current membership; never null
     * @return the first day the requirement binds that member; never null
     */
    LocalDate inForceFor(LocalDate memberSince);

    /**
     * A requirement that binds every member from one day.
     *
     * @param from the first day it binds; never null
     */
    record Fixed(LocalDate from) implements EffectiveDate {
      /**
       * Checks the argument.
       *
       * @param from the first day it binds; never null
       */
      public Fixed {
        Objects.requireNonNull(from, "from");
      }

      @Override
      public LocalDate inForceFor(LocalDate memberSince) {
        Objects.requireNonNull(memberSince, "memberSince");
        return from;
      }
    }

    /**
     * A requirement announced on one day: members who had joined by then must comply by a deadline, and members who
     * join later must comply from the day they join.
     *
     * @param announced the day the requirement was announced; members since this day or earlier get the grace period
     * @param deadline the end of the grace period: the first day it binds existing members
     */
    record GracePeriod(LocalDate announced, LocalDate deadline) implements EffectiveDate {
      /**
       * Checks the arguments.
       *
       * @param announced the day the requirement was announced; members since this day or earlier get the grace period
       * @param deadline the end of the grace period: the first day it binds existing members
       */
      public GracePeriod {
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(announced)) {
          throw new IllegalArgumentException("deadline " + deadline + " is before announced " + announced);
        }
      }

      @Override
      public LocalDate inForceFor(LocalDate memberSince) {
        Objects.requireNonNull(memberSince, "memberSince");
        return memberSince.isAfter(announced) ? memberSince : deadline;
      }
    }
  }
}
