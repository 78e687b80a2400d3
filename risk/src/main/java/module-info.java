/** ctpat4j risk: the supplier graph, forced-labor risk rules, entity screening and product exposure. */
module org.ctpat4j.risk {
  requires transitive org.ctpat4j.core;
  requires org.jgrapht.core;
  requires static com.ibm.icu;

  exports org.ctpat4j.risk;
  exports org.ctpat4j.risk.screening;
}
