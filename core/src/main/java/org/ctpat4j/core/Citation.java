package org.ctpat4j.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a fact encoded in ctpat4j comes from.
 *
 * @param document the title of the source document; never null
 * @param date the date of the document, or {@code null} when not known
 * @param url where the document can be read; never null, possibly empty
 * @param note what the source supports and how sure it is; never null, possibly empty
 */
public record Citation(String document, LocalDate date, String url, String note) {

  /**
   * Checks the arguments.
   *
   * @param document see {@link #document()}
   * @param date see {@link #date()}
   * @param url see {@link #url()}
   * @param note see {@link #note()}
   */
  public Citation {
    Objects.requireNonNull(document, "document");
    url = url == null ? "" : url;
    note = note == null ? "" : note;
  }

  /**
   * Returns a one-line form for reports: {@code document (date)}.
   *
   * @return the document title and, when known, its date
   */
  @Override
  public String toString() {
    return date == null ? document : document + " (" + date + ")";
  }
}
