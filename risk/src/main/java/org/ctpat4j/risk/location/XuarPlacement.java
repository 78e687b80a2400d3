package org.ctpat4j.risk.location;

import java.util.List;
import java.util.Objects;

/**
 * Whether a facility is in the Xinjiang Uyghur Autonomous Region (XUAR), and why.
 *
 * @param answer the answer
 * @param conflict whether the region or country contradicts the address (for example region {@code CN-XJ} with an
 *     address in Zhejiang, or country {@code TR} with an address in Ürümqi); a conflict is always answered
 *     {@link Answer#IN}
 * @param explanation what was recognised and how it was read, in English; never blank
 * @param recognised everything recognised, region first, then the address and name in reading order; never null
 */
public record XuarPlacement(Answer answer, boolean conflict, String explanation, List<PlaceMatch> recognised) {

  /** The answer to "is this facility in the XUAR?". */
  public enum Answer {
    /**
     * In the XUAR: region {@code CN-XJ} or {@code CN-65}, or an address naming Xinjiang, an unambiguous or
     * corroborated gazetteer place or an XPCC unit, or a conflict between region and address.
     */
    IN,
    /** Not in the XUAR: a country other than China, another Chinese region, or an address in another province. */
    OUT,
    /** In China, but neither region nor address says where. */
    UNKNOWN,
    /**
     * Possibly in the XUAR: an ambiguous name without corroboration, a Xinjiang name only in a street or company name
     * or only in the facility's name, or only a Xinjiang postcode. Needs a review.
     */
    UNCERTAIN
  }

  /**
   * Checks the fields and copies the list.
   *
   * @param answer see {@link #answer()}
   * @param conflict whether region or country contradict the address; only with {@link Answer#IN}
   * @param explanation what was recognised; never blank
   * @param recognised everything recognised
   */
  public XuarPlacement {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(explanation, "explanation");
    recognised = List.copyOf(recognised);
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("explanation must not be blank");
    }
    if (conflict && answer != Answer.IN) {
      throw new IllegalArgumentException("a conflict is answered IN");
    }
  }

  /**
   * Whether the UFLPA presumption applies: the facility is in the XUAR, or its data conflict (treated as in).
   *
   * @return {@code answer() == IN}
   */
  public boolean presumed() {
    return answer == Answer.IN;
  }
}
