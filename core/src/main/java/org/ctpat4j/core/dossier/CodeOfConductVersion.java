package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.ctpat4j.core.internal.Nulls;

/**
 * An earlier version of the code of conduct, kept so that the past is judged with the code in force then.
 *
 * <p>What an earlier version said is taken from its entry where the entry says it; where it does not, the version is
 * taken to say what the current code says ({@link CodeOfConduct#inForceOn(LocalDate)}).
 *
 * @param version the version label, as supplier commitments acknowledge it; never blank
 * @param adopted the day the version was adopted; never null
 * @param document the id of that version's document; never blank
 * @param prohibitsForcedLabor whether that version prohibits forced labor, or {@code null} when not stated
 * @param commitsToMapping whether that version commits the partner to mapping, or {@code null} when not stated
 * @param uploadedToPortal the day that version was uploaded to the CTPAT portal, or {@code null} when not stated
 */
public record CodeOfConductVersion(
    @NotBlank String version,
    @NotNull LocalDate adopted,
    @NotBlank String document,
    Boolean prohibitsForcedLabor,
    Boolean commitsToMapping,
    LocalDate uploadedToPortal) {

  /**
   * Checks the components.
   *
   * @param version see {@link #version()}
   * @param adopted see {@link #adopted()}
   * @param document see {@link #document()}
   * @param prohibitsForcedLabor see {@link #prohibitsForcedLabor()}
   * @param commitsToMapping see {@link #commitsToMapping()}
   * @param uploadedToPortal see {@link #uploadedToPortal()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public CodeOfConductVersion {
    Nulls.require(version, "version");
    Nulls.require(adopted, "adopted");
    Nulls.require(document, "document");
  }


  /**
   * Creates a version entry that states only its label, date and document.
   *
   * @param version the version label; never blank
   * @param adopted the day it was adopted; never null
   * @param document the id of its document; never blank
   */
  public CodeOfConductVersion(String version, LocalDate adopted, String document) {
    this(version, adopted, document, null, null, null);
  }
}
