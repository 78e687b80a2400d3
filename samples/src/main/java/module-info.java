/**
 * ctpat4j samples: the {@code ctpat4j} command line and embedding examples. Not a library: nothing is exported.
 * picocli reads the command classes reflectively, hence the qualified {@code opens}.
 */
module org.ctpat4j.samples {
  requires org.ctpat4j.core;
  requires org.ctpat4j.risk;
  requires org.ctpat4j.evidence;
  requires org.ctpat4j.tabular;
  requires org.ctpat4j.graphio;
  requires info.picocli;

  opens org.ctpat4j.samples.cli to info.picocli;
}
