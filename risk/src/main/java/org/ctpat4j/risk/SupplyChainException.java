package org.ctpat4j.risk;

import org.ctpat4j.core.CtpatException;

/** The supply chain of a dossier cannot be turned into a graph: a duplicate facility id, a link to an unknown facility. */
public class SupplyChainException extends CtpatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, naming the field; never null
   */
  public SupplyChainException(String message) {
    super(message);
  }
}
