package org.ctpat4j.risk.data;

/**
 * A country's placement in the U.S. Department of State's <i>Trafficking in Persons Report</i> (TVPA minimum standards,
 * 22 U.S.C. 7106-7107).
 */
public enum TipTier {
  /** The government fully meets the minimum standards. */
  TIER_1,
  /** Does not fully meet them but makes significant efforts. */
  TIER_2,
  /** Tier 2 with a significant or rising number of victims, or no evidence of increasing efforts. */
  TIER_2_WATCH_LIST,
  /** Does not fully meet the standards and is not making significant efforts. */
  TIER_3,
  /** Not ranked (for example Libya, Somalia, Haiti and Yemen in 2025). */
  SPECIAL_CASE
}
