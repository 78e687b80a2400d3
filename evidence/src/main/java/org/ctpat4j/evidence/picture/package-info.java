/**
 * The supply chain as a picture: {@link org.ctpat4j.evidence.picture.SupplyChainPicture} draws the facilities, links
 * and products of a dossier, coloured by risk level, as a self-contained SVG, and is the graph the GraphML and DOT
 * exports write.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.evidence.picture;
