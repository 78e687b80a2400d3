package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.internal.Copies;

/**
 * The partner's code of conduct (Trade Compliance requirement 2).
 *
 * @param document the id of the code's document; never blank
 * @param version the current version, which supplier commitments acknowledge; never blank
 * @param adopted the day this version was adopted, or {@code null}
 * @param publicUrl where the code is published, or {@code null} when it is not public
 * @param uploadedToPortal the day it was uploaded to the CTPAT portal, or {@code null}
 * @param prohibitsForcedLabor whether it prohibits forced labor in any part of the supply chain
 * @param commitsToMapping whether it commits the partner to mapping its supply chain
 * @param policies ids of the documents of the policies and procedures that implement it; never null
 */
public record CodeOfConduct(
    @NotBlank String document,
    @NotBlank String version,
    LocalDate adopted,
    String publicUrl,
    LocalDate uploadedToPortal,
    boolean prohibitsForcedLabor,
    boolean commitsToMapping,
    @NotNull List<@NotBlank String> policies) {

  /**
   * Copies the policies; null reads as empty.
   *
   * @param document the id of the code's document; never blank
   * @param version the current version, which supplier commitments acknowledge; never blank
   * @param adopted the day this version was adopted, or {@code null}
   * @param publicUrl where the code is published, or {@code null} when it is not public
   * @param uploadedToPortal the day it was uploaded to the CTPAT portal, or {@code null}
   * @param prohibitsForcedLabor whether it prohibits forced labor in any part of the supply chain
   * @param commitsToMapping whether it commits the partner to mapping its supply chain
   * @param policies ids of the documents of the policies and procedures that implement it; never null
   */
  public CodeOfConduct {
    policies = Copies.list(policies);
  }
}
