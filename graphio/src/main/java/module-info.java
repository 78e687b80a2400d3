/**
 * ctpat4j graph I/O: GraphML and DOT exports of the supply chain picture through JGraphT's I/O module. Kept apart
 * from {@code org.ctpat4j.evidence} so that the exporters' dependencies (antlr4-runtime, commons-text) are added only by
 * those who ask for the exports.
 */
module org.ctpat4j.graphio {
  requires transitive org.ctpat4j.evidence;
  requires org.jgrapht.core;
  requires org.jgrapht.io;

  exports org.ctpat4j.graphio;
}
