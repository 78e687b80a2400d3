/**
 * The results of a forced-labor risk assessment: levels and signals of facilities, exposure of products with the paths
 * that explain it, mapping coverage and the reference data used.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.risk;
