package org.ctpat4j.evidence.validation;

import java.time.LocalDate;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.ComplianceChecker;

/**
 * Supplies the {@link ComplianceChecker} that {@link CtpatCompliant} validates with. Give one to a
 * {@code ValidatorFactory} with {@link CtpatValidation#constraintValidatorFactory}, or declare it as a service
 * ({@code provides org.ctpat4j.evidence.validation.ComplianceCheckerProvider with ...} or
 * {@code META-INF/services}). Implementations must be thread-safe.
 */
@Incubating
public interface ComplianceCheckerProvider {

  /**
   * Returns the checker; it must be able to run {@link ComplianceChecker#check(Dossier, LocalDate)} (that is, have a
   * risk assessor).
   *
   * @return the checker; never null
   */
  ComplianceChecker checker();

  /**
   * Returns the day a dossier is judged at when the constraint names none. The default is the dossier's own
   * {@code asOf}; a host that judges "today" reads its own clock here (the library never does).
   *
   * @param dossier the dossier; never null
   * @return the day; never null
   * @throws IllegalStateException if no day can be determined
   */
  default LocalDate asOf(Dossier dossier) {
    if (dossier.asOf() == null) {
      throw new IllegalStateException(
          "@CtpatCompliant: the dossier has no asOf; set the constraint's asOf or override"
              + " ComplianceCheckerProvider.asOf");
    }
    return dossier.asOf();
  }
}
