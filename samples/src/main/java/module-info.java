/**
 * ctpat4j samples: the {@code ctpat4j} command line and embedding examples. Not a library: nothing is exported.
 * picocli reads the command classes reflectively, hence the qualified {@code opens}. The JDK's management modules let
 * the command line ask the JVM for its client compiler on a short run. The CC-CEDICT words (CC BY-SA 4.0) are
 * required so that the risk module's screener finds them on the module path too.
 */
module org.ctpat4j.samples {
  requires org.ctpat4j.core;
  requires org.ctpat4j.risk;
  requires org.ctpat4j.cedict; // read by the risk module when present (Chinese words); the command line ships it
  requires org.ctpat4j.evidence;
  requires org.ctpat4j.tabular;
  requires org.ctpat4j.graphio;
  requires info.picocli;
  requires java.management;
  requires jdk.management;

  opens org.ctpat4j.samples.cli to info.picocli;
}
