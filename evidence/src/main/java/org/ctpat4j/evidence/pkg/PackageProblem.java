package org.ctpat4j.evidence.pkg;

import java.util.Comparator;
import java.util.Objects;
import org.ctpat4j.core.Incubating;

/**
 * A reason an evidence package is not a complete, unredacted answer to CBP. A package with any problem says so in the
 * first lines of its index and in its manifest ({@code "unredacted": false}).
 *
 * @param kind what is wrong; never null
 * @param subject what it is wrong with, as {@code facility:ID}, {@code document:ID}, {@code audit:ID} or
 *     {@code input:FACILITY/MATERIAL}; never blank
 * @param message a sentence for the reader of the index; never blank
 */
@Incubating
public record PackageProblem(Kind kind, String subject, String message) implements Comparable<PackageProblem> {

  private static final Comparator<PackageProblem> ORDER =
      Comparator.comparing(PackageProblem::kind)
          .thenComparing(PackageProblem::subject)
          .thenComparing(PackageProblem::message);

  /**
   * Checks the arguments.
   *
   * @param kind see the record description
   * @param subject see the record description
   * @param message see the record description
   */
  public PackageProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    if (subject.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("subject and message must not be blank");
    }
  }

  /** Orders by kind, then subject, then message. */
  @Override
  public int compareTo(PackageProblem other) {
    return ORDER.compare(this, other);
  }

  /** What keeps a package from being a complete, unredacted answer. */
  public enum Kind {
    /** A facility of the chain is marked redacted: its name or address is masked. */
    FACILITY_REDACTED,
    /** A facility of the chain has no street address, so the mapping does not locate it. */
    FACILITY_ADDRESS_UNKNOWN,
    /** An input of a facility of the chain is not mapped: the chain does not reach raw material there. */
    UNMAPPED_INPUT,
    /** An audit of a facility of the chain is marked redacted. */
    AUDIT_REDACTED,
    /** A document the dossier marks as redacted. */
    DOCUMENT_REDACTED,
    /** A record refers to a document id the dossier does not list. */
    BROKEN_REFERENCE,
    /** A document the dossier lists without a file path: nothing can be packaged. */
    DOCUMENT_NOT_HELD,
    /** A document whose file is not found in the documents folder (or no folder was given). */
    DOCUMENT_FILE_NOT_FOUND,
    /** A document whose file's SHA-256 differs from the one the dossier records: it is not the file the dossier means. */
    DOCUMENT_HASH_MISMATCH
  }
}
