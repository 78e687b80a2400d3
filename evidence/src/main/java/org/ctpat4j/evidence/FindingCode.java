package org.ctpat4j.evidence;

import static org.ctpat4j.core.Requirement.CODE_OF_CONDUCT;
import static org.ctpat4j.core.Requirement.DUE_DILIGENCE_AND_TRAINING;
import static org.ctpat4j.core.Requirement.EVIDENCE_OF_IMPLEMENTATION;
import static org.ctpat4j.core.Requirement.REMEDIATION_PLAN;
import static org.ctpat4j.core.Requirement.RISK_BASED_MAPPING;
import static org.ctpat4j.core.Requirement.SHARED_BEST_PRACTICES;
import static org.ctpat4j.core.Requirement.SOCIAL_COMPLIANCE_PROGRAM;

import java.util.Optional;
import org.ctpat4j.core.Requirement;

/**
 * The stable codes of findings. The names are part of the report contract ({@code ctpat4j-report/1}): once released, a
 * code is never renamed or reused for another meaning.
 *
 * <p>Each code belongs to the requirement whose check raises it, except the two shared codes
 * {@link #DATE_AFTER_AS_OF} and {@link #BROKEN_REFERENCE}, which any check raises under its own requirement. The shared
 * codes carry the names of the dossier reader's problems for the same facts ({@code org.ctpat4j.core.dossier.ProblemCode}).
 * The default severity follows one rule: a missing or failing element of a requirement is an {@link Severity#ERROR};
 * something present that needs attention but does not, by itself, fail the requirement is a {@link Severity#WARNING};
 * context is {@link Severity#INFO}. A {@link CompliancePolicy} can override any code's severity, and findings of a
 * requirement that is not yet in force are always reported as {@link Severity#INFO}.
 *
 * <p>The English and Spanish message and fix texts live in the resource bundle
 * {@code org.ctpat4j.evidence.messages} under {@link #messageKey()} and {@link #fixKey()}.
 */
public enum FindingCode {

  // SOCIAL_COMPLIANCE_PROGRAM (MSC 3.9)

  /** ERROR: there is no documented social compliance program (MSC 3.9). Subject {@code partner}. */
  SCP_MISSING(SOCIAL_COMPLIANCE_PROGRAM, Severity.ERROR),
  /** ERROR: the program does not address forced, imprisoned, indentured or indentured child labor. */
  SCP_NO_FORCED_LABOR(SOCIAL_COMPLIANCE_PROGRAM, Severity.ERROR),
  /** ERROR: the program was not reviewed (or adopted) within the policy's review cycle. */
  SCP_REVIEW_OVERDUE(SOCIAL_COMPLIANCE_PROGRAM, Severity.ERROR),
  /**
   * WARNING: a product falls under the UFLPA rebuttable presumption: a facility upstream (any tier, any share) is in
   * the XUAR or on the UFLPA Entity List (UFLPA section 3, Pub. L. 117-78). The program has not kept the product's
   * chain free of it; CBP would be expected to detain the goods. Subject the product. The report's admissibility
   * answers the border question for every partner; this finding ties it to the program.
   */
  PRODUCT_PRESUMED_FORCED_LABOR(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * WARNING: a Withhold Release Order or Finding in force covers a facility upstream of a product and the good it
   * supplies (19 U.S.C. 1307, 19 CFR 12.42-12.45). Subject the product.
   */
  PRODUCT_WRO_DETAINED(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * WARNING: a facility in a product's chain possibly (not certainly) matches an entity on the UFLPA Entity List; the
   * product's admissibility is NEEDS_REVIEW until the identity is confirmed or ruled out. Subject the facility.
   */
  POSSIBLE_LISTED_ENTITY(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * WARNING: the location of a facility in a product's chain cannot be placed in or out of the XUAR (an ambiguous place
   * name, "Xinjiang" only in a street or company name, or a facility in China without region or address on the chain
   * of a high-risk good). Subject the facility.
   */
  LOCATION_NEEDS_REVIEW(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * WARNING: a facility's region contradicts its address; it is treated as in the XUAR (so its goods are presumed)
   * until the dossier is corrected. Subject the facility.
   */
  LOCATION_CONFLICT(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * WARNING: a facility possibly matches an entity named by a Withhold Release Order or Finding, or an order covering it
   * was lifted on a day the source does not give. Subject the facility.
   */
  WRO_NEEDS_REVIEW(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * ERROR: the partner is a member of (or applicant to) CTPAT Trade Compliance without a CTPAT Security membership on
   * the day; Trade Compliance requires an active Security membership (CBP, CTPAT Trade Compliance Handbook v2,
   * eligibility). The catalog holds such a partner to MSC 3.9 all the same. Subject {@code partner}.
   */
  TRADE_COMPLIANCE_WITHOUT_SECURITY(SOCIAL_COMPLIANCE_PROGRAM, Severity.ERROR),
  /**
   * WARNING: CBP has suspended a membership of the partner; its benefits stop, its obligations continue. Subject
   * {@code partner}.
   */
  MEMBERSHIP_SUSPENDED(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),
  /**
   * WARNING: CBP has removed the partner from a program; its benefits stop, and the report judges the obligations of
   * the period. Subject {@code partner}.
   */
  MEMBERSHIP_REMOVED(SOCIAL_COMPLIANCE_PROGRAM, Severity.WARNING),

  // RISK_BASED_MAPPING (Trade Compliance 1)

  /** ERROR: an input of a facility is not mapped to its origin. Subject the receiving facility. */
  MAPPING_UNMAPPED_INPUT(RISK_BASED_MAPPING, Severity.ERROR),
  /**
   * ERROR: mapping coverage (share of products mapped to origin) is below the policy's minimum although the dossier
   * lists no unmapped input.
   */
  MAPPING_INCOMPLETE(RISK_BASED_MAPPING, Severity.ERROR),
  /**
   * WARNING: a facility that is not an origin of raw materials has no inbound link and the dossier declares no unmapped
   * input for it: a gap the dossier is silent about ({@code org.ctpat4j.risk.MappingCoverage#silentGaps()}). Mapping is
   * risk-based (Trade Compliance requirement 1 asks to focus on the highest risks), so a silent gap is a warning by
   * itself and fails the requirement through {@link #MAPPING_HIGH_RISK_INCOMPLETE} when it leaves a HIGH-risk material
   * unmapped. Subject the facility.
   */
  MAPPING_SILENT_GAP(RISK_BASED_MAPPING, Severity.WARNING),
  /**
   * ERROR: the share of HIGH-risk materials (goods on the ILAB list or in a UFLPA high-priority sector, and what is
   * made from them) mapped to origin is below the policy's minimum; the message names the unmapped materials. Subject
   * {@code partner}.
   */
  MAPPING_HIGH_RISK_INCOMPLETE(RISK_BASED_MAPPING, Severity.ERROR),
  /**
   * WARNING: two facilities of the dossier carry the same registry identifier (LEI, USCC, GLN or Open Supply Hub id):
   * one company entered twice, or a wrong identifier. Subject the second facility; the message names both.
   */
  FACILITY_IDENTIFIER_SHARED(RISK_BASED_MAPPING, Severity.WARNING),
  /**
   * WARNING: the address of a facility names a country other than its country and region. Subject the facility; the
   * message names both places.
   */
  FACILITY_ADDRESS_COUNTRY_MISMATCH(RISK_BASED_MAPPING, Severity.WARNING),
  /** ERROR: the mapped chain contains a redacted facility or a redacted link document. */
  MAPPING_REDACTED(RISK_BASED_MAPPING, Severity.ERROR),
  /** ERROR: there is no risk assessment of the supply chain. */
  RISK_ASSESSMENT_MISSING(RISK_BASED_MAPPING, Severity.ERROR),
  /** ERROR: the risk assessment does not include forced labor (CTPAT alert, March 2023). */
  RISK_ASSESSMENT_NO_FORCED_LABOR(RISK_BASED_MAPPING, Severity.ERROR),
  /** ERROR: the risk assessment did not consult every public source the policy requires (CBP's lists by default). */
  RISK_SOURCES_NOT_CONSULTED(RISK_BASED_MAPPING, Severity.ERROR),
  /** ERROR: the risk assessment is undated or older than the policy allows. */
  RISK_ASSESSMENT_STALE(RISK_BASED_MAPPING, Severity.ERROR),
  /**
   * ERROR: no code of conduct in effect on the day commits the partner to mapping its supply chain (there is none, or
   * it does not say so). Subject {@code partner} when there is none, else the code's document.
   */
  MAPPING_COMMITMENT_MISSING(RISK_BASED_MAPPING, Severity.ERROR),
  /** WARNING: a product is exposed, somewhere upstream, to a facility at or above the audit threshold. */
  PRODUCT_HIGH_RISK(RISK_BASED_MAPPING, Severity.WARNING),
  /** INFO: a reference list used by the risk assessment is partial; absence from it proves nothing. */
  REFERENCE_DATA_PARTIAL(RISK_BASED_MAPPING, Severity.INFO),
  /**
   * INFO: what the reference data could not say for the day judged, for example that the TIP report of that year is
   * not in the data and an earlier year was used ({@code RiskResult#referenceDataNotes()}).
   */
  REFERENCE_DATA_NOTE(RISK_BASED_MAPPING, Severity.INFO),

  // CODE_OF_CONDUCT (Trade Compliance 2)

  /** ERROR: there is no code of conduct. */
  COC_MISSING(CODE_OF_CONDUCT, Severity.ERROR),
  /** ERROR: the code does not prohibit forced labor in every part of the supply chain. */
  COC_NO_FORCED_LABOR_PROHIBITION(CODE_OF_CONDUCT, Severity.ERROR),
  /** ERROR: the code has no public http(s) URL. */
  COC_NOT_PUBLIC(CODE_OF_CONDUCT, Severity.ERROR),
  /** ERROR: the code was not uploaded to the CTPAT portal (on or before the day of the check). */
  COC_NOT_UPLOADED(CODE_OF_CONDUCT, Severity.ERROR),
  /** ERROR: the code is not backed by any policy or procedure document. */
  COC_NO_POLICIES(CODE_OF_CONDUCT, Severity.ERROR),

  // EVIDENCE_OF_IMPLEMENTATION (Trade Compliance 3)

  /** ERROR: employees were never trained on forced-labor indicators. */
  EMPLOYEE_TRAINING_MISSING(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /** ERROR: the last employee training on forced-labor indicators is older than the policy allows. */
  EMPLOYEE_TRAINING_STALE(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /** ERROR: a high-risk facility was never audited and no remediation case is open for it. */
  HIGH_RISK_FACILITY_NOT_AUDITED(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /** ERROR: the last audit of a high-risk facility is older than the policy allows, and no case is open for it. */
  AUDIT_STALE(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /**
   * ERROR: no recent audit of a high-risk facility was independent: the latest is a second-party visit or a supplier
   * self-assessment ({@code type}), which never satisfies the requirement. Subject the latest audit.
   */
  AUDIT_NOT_INDEPENDENT(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /** ERROR: every recent audit report of a high-risk facility is redacted. Subject the latest audit. */
  AUDIT_REDACTED(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /**
   * WARNING: the audit that speaks for a high-risk facility was announced; an unannounced audit is the stronger
   * evidence that forced labor is absent (CBP, UFLPA Operational Guidance for Importers, 2022). Subject the audit.
   */
  AUDIT_ANNOUNCED(EVIDENCE_OF_IMPLEMENTATION, Severity.WARNING),
  /**
   * ERROR: the latest audit of a facility has an open finding that needs remediation and no remediation case covers
   * it: a CRITICAL finding, or a MAJOR one of an ILO forced-labour indicator (debt bondage, retention of documents...).
   * A closed case covers it only when its remediation was verified.
   */
  CRITICAL_FINDING_UNREMEDIATED(EVIDENCE_OF_IMPLEMENTATION, Severity.ERROR),
  /** INFO: a high-risk facility lacks a recent audit but an open remediation case covers it. */
  AUDIT_DEFERRED_BY_REMEDIATION(EVIDENCE_OF_IMPLEMENTATION, Severity.INFO),

  // DUE_DILIGENCE_AND_TRAINING (Trade Compliance 4)

  /** ERROR: a tier-1 or high-risk supplier has not acknowledged the code of conduct. */
  SUPPLIER_COMMITMENT_MISSING(DUE_DILIGENCE_AND_TRAINING, Severity.ERROR),
  /** ERROR: a supplier acknowledged an earlier version of the code of conduct, not the current one. */
  COMMITMENT_OUTDATED_VERSION(DUE_DILIGENCE_AND_TRAINING, Severity.ERROR),
  /** ERROR: a supplier did not commit not to partner with businesses that use forced labor. */
  COMMITMENT_NO_FORCED_LABOR_EXCLUSION(DUE_DILIGENCE_AND_TRAINING, Severity.ERROR),
  /** ERROR: a high-risk supplier was never trained on forced labor. */
  SUPPLIER_TRAINING_MISSING(DUE_DILIGENCE_AND_TRAINING, Severity.ERROR),
  /** ERROR: a high-risk supplier's last forced-labor training is older than the policy allows. */
  SUPPLIER_TRAINING_STALE(DUE_DILIGENCE_AND_TRAINING, Severity.ERROR),

  // REMEDIATION_PLAN (Trade Compliance 5)

  /** ERROR: there is no remediation plan. */
  REMEDIATION_PLAN_MISSING(REMEDIATION_PLAN, Severity.ERROR),
  /** ERROR: the remediation plan does not include disclosure to CBP. */
  REMEDIATION_PLAN_NO_CBP_DISCLOSURE(REMEDIATION_PLAN, Severity.ERROR),
  /** ERROR: a case with forced-labor indicators was not disclosed to CBP. */
  CASE_NOT_DISCLOSED(REMEDIATION_PLAN, Severity.ERROR),
  /** ERROR: a case with forced-labor indicators has no (uncancelled) corrective action. */
  CASE_NO_ACTIONS(REMEDIATION_PLAN, Severity.ERROR),
  /**
   * WARNING: a corrective action of an open case is past its due day and not done. A late action is present but
   * stale, so it is a warning by default; a policy may raise it to an error.
   */
  ACTION_OVERDUE(REMEDIATION_PLAN, Severity.WARNING),
  /**
   * ERROR: a corrective action of an open case is overdue by more than the policy's
   * {@link CompliancePolicy#overdueEscalation()}: the plan is not being followed.
   */
  ACTION_LONG_OVERDUE(REMEDIATION_PLAN, Severity.ERROR),
  /**
   * ERROR: a case with forced-labor indicators was closed without verification: no verification document and no later
   * audit of the facility that records those indicators CLOSED. A policy may lower it. Subject the case.
   */
  REMEDIATION_NOT_VERIFIED(REMEDIATION_PLAN, Severity.ERROR),
  /**
   * ERROR: a facility in the mapped chain of a product is under the UFLPA rebuttable presumption (it matches the UFLPA
   * Entity List, or it is in Xinjiang: UFLPA section 3, Pub. L. 117-78) and no remediation case is open for it on the
   * day. Goods made wholly or in part there are presumed made with forced labor and barred under 19 U.S.C. 1307, so
   * the remediation plan must be put to work: an audit alone cannot rebut the presumption.
   */
  PRESUMPTION_NOT_REMEDIATED(REMEDIATION_PLAN, Severity.ERROR),
  /**
   * ERROR: a Withhold Release Order or Finding in force covers a facility in the mapped chain of a product, and no
   * remediation case that names the facility is open on the day with at least one action with a due day (19 U.S.C.
   * 1307). Subject the facility.
   */
  WRO_NOT_REMEDIATED(REMEDIATION_PLAN, Severity.ERROR),
  /**
   * ERROR: a remediation case records a done action to stop sourcing from a facility, but the dossier still links the
   * facility into the chain of a product: one of the two is wrong. Subject the case.
   */
  REMEDIATION_CONTRADICTED(REMEDIATION_PLAN, Severity.ERROR),

  // SHARED_BEST_PRACTICES (Trade Compliance 6)

  /** ERROR: no best practice was shared with CBP or the trade community within the policy's cycle. */
  BEST_PRACTICE_NOT_SHARED(SHARED_BEST_PRACTICES, Severity.ERROR),
  /** ERROR: there is no forward improvement plan within the policy's cycle. */
  IMPROVEMENT_PLAN_MISSING(SHARED_BEST_PRACTICES, Severity.ERROR),

  // Shared by every check

  /**
   * WARNING: a date that the dossier as it stood on the day still holds is after the day, so what it dates does not
   * count (the check treats it as absent, which raises another finding too). The dossier is judged as it stood on the
   * day ({@code Dossier.cutTo}), which drops the records of a later day; what remains is a later date on a record of
   * the day, such as the portal upload of a code of conduct adopted before the day (with {@link #COC_NOT_UPLOADED}).
   */
  DATE_AFTER_AS_OF(null, Severity.WARNING),
  /** ERROR: evidence refers to a document id that the dossier does not list. Subject the document. */
  BROKEN_REFERENCE(null, Severity.ERROR);

  private final Requirement requirement;
  private final Severity defaultSeverity;

  FindingCode(Requirement requirement, Severity defaultSeverity) {
    this.requirement = requirement;
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * Returns the requirement whose check raises this code.
   *
   * @return the requirement, or empty for a code that every check may raise
   */
  public Optional<Requirement> requirement() {
    return Optional.ofNullable(requirement);
  }

  /**
   * Returns the severity of this code unless a policy overrides it.
   *
   * @return the default severity; never null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the key of the message template in the bundle {@code org.ctpat4j.evidence.messages}.
   *
   * @return {@code finding.<CODE>.message}
   */
  public String messageKey() {
    return "finding." + name() + ".message";
  }

  /**
   * Returns the key of the "how to fix" template in the bundle {@code org.ctpat4j.evidence.messages}.
   *
   * @return {@code finding.<CODE>.fix}
   */
  public String fixKey() {
    return "finding." + name() + ".fix";
  }
}
