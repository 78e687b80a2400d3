package org.ctpat4j.evidence.pkg;

import org.ctpat4j.core.CtpatException;
import org.ctpat4j.core.Incubating;

/**
 * Thrown when an evidence package cannot be built, written or read: a document path that would escape its folder, an
 * output folder that is not empty, a product the dossier does not have, an unreadable manifest or key.
 */
@Incubating
public class PackageException extends CtpatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the document, file or field; never null
   */
  public PackageException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the document, file or field; never null
   * @param cause the underlying cause, or {@code null}
   */
  public PackageException(String message, Throwable cause) {
    super(message, cause);
  }
}
