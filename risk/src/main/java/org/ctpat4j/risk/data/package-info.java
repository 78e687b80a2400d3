/**
 * Reference data: the UFLPA Entity List, the ILAB List of Goods, the TIP report tiers and CBP's WROs and Findings, each
 * with its edition and provenance; loaders for newer editions; pinned snapshots.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.risk.data;
