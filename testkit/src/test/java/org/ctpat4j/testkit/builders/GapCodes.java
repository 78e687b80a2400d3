package org.ctpat4j.testkit.builders;

import static org.ctpat4j.evidence.FindingCode.AUDIT_REDACTED;
import static org.ctpat4j.evidence.FindingCode.BEST_PRACTICE_NOT_SHARED;
import static org.ctpat4j.evidence.FindingCode.BROKEN_REFERENCE;
import static org.ctpat4j.evidence.FindingCode.COC_MISSING;
import static org.ctpat4j.evidence.FindingCode.COC_NOT_PUBLIC;
import static org.ctpat4j.evidence.FindingCode.COC_NOT_UPLOADED;
import static org.ctpat4j.evidence.FindingCode.COC_NO_FORCED_LABOR_PROHIBITION;
import static org.ctpat4j.evidence.FindingCode.COMMITMENT_OUTDATED_VERSION;
import static org.ctpat4j.evidence.FindingCode.EMPLOYEE_TRAINING_MISSING;
import static org.ctpat4j.evidence.FindingCode.EMPLOYEE_TRAINING_STALE;
import static org.ctpat4j.evidence.FindingCode.HIGH_RISK_FACILITY_NOT_AUDITED;
import static org.ctpat4j.evidence.FindingCode.IMPROVEMENT_PLAN_MISSING;
import static org.ctpat4j.evidence.FindingCode.MAPPING_COMMITMENT_MISSING;
import static org.ctpat4j.evidence.FindingCode.MAPPING_REDACTED;
import static org.ctpat4j.evidence.FindingCode.PRESUMPTION_NOT_REMEDIATED;
import static org.ctpat4j.evidence.FindingCode.REMEDIATION_PLAN_MISSING;
import static org.ctpat4j.evidence.FindingCode.REMEDIATION_PLAN_NO_CBP_DISCLOSURE;
import static org.ctpat4j.evidence.FindingCode.RISK_ASSESSMENT_MISSING;
import static org.ctpat4j.evidence.FindingCode.RISK_ASSESSMENT_NO_FORCED_LABOR;
import static org.ctpat4j.evidence.FindingCode.RISK_ASSESSMENT_STALE;
import static org.ctpat4j.evidence.FindingCode.SCP_MISSING;
import static org.ctpat4j.evidence.FindingCode.SCP_REVIEW_OVERDUE;
import static org.ctpat4j.evidence.FindingCode.SUPPLIER_COMMITMENT_MISSING;
import static org.ctpat4j.evidence.FindingCode.SUPPLIER_TRAINING_MISSING;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ctpat4j.evidence.FindingCode;

/**
 * The gap-to-code table: the ERROR codes the default compliance checker raises when one {@link EvidenceGap} is applied
 * alone to otherwise complete evidence. Written out by hand from the checks' documentation, never computed from the
 * checker, so that the tests that use it can fail. The switch has no default: a new gap does not compile until it has
 * a row.
 */
public final class GapCodes {

  private GapCodes() {}

  /**
   * Returns the ERROR codes a gap raises.
   *
   * @param gap the gap
   * @param highRisk whether the chain has a high-risk facility
   * @param presumption whether some high-risk facility is under the UFLPA presumption (a listed entity or in
   *     Xinjiang); the testkit's builders and generator give each such facility an open remediation case with a dated
   *     action, and only {@link EvidenceGap#NO_EVIDENCE} takes that case away. Audits, supplier training and
   *     commitments are never asked of such a facility: its goods would be detained, so its remedy is to leave the
   *     chain
   * @param otherHighRisk whether some high-risk facility is not under the presumption (audits and supplier training
   *     bind only those)
   * @param linksCiteDocuments whether the chain's links cite documents (redacted link documents fail mapping)
   * @return the codes, unmodifiable
   */
  public static Set<FindingCode> raisedBy(
      EvidenceGap gap, boolean highRisk, boolean presumption, boolean otherHighRisk, boolean linksCiteDocuments) {
    EnumSet<FindingCode> codes =
        switch (gap) {
          case NO_SOCIAL_COMPLIANCE_PROGRAM -> EnumSet.of(SCP_MISSING);
          case STALE_PROGRAM_REVIEW -> EnumSet.of(SCP_REVIEW_OVERDUE);
          case NO_RISK_ASSESSMENT -> EnumSet.of(RISK_ASSESSMENT_MISSING);
          case STALE_RISK_ASSESSMENT -> EnumSet.of(RISK_ASSESSMENT_STALE);
          case RISK_ASSESSMENT_WITHOUT_FORCED_LABOR -> EnumSet.of(RISK_ASSESSMENT_NO_FORCED_LABOR);
          case NO_CODE_OF_CONDUCT -> EnumSet.of(COC_MISSING, MAPPING_COMMITMENT_MISSING);
          case CODE_NOT_PUBLIC -> EnumSet.of(COC_NOT_PUBLIC);
          case CODE_NOT_UPLOADED -> EnumSet.of(COC_NOT_UPLOADED);
          case CODE_WITHOUT_FORCED_LABOR_PROHIBITION -> EnumSet.of(COC_NO_FORCED_LABOR_PROHIBITION);
          case NO_EMPLOYEE_TRAINING -> EnumSet.of(EMPLOYEE_TRAINING_MISSING);
          case STALE_EMPLOYEE_TRAINING -> EnumSet.of(EMPLOYEE_TRAINING_STALE);
          case NO_SUPPLIER_TRAINING ->
              otherHighRisk ? EnumSet.of(SUPPLIER_TRAINING_MISSING) : EnumSet.noneOf(FindingCode.class);
          case NO_SUPPLIER_COMMITMENTS -> EnumSet.of(SUPPLIER_COMMITMENT_MISSING);
          case OUTDATED_SUPPLIER_COMMITMENTS -> EnumSet.of(COMMITMENT_OUTDATED_VERSION);
          case NO_AUDITS ->
              otherHighRisk ? EnumSet.of(HIGH_RISK_FACILITY_NOT_AUDITED) : EnumSet.noneOf(FindingCode.class);
          case NO_REMEDIATION_PLAN -> EnumSet.of(REMEDIATION_PLAN_MISSING);
          case NO_CBP_DISCLOSURE -> EnumSet.of(REMEDIATION_PLAN_NO_CBP_DISCLOSURE);
          case NO_BEST_PRACTICE_SHARED -> EnumSet.of(BEST_PRACTICE_NOT_SHARED);
          case NO_IMPROVEMENT_PLAN -> EnumSet.of(IMPROVEMENT_PLAN_MISSING);
          case REDACTED_DOCUMENTS -> {
            EnumSet<FindingCode> s = EnumSet.noneOf(FindingCode.class);
            if (linksCiteDocuments) {
              s.add(MAPPING_REDACTED);
            }
            if (otherHighRisk) {
              s.add(AUDIT_REDACTED);
            }
            yield s;
          }
          case DOCUMENTS_WITHOUT_HASH -> EnumSet.noneOf(FindingCode.class);
          case MISSING_DOCUMENTS -> EnumSet.of(BROKEN_REFERENCE);
          case NO_EVIDENCE -> {
            EnumSet<FindingCode> s =
                EnumSet.of(
                    SCP_MISSING, RISK_ASSESSMENT_MISSING, COC_MISSING, MAPPING_COMMITMENT_MISSING,
                    EMPLOYEE_TRAINING_MISSING, SUPPLIER_COMMITMENT_MISSING, REMEDIATION_PLAN_MISSING,
                    BEST_PRACTICE_NOT_SHARED, IMPROVEMENT_PLAN_MISSING);
            if (otherHighRisk) {
              s.add(HIGH_RISK_FACILITY_NOT_AUDITED);
              s.add(SUPPLIER_TRAINING_MISSING);
            }
            if (presumption) {
              s.add(PRESUMPTION_NOT_REMEDIATED);
            }
            yield s;
          }
        };
    return Collections.unmodifiableSet(codes);
  }
}
