/** ctpat4j samples: the command line and embedding examples. */
module org.ctpat4j.samples {
  requires org.ctpat4j.core;
  requires org.ctpat4j.risk;
  requires org.ctpat4j.evidence;
  requires info.picocli;
}
