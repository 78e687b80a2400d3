package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * The partner's documented social compliance program (MSC 3.9).
 *
 * @param document the id of the program document; never blank
 * @param adopted the day the program was adopted, or {@code null}
 * @param lastReviewed the day of the last management review, or {@code null}
 * @param addressesForcedLabor whether the program explicitly addresses forced, imprisoned, indentured and indentured
 *     child labor
 */
public record SocialComplianceProgram(
    @NotBlank String document, LocalDate adopted, LocalDate lastReviewed, boolean addressesForcedLabor) {}
