package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * A case of suspected or found forced labor and its remediation.
 *
 * @param id unique among the dossier's cases; never blank
 * @param facility the facility concerned; never blank
 * @param opened the day the case was opened; never null
 * @param indicators the forced-labour indicators found; never null
 * @param disclosedToCbp the day it was disclosed to CBP, or {@code null} when not disclosed
 * @param actions the corrective actions; never null
 * @param closed the day the case was closed, or {@code null} while open
 * @param verification the id of the document that verifies the remediation (a verification audit report, a
 *     follow-up visit report), or {@code null}; a case closed without one needs a later audit of the facility that
 *     records its indicators {@link AuditFindingStatus#CLOSED}
 */
public record RemediationCase(
    @NotBlank String id,
    @NotBlank String facility,
    @NotNull LocalDate opened,
    @NotNull List<@NotNull ForcedLaborIndicator> indicators,
    LocalDate disclosedToCbp,
    @NotNull List<@NotNull @Valid RemediationAction> actions,
    LocalDate closed,
    @NullOrNotBlank String verification) {

  /**
   * Copies the lists; null reads as empty.
   *
   * @param id see {@link #id()}
   * @param facility see {@link #facility()}
   * @param opened see {@link #opened()}
   * @param indicators see {@link #indicators()}
   * @param disclosedToCbp see {@link #disclosedToCbp()}
   * @param actions see {@link #actions()}
   * @param closed see {@link #closed()}
   * @param verification the id of the verification document, or {@code null}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public RemediationCase {
    Nulls.require(id, "id");
    Nulls.require(facility, "facility");
    Nulls.require(opened, "opened");
    indicators = Copies.list(indicators, "indicators");
    actions = Copies.list(actions, "actions");
  }

  /**
   * Creates a case without a verification document.
   *
   * @param id unique among the dossier's cases; never blank
   * @param facility the facility concerned; never blank
   * @param opened the day the case was opened; never null
   * @param indicators the forced-labour indicators found; never null
   * @param disclosedToCbp the day it was disclosed to CBP, or {@code null}
   * @param actions the corrective actions; never null
   * @param closed the day the case was closed, or {@code null} while open
   */
  public RemediationCase(
      String id,
      String facility,
      LocalDate opened,
      List<ForcedLaborIndicator> indicators,
      LocalDate disclosedToCbp,
      List<RemediationAction> actions,
      LocalDate closed) {
    this(id, facility, opened, indicators, disclosedToCbp, actions, closed, null);
  }

  /**
   * Returns whether the case is open on the given day.
   *
   * @param date the day; never null
   * @return {@code true} when opened on or before {@code date} and not closed by then
   */
  public boolean isOpenOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !opened.isAfter(date) && (closed == null || closed.isAfter(date));
  }

  /**
   * Returns the day of disclosure to CBP.
   *
   * @return the day, or empty when not disclosed
   */
  public Optional<LocalDate> disclosure() {
    return Optional.ofNullable(disclosedToCbp);
  }
}
