package org.ctpat4j.core.validation;

import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.internal.DossierChecks;

/**
 * Checks a dossier against every rule of the {@code ctpat4j-dossier/1} format, without a Jakarta Validation provider:
 * the same checks {@link org.ctpat4j.core.json.DossierReader} runs after binding, for dossiers built in code.
 *
 * <ul>
 *   <li>field checks: required fields, non-blank names and ids, ISO 3166-1 country codes, ISO 3166-2 region codes
 *       whose prefix is the facility's country, HS codes, LEI, GLN and USCC check characters, SHA-256 digests, link
 *       shares in (0, 1], membership tiers 1 to 3, the format id;
 *   <li>date checks: evidence events (adoptions, reviews, audits, trainings, acknowledgments, cases, engagements,
 *       document issue dates) not after the dossier's {@code asOf} when it has one; closing and review dates not
 *       before their opening; memberships ending after they start;
 *   <li>referential checks: no duplicate id in facilities, materials, products, audits, trainings, remediation cases
 *       or documents; every facility, material and document named by links, unmapped inputs, products, audits,
 *       trainings, commitments, cases, engagements and the code of conduct exists; a supplier training names a
 *       facility.
 * </ul>
 *
 * <p>Problems carry JSON Pointer paths ({@code /evidence/audits/0/facility}) but no line or column. Stateless and
 * thread-safe.
 */
public final class DossierValidator {

  private static final DossierValidator STANDARD = new DossierValidator();

  private DossierValidator() {}

  /**
   * Returns the validator.
   *
   * @return a shared validator; never null
   */
  public static DossierValidator standard() {
    return STANDARD;
  }

  /**
   * Checks a dossier.
   *
   * @param dossier the dossier; never null
   * @return every problem, in document order; empty when the dossier is valid; never null
   */
  public List<Problem> validate(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return DossierChecks.check(dossier);
  }

  /**
   * Checks a dossier and throws if it has problems.
   *
   * @param dossier the dossier; never null
   * @param sourceName the name used in the exception message (for example "dossier built by the ERP export"); never
   *     null
   * @return the same dossier, valid; never null
   * @throws DossierFormatException listing every problem, if there is one
   */
  public Dossier requireValid(Dossier dossier, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    List<Problem> problems = validate(dossier);
    if (!problems.isEmpty()) {
      throw new DossierFormatException(sourceName, problems);
    }
    return dossier;
  }
}
