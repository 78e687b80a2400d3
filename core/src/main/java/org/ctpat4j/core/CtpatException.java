package org.ctpat4j.core;

/**
 * The base of every exception ctpat4j throws for bad input or a failed operation. Programming errors (a null argument,
 * an illegal state) are reported with the JDK's own exceptions instead.
 */
public class CtpatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; never null
   */
  public CtpatException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong; never null
   * @param cause the underlying cause, or {@code null}
   */
  public CtpatException(String message, Throwable cause) {
    super(message, cause);
  }
}
