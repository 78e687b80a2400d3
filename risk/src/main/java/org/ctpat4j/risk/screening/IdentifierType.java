package org.ctpat4j.risk.screening;

/**
 * Kinds of registry identifiers the screener compares exactly.
 */
public enum IdentifierType {
  /**
   * Unified Social Credit Code of the People's Republic of China: 18 characters from {@code 0-9} and the upper-case
   * letters without I, O, Z, S and V (national standard GB 32100-2015).
   */
  USCC,
  /** Legal Entity Identifier: 20 alphanumeric characters with two ISO 7064 MOD 97-10 check digits (ISO 17442). */
  LEI
}
