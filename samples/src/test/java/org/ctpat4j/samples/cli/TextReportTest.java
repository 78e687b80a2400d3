package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  private static Finding missingCommitment(int i) {
    return new Finding(
        Requirement.DUE_DILIGENCE_AND_TRAINING,
        Severity.ERROR,
        FindingCode.SUPPLIER_COMMITMENT_MISSING,
        "facility:f" + i,
        "no commitment from f" + i,
        "Obtain one",
        "/facilities/" + i);
  }

  private static ComplianceReport report(int commitments, int products, Locale locale) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < commitments; i++) {
      findings.add(missingCommitment(i));
    }
    findings.add(
        new Finding(
            Requirement.RISK_BASED_MAPPING,
            Severity.WARNING,
            FindingCode.PRODUCT_HIGH_RISK,
            "product:p0",
            "p0 is high risk",
            "",
            "/products/0"));
    List<ProductExposure> exposures = new ArrayList<>();
    Map<String, String> productNames = new TreeMap<>();
    for (int i = 0; i < products; i++) {
      exposures.add(new ProductExposure("p" + i, RiskLevel.HIGH, 1.0, List.of()));
      productNames.put("p" + i, "Product " + i);
    }
    findings.sort(Finding.ORDER);
    RiskResult risk = new RiskResult(DAY, List.of(), exposures, Map.of(), 1.0, List.of());
    return new ComplianceReport(
        DAY, "Importer", locale, Verdict.NOT_COMPLIANT, List.of(), findings, risk, Map.of(), productNames);
  }

  @Test
  void render_manyFindingsOfOneCode_listsTheFirstFewAndCountsTheRest() {
    List<String> lines = TextReport.render(report(1000, 1, Locale.ENGLISH)).lines().toList();

    assertThat(lines).filteredOn(l -> l.startsWith("  ERROR   SUPPLIER_COMMITMENT_MISSING facility:f"))
        .hasSize(TextReport.SHOWN_PER_CODE);
    assertThat(lines).contains(
        "          ... and " + (1000 - TextReport.SHOWN_PER_CODE)
            + " more SUPPLIER_COMMITMENT_MISSING (1000 in all): see the json, markdown or html formats");
    assertThat(lines).filteredOn(l -> l.startsWith("  WARNING PRODUCT_HIGH_RISK product:p0 (Product 0): "))
        .hasSize(1);
    assertThat(lines).noneMatch(l -> l.contains("more PRODUCT_HIGH_RISK"));
  }

  @Test
  void render_fewFindingsOfACode_listsThemAll() {
    List<String> lines = TextReport.render(report(TextReport.SHOWN_PER_CODE, 1, Locale.ENGLISH)).lines().toList();

    assertThat(lines).filteredOn(l -> l.startsWith("  ERROR   SUPPLIER_COMMITMENT_MISSING"))
        .hasSize(TextReport.SHOWN_PER_CODE);
    assertThat(lines).noneMatch(l -> l.contains(" more "));
  }

  @Test
  void render_manyRiskyProducts_listsTheFirstAndCountsTheRest() {
    String text = TextReport.render(report(1, 500, new Locale("es")));

    assertThat(text.lines()).filteredOn(l -> l.startsWith("  HIGH  p")).hasSize(TextReport.PRODUCTS_SHOWN);
    assertThat(text).contains(
        "  ... y " + (500 - TextReport.PRODUCTS_SHOWN) + " productos con riesgo más (500 en total)");
  }
}
