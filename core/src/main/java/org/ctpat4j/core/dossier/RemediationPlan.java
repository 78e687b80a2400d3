package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.ctpat4j.core.internal.Nulls;

/**
 * The partner's remediation plan (Trade Compliance requirement 5).
 *
 * @param document the id of the plan document; never blank
 * @param adopted the day it was adopted, or {@code null}
 * @param includesCbpDisclosure whether the plan includes disclosing findings of forced labor to CBP
 */
public record RemediationPlan(@NotBlank String document, LocalDate adopted, boolean includesCbpDisclosure) {

  /**
   * Checks the components.
   *
   * @param document see {@link #document()}
   * @param adopted see {@link #adopted()}
   * @param includesCbpDisclosure see {@link #includesCbpDisclosure()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public RemediationPlan {
    Nulls.require(document, "document");
  }
}
