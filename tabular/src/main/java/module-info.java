/**
 * ctpat4j tabular: reads and writes dossiers as a folder of CSV files or one XLSX workbook, one table per kind, with
 * column mappings for the headers, date formats, separators and decimal commas of real ERP exports.
 *
 * <p>Exported: {@code org.ctpat4j.tabular}. The {@code internal} package is not API. CSV goes through Jackson's CSV
 * data format; XLSX through fastexcel (writer) and fastexcel-reader (reader), small streaming libraries.
 */
module org.ctpat4j.tabular {
  requires transitive org.ctpat4j.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports org.ctpat4j.tabular;
}
