package org.ctpat4j.risk.data;

import org.ctpat4j.core.CtpatException;

/**
 * Reference data could not be read: a malformed CSV file (the message names the file, line and column), a row with a
 * bad value (it names the row and column), or a pinned snapshot whose content no longer matches its checksum.
 */
public class ReferenceDataException extends CtpatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong and where; never null
   */
  public ReferenceDataException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what is wrong and where; never null
   * @param cause the cause
   */
  public ReferenceDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
