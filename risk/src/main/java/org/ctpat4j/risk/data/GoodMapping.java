package org.ctpat4j.risk.data;

import java.util.List;
import java.util.Objects;

/**
 * One row of the table that maps a material of the dossier to an ILAB good: by the prefix of its HS code first, by
 * keywords of its name when it has no HS code or no prefix matches. Authored by ctpat4j (see PROVENANCE.md next to the
 * bundled file).
 *
 * @param hsPrefix the HS code prefix, digits only (for example {@code 520100} or {@code 5201}), or empty for a
 *     keyword-only row
 * @param keywords lower-case words or phrases of a material name that select this row; never null
 * @param ilabGood the ILAB good name, exactly as in the ILAB list; never blank
 * @param uflpaSector the UFLPA high-priority sector (FLETF strategy) the material belongs to, or empty
 * @param note why the mapping holds; never null
 * @param row the 1-based line of the row in its CSV file
 */
public record GoodMapping(
    String hsPrefix, List<String> keywords, String ilabGood, String uflpaSector, String note, int row) {

  /**
   * Checks and copies the arguments.
   *
   * @param hsPrefix see {@link #hsPrefix()}
   * @param keywords see {@link #keywords()}
   * @param ilabGood see {@link #ilabGood()}
   * @param uflpaSector see {@link #uflpaSector()}
   * @param note see {@link #note()}
   * @param row see {@link #row()}
   */
  public GoodMapping {
    hsPrefix = Objects.requireNonNullElse(hsPrefix, "");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(ilabGood, "ilabGood");
    uflpaSector = Objects.requireNonNullElse(uflpaSector, "");
    note = Objects.requireNonNullElse(note, "");
  }
}
