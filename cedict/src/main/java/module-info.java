/**
 * ctpat4j CC-CEDICT word glosses: English glosses of Chinese words for the entity screener of ctpat4j-risk, which
 * reads them when this module is present. Its data is under CC BY-SA 4.0 (see {@code PROVENANCE.md}).
 */
module org.ctpat4j.cedict {
  exports org.ctpat4j.cedict;
}
