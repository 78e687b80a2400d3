package org.ctpat4j.core;

/**
 * The two CTPAT programs a partner can be a member of.
 *
 * <p>Source: CBP, CTPAT program pages; CTPAT Trade Compliance absorbed the former Importer Self-Assessment (ISA) in
 * March 2020 (see {@code domain.md} section 3 of the project documentation).
 */
public enum Program {
  /** CTPAT Security: the supply-chain security program governed by the Minimum Security Criteria (MSC). */
  SECURITY,
  /**
   * CTPAT Trade Compliance: the importer compliance program (formerly ISA) which, since the 2022 Trade Compliance
   * Handbook v2, includes the six forced-labor requirements.
   */
  TRADE_COMPLIANCE
}
