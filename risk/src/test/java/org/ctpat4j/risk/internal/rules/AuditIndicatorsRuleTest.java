package org.ctpat4j.risk.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.AuditType;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.junit.jupiter.api.Test;

/** The latest audit of a facility decides its current findings (issue 12, item 2). */
class AuditIndicatorsRuleTest {

  private static final Facility MILL = new Facility("f", "Chittagong Knit Composite Ltd", "BD", null);

  private static final AuditFinding PASSPORTS_OPEN = new AuditFinding(
      ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, AuditFindingSeverity.CRITICAL, AuditFindingStatus.OPEN,
      "Passports of 14 migrant workers held by the HR office");
  private static final AuditFinding PASSPORTS_CLOSED = new AuditFinding(
      ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, AuditFindingSeverity.CRITICAL, AuditFindingStatus.CLOSED,
      "Passports returned; lockers installed; verified in worker interviews");

  private static Audit audit(String id, LocalDate date, boolean independent, AuditFinding... findings) {
    return new Audit(id, "f", date, independent ? "SMETA 4-pillar" : "Supplier self-assessment", independent, false,
        false, "doc-" + id, List.of(findings), independent ? AuditType.THIRD_PARTY : AuditType.SELF_ASSESSMENT);
  }

  private static List<RiskSignal> evaluate(LocalDate asOf, Audit... audits) {
    return new AuditIndicatorsRule().evaluate(new FacilityContext(MILL, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(audits), ReferenceData.bundled(), RiskEngine.exactEntityMatcher(), asOf));
  }

  private static final Audit INITIAL = audit("a-2025-03", LocalDate.of(2025, 3, 12), true, PASSPORTS_OPEN);
  private static final Audit CLOSURE = audit("a-2025-09", LocalDate.of(2025, 9, 4), true, PASSPORTS_CLOSED);

  @Test
  void closureAuditRecordingTheFindingClosed_bringsTheFacilityDown() {
    // before: every audit was read, so the 2025-03 finding kept the mill HIGH forever
    assertThat(evaluate(LocalDate.of(2026, 11, 1), INITIAL, CLOSURE)).isEmpty();
  }

  @Test
  void closureAuditAfterTheAssessmentDay_doesNotCountYet() {
    assertThat(evaluate(LocalDate.of(2025, 6, 1), INITIAL, CLOSURE)).singleElement().satisfies(s -> {
      assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(s.reason()).contains("a-2025-03").contains("RETENTION_OF_IDENTITY_DOCUMENTS");
    });
  }

  @Test
  void laterAuditWithoutTheFinding_decidesToo() {
    Audit clean = audit("a-2026-02", LocalDate.of(2026, 2, 20), true);
    assertThat(evaluate(LocalDate.of(2026, 11, 1), INITIAL, clean)).isEmpty();
  }

  @Test
  void selfAssessment_cannotCloseAnIndependentFinding() {
    Audit self = audit("saq-2025-10", LocalDate.of(2025, 10, 1), false, PASSPORTS_CLOSED);
    assertThat(evaluate(LocalDate.of(2026, 11, 1), INITIAL, self)).singleElement()
        .extracting(RiskSignal::level).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void selfAssessmentAfterTheLatestAudit_addsItsOpenFindings() {
    AuditFinding fees = new AuditFinding(ForcedLaborIndicator.DEBT_BONDAGE, AuditFindingSeverity.MAJOR,
        AuditFindingStatus.OPEN, "Recruitment fees of USD 1,200 repaid by wage deductions");
    Audit self = audit("saq-2025-10", LocalDate.of(2025, 10, 1), false, fees);
    assertThat(evaluate(LocalDate.of(2026, 11, 1), INITIAL, CLOSURE, self)).singleElement().satisfies(s -> {
      assertThat(s.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(s.reason()).contains("DEBT_BONDAGE").contains("not independent (SELF_ASSESSMENT)");
    });
  }

  @Test
  void twoAuditsOnTheLatestDay_theOpenFindingWins() {
    Audit other = audit("a-2025-09-b", LocalDate.of(2025, 9, 4), true, PASSPORTS_OPEN);
    assertThat(evaluate(LocalDate.of(2026, 11, 1), INITIAL, CLOSURE, other)).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("a-2025-09-b"));
  }
}
