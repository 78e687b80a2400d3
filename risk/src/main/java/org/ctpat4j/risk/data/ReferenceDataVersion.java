package org.ctpat4j.risk.data;

import java.util.Objects;

/**
 * Which edition of a reference list an assessment used.
 *
 * @param name the list's name (for example "UFLPA Entity List"); never null
 * @param version the edition, date or snapshot id; never null
 * @param complete whether the bundled list is complete for its edition; {@code false} means some entries are missing
 *     and every report that used it must say so
 * @param publisher who publishes the official list; never null
 * @param source where this copy came from; never null
 * @param note caveats of this copy; never null, possibly empty
 */
public record ReferenceDataVersion(
    String name, String version, boolean complete, String publisher, String source, String note) {

  /**
   * Checks the arguments.
   *
   * @param name see {@link #name()}
   * @param version see {@link #version()}
   * @param complete see {@link #complete()}
   * @param publisher see {@link #publisher()}
   * @param source see {@link #source()}
   * @param note see {@link #note()}
   */
  public ReferenceDataVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
  }
}
