package org.ctpat4j.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.ctpat4j.risk.RiskResult;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {

  @Test
  void new_riskAssessedOnAnotherDay_isRejected() {
    ComplianceReport r = ReportFixtures.withGaps(Locale.ENGLISH);
    RiskResult risk = r.risk();
    RiskResult dayBefore = new RiskResult(r.asOf().minusDays(1), risk.facilities(), risk.products(), risk.tiers(),
        risk.mappingCoverage(), risk.referenceData(), risk.mapping(), risk.referenceDataNotes(),
        risk.referenceCoverage());

    assertThatThrownBy(() -> new ComplianceReport(r.asOf(), r.partnerName(), r.locale(), r.verdict(),
            r.requirements(), r.findings(), dayBefore, r.facilityNames(), r.productNames()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the risk assessment is as of " + r.asOf().minusDays(1) + " but the report is as of " + r.asOf()
            + ": assess both on one day");
    assertThat(new ComplianceReport(r.asOf(), r.partnerName(), r.locale(), r.verdict(), r.requirements(),
            r.findings(), risk, r.facilityNames(), r.productNames()))
        .isEqualTo(r);
  }
}
