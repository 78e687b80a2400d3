/**
 * GraphML and DOT exports of {@link org.ctpat4j.evidence.picture.SupplyChainPicture}, through JGraphT's I/O module.
 *
 * <p>Nothing in this package accepts or returns {@code null}.
 */
package org.ctpat4j.graphio;
