/** ctpat4j risk: the supplier graph, forced-labor risk rules, entity screening and product exposure. */
module org.ctpat4j.risk {
  requires transitive org.ctpat4j.core;
  requires org.jgrapht.core;
  requires static com.ibm.icu;
  requires static org.ctpat4j.cedict;

  exports org.ctpat4j.risk;
  exports org.ctpat4j.risk.data;
  exports org.ctpat4j.risk.location;
  exports org.ctpat4j.risk.screening;
  exports org.ctpat4j.risk.signal;
  exports org.ctpat4j.risk.spi;
  exports org.ctpat4j.risk.internal.csv to
      org.ctpat4j.samples;

  uses org.ctpat4j.risk.spi.RiskRule;

  provides org.ctpat4j.risk.spi.RiskRule with
      org.ctpat4j.risk.internal.rules.AuditIndicatorsRule,
      org.ctpat4j.risk.internal.rules.IlabDownstreamRule,
      org.ctpat4j.risk.internal.rules.IlabGoodsRule,
      org.ctpat4j.risk.internal.rules.TipTierRule,
      org.ctpat4j.risk.internal.rules.UflpaEntityListRule,
      org.ctpat4j.risk.internal.rules.UflpaRegionRule,
      org.ctpat4j.risk.internal.rules.UnmappedInputRule,
      org.ctpat4j.risk.internal.rules.WroFindingsRule;
}
