package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds a {@link RemediationCase}. Defaults: opened two months before the dossier's day, no indicators, not
 * disclosed to CBP, no actions, open. Not thread-safe.
 */
public final class RemediationCaseBuilder {

  private final String id;
  private final String facility;
  private When opened = When.before(Period.ofMonths(2));
  private final List<ForcedLaborIndicator> indicators = new ArrayList<>();
  private When disclosed = When.fixed(null);
  private final List<RemediationAction> actions = new ArrayList<>();
  private When closed = When.fixed(null);
  private String verification;

  RemediationCaseBuilder(String id, String facility) {
    this.id = FacilityBuilder.requireNonBlank(id, "id");
    this.facility = FacilityBuilder.requireNonBlank(facility, "facility");
  }

  /**
   * Returns a builder holding the values of a case.
   *
   * @param remediationCase the case; never null
   * @return a new builder
   */
  public static RemediationCaseBuilder from(RemediationCase remediationCase) {
    Objects.requireNonNull(remediationCase, "remediationCase");
    RemediationCaseBuilder b = new RemediationCaseBuilder(remediationCase.id(), remediationCase.facility());
    b.opened = When.fixed(remediationCase.opened());
    b.indicators.addAll(remediationCase.indicators());
    b.disclosed = When.fixed(remediationCase.disclosedToCbp());
    b.actions.addAll(remediationCase.actions());
    b.closed = When.fixed(remediationCase.closed());
    b.verification = remediationCase.verification();
    return b;
  }

  /**
   * Returns the case id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the facility concerned.
   *
   * @return the facility id
   */
  public String facility() {
    return facility;
  }

  /**
   * Sets the day the case was opened.
   *
   * @param date the day; never null
   * @return this builder
   */
  public RemediationCaseBuilder opened(LocalDate date) {
    this.opened = When.fixed(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Adds forced-labour indicators found.
   *
   * @param indicators the indicators; never null
   * @return this builder
   */
  public RemediationCaseBuilder indicators(ForcedLaborIndicator... indicators) {
    this.indicators.addAll(Arrays.asList(Objects.requireNonNull(indicators, "indicators")));
    return this;
  }

  /**
   * Sets the day of disclosure to CBP.
   *
   * @param date the day, or {@code null} when not disclosed
   * @return this builder
   */
  public RemediationCaseBuilder disclosedToCbp(LocalDate date) {
    this.disclosed = When.fixed(date);
    return this;
  }

  /**
   * Marks the case disclosed to CBP one month before the dossier's day.
   *
   * @return this builder
   */
  public RemediationCaseBuilder disclosedToCbp() {
    this.disclosed = When.before(Period.ofMonths(1));
    return this;
  }

  /**
   * Adds a corrective action.
   *
   * @param description what is to be done; never blank
   * @param due the day it is due, or {@code null}
   * @param status where it stands; never null
   * @return this builder
   */
  public RemediationCaseBuilder action(String description, LocalDate due, RemediationActionStatus status) {
    actions.add(
        new RemediationAction(
            FacilityBuilder.requireNonBlank(description, "description"),
            due,
            Objects.requireNonNull(status, "status")));
    return this;
  }

  /**
   * Sets the day the case was closed.
   *
   * @param date the day, or {@code null} while open
   * @return this builder
   */
  public RemediationCaseBuilder closed(LocalDate date) {
    this.closed = When.fixed(date);
    return this;
  }

  /**
   * Sets the document that verifies the remediation of a closed case.
   *
   * @param document the document id, or {@code null}
   * @return this builder
   */
  public RemediationCaseBuilder verification(String document) {
    this.verification = document;
    return this;
  }

  /**
   * Builds the case against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the case; never null
   */
  public RemediationCase build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the case with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the case; never null
   */
  public RemediationCase build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new RemediationCase(
        id,
        facility,
        opened.resolve(asOf),
        indicators,
        disclosed.resolve(asOf),
        actions,
        closed.resolve(asOf),
        verification);
  }
}
