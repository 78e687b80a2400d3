package org.ctpat4j.risk.data;

import java.util.Objects;

/**
 * A caveat about the reference data that a report must show next to the results it qualifies, for example that the
 * TIP report of the assessment year is not bundled and an older year was used.
 *
 * @param list the list the note is about; never null
 * @param message the caveat in plain words; never blank
 */
public record ReferenceDataNote(ReferenceList list, String message) {

  /**
   * Checks the arguments.
   *
   * @param list see {@link #list()}
   * @param message see {@link #message()}
   */
  public ReferenceDataNote {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message is blank");
    }
  }
}
