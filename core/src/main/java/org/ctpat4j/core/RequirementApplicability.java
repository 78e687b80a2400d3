package org.ctpat4j.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "does this requirement bind this partner on this day".
 *
 * @param requirement the requirement; never null
 * @param status whether it is in force, not yet due or not applicable; never null
 * @param inForceFrom the first day it binds the partner, or {@code null} when it is not applicable
 * @param reason a plain-language explanation of the status; never null
 */
public record RequirementApplicability(
    Requirement requirement, Applicability status, LocalDate inForceFrom, String reason) {

  /**
   * Checks the arguments.
   *
   * @param requirement see {@link #requirement()}
   * @param status see {@link #status()}
   * @param inForceFrom see {@link #inForceFrom()}
   * @param reason see {@link #reason()}
   */
  public RequirementApplicability {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the first day the requirement binds the partner.
   *
   * @return the day, or empty when the requirement is not applicable
   */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(inForceFrom);
  }
}
