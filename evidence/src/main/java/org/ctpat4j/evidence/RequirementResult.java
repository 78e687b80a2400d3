package org.ctpat4j.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.Requirement;

/**
 * Where one requirement stands in a report.
 *
 * @param requirement the requirement; never null
 * @param status its status; never null
 * @param title its short title from the catalog; never null
 * @param source the document that states it (title and date); never null
 * @param sourceUrl where that document can be read; never null, possibly empty
 * @param inForceFrom the first day it binds the partner, or {@code null} when it is not applicable
 * @param reason why it has this applicability, in plain language; never null
 */
public record RequirementResult(
    Requirement requirement,
    RequirementStatus status,
    String title,
    String source,
    String sourceUrl,
    LocalDate inForceFrom,
    String reason) {

  /**
   * Checks the arguments.
   *
   * @param requirement see {@link #requirement()}
   * @param status see {@link #status()}
   * @param title see {@link #title()}
   * @param source see {@link #source()}
   * @param sourceUrl see {@link #sourceUrl()}
   * @param inForceFrom see {@link #inForceFrom()}
   * @param reason see {@link #reason()}
   */
  public RequirementResult {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the first day the requirement binds the partner.
   *
   * @return the day, or empty when it is not applicable
   */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(inForceFrom);
  }
}
