package org.ctpat4j.evidence;

import static org.ctpat4j.evidence.FindingCode.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.UnmappedInput;

/** One mutation per element of each check: the compliant fixture missing only that element. */
record Mutations(String name, Consumer<Fixture> change, Set<FindingCode> expectedErrors) {

  @Override
  public String toString() {
    return name;
  }

  static List<Mutations> all() {
    List<Mutations> m = new ArrayList<>();
    // SOCIAL_COMPLIANCE_PROGRAM
    m.add(new Mutations("scp removed", f -> f.scp = null, Set.of(SCP_MISSING)));
    m.add(new Mutations("scp ignores forced labor", f -> f.scp = scp(f.scp, f.scp.lastReviewed(), false), Set.of(SCP_NO_FORCED_LABOR)));
    m.add(new Mutations("scp review 13 months old", f -> f.scp = scp(f.scp, f.anchor.minusMonths(13), true), Set.of(SCP_REVIEW_OVERDUE)));
    m.add(new Mutations("scp never reviewed, adopted long ago", f -> f.scp = scp(f.scp, null, true), Set.of(SCP_REVIEW_OVERDUE)));
    m.add(new Mutations("scp document not listed", f -> f.scp = new SocialComplianceProgram("d99", f.scp.adopted(), f.scp.lastReviewed(), true), Set.of(BROKEN_REFERENCE)));
    m.add(new Mutations("scp adopted after asOf", f -> f.scp = new SocialComplianceProgram("d1", f.anchor.plusDays(1), null, true), Set.of(SCP_MISSING)));
    // RISK_BASED_MAPPING
    m.add(new Mutations("unmapped input", f -> f.unmappedInputs.add(new UnmappedInput("f1", "m1", "supplier not disclosed")), Set.of(MAPPING_UNMAPPED_INPUT)));
    m.add(new Mutations("coverage below minimum", f -> f.coverage = 0.5, Set.of(MAPPING_INCOMPLETE)));
    m.add(new Mutations("redacted facility in chain", f -> f.facilities.set(0, redacted(f.facilities.get(0))), Set.of(MAPPING_REDACTED)));
    m.add(new Mutations("redacted link document", f -> f.documents.set(index(f, "d21"), redactedDoc(f.documents.get(index(f, "d21")))), Set.of(MAPPING_REDACTED)));
    m.add(new Mutations("link document not listed", f -> f.documents.remove(index(f, "d22")), Set.of(BROKEN_REFERENCE)));
    m.add(new Mutations("risk assessment removed", f -> f.riskAssessment = null, Set.of(RISK_ASSESSMENT_MISSING)));
    m.add(new Mutations("risk assessment without forced labor", f -> f.riskAssessment = ra(f.riskAssessment, false, f.riskAssessment.sourcesConsulted(), f.riskAssessment.performed()), Set.of(RISK_ASSESSMENT_NO_FORCED_LABOR)));
    m.add(new Mutations("risk assessment skipped WROs", f -> f.riskAssessment = ra(f.riskAssessment, true, List.of(RiskSource.UFLPA_ENTITY_LIST, RiskSource.ILAB_LIST), f.riskAssessment.performed()), Set.of(RISK_SOURCES_NOT_CONSULTED)));
    m.add(new Mutations("risk assessment 13 months old", f -> f.riskAssessment = ra(f.riskAssessment, true, f.riskAssessment.sourcesConsulted(), f.anchor.minusMonths(13)), Set.of(RISK_ASSESSMENT_STALE)));
    m.add(new Mutations("risk assessment undated", f -> f.riskAssessment = ra(f.riskAssessment, true, f.riskAssessment.sourcesConsulted(), null), Set.of(RISK_ASSESSMENT_STALE)));
    m.add(new Mutations("code does not commit to mapping", f -> f.coc = coc(f.coc, true, false, f.coc.publicUrl(), f.coc.uploadedToPortal(), f.coc.policies()), Set.of(MAPPING_COMMITMENT_MISSING)));
    // CODE_OF_CONDUCT
    m.add(new Mutations("code removed", f -> f.coc = null, Set.of(COC_MISSING, MAPPING_COMMITMENT_MISSING)));
    m.add(new Mutations("code does not prohibit forced labor", f -> f.coc = coc(f.coc, false, true, f.coc.publicUrl(), f.coc.uploadedToPortal(), f.coc.policies()), Set.of(COC_NO_FORCED_LABOR_PROHIBITION)));
    m.add(new Mutations("code not public", f -> f.coc = coc(f.coc, true, true, null, f.coc.uploadedToPortal(), f.coc.policies()), Set.of(COC_NOT_PUBLIC)));
    m.add(new Mutations("code url not http", f -> f.coc = coc(f.coc, true, true, "file:///srv/coc.pdf", f.coc.uploadedToPortal(), f.coc.policies()), Set.of(COC_NOT_PUBLIC)));
    m.add(new Mutations("code not uploaded", f -> f.coc = coc(f.coc, true, true, f.coc.publicUrl(), null, f.coc.policies()), Set.of(COC_NOT_UPLOADED)));
    m.add(new Mutations("code uploaded after asOf", f -> f.coc = coc(f.coc, true, true, f.coc.publicUrl(), f.anchor.plusDays(3), f.coc.policies()), Set.of(COC_NOT_UPLOADED)));
    m.add(new Mutations("code without policies", f -> f.coc = coc(f.coc, true, true, f.coc.publicUrl(), f.coc.uploadedToPortal(), List.of()), Set.of(COC_NO_POLICIES)));
    m.add(new Mutations("code policy not listed", f -> f.coc = coc(f.coc, true, true, f.coc.publicUrl(), f.coc.uploadedToPortal(), List.of("d4", "d98")), Set.of(BROKEN_REFERENCE)));
    // EVIDENCE_OF_IMPLEMENTATION
    m.add(new Mutations("employee training removed", f -> f.trainings.remove(0), Set.of(EMPLOYEE_TRAINING_MISSING)));
    m.add(new Mutations("employee training 13 months old", f -> f.trainings.set(0, training(f.trainings.get(0), f.anchor.minusMonths(13))), Set.of(EMPLOYEE_TRAINING_STALE)));
    m.add(new Mutations("employee training after asOf", f -> f.trainings.set(0, training(f.trainings.get(0), f.anchor.plusDays(1))), Set.of(EMPLOYEE_TRAINING_MISSING)));
    m.add(new Mutations("high-risk facility never audited", f -> f.audits.clear(), Set.of(HIGH_RISK_FACILITY_NOT_AUDITED)));
    m.add(new Mutations("audit 13 months old", f -> f.audits.set(0, audit(f.audits.get(0), f.anchor.minusMonths(13), true, false)), Set.of(AUDIT_STALE)));
    m.add(new Mutations("audit not independent", f -> f.audits.set(0, audit(f.audits.get(0), f.audits.get(0).date(), false, false)), Set.of(AUDIT_NOT_INDEPENDENT)));
    m.add(new Mutations("audit redacted", f -> f.audits.set(0, audit(f.audits.get(0), f.audits.get(0).date(), true, true)), Set.of(AUDIT_REDACTED)));
    m.add(new Mutations("audit report document redacted", f -> f.documents.set(index(f, "d5"), redactedDoc(f.documents.get(index(f, "d5")))), Set.of(AUDIT_REDACTED)));
    m.add(new Mutations("critical finding without case", f -> f.cases.clear(), Set.of(CRITICAL_FINDING_UNREMEDIATED)));
    // DUE_DILIGENCE_AND_TRAINING
    m.add(new Mutations("tier-1 commitment removed", f -> f.commitments.remove(1), Set.of(SUPPLIER_COMMITMENT_MISSING)));
    m.add(new Mutations("high-risk commitment removed", f -> f.commitments.remove(0), Set.of(SUPPLIER_COMMITMENT_MISSING)));
    m.add(new Mutations("commitment to old version", f -> f.commitments.set(2, commitment(f.commitments.get(2), "2.0", true)), Set.of(COMMITMENT_OUTDATED_VERSION)));
    m.add(new Mutations("commitment without exclusion", f -> f.commitments.set(1, commitment(f.commitments.get(1), "3.1", false)), Set.of(COMMITMENT_NO_FORCED_LABOR_EXCLUSION)));
    m.add(new Mutations("commitment document not listed", f -> f.documents.remove(index(f, "d13")), Set.of(BROKEN_REFERENCE)));
    m.add(new Mutations("supplier training removed", f -> f.trainings.remove(1), Set.of(SUPPLIER_TRAINING_MISSING)));
    m.add(new Mutations("supplier training 13 months old", f -> f.trainings.set(1, training(f.trainings.get(1), f.anchor.minusMonths(13))), Set.of(SUPPLIER_TRAINING_STALE)));
    // REMEDIATION_PLAN
    m.add(new Mutations("plan removed", f -> f.plan = null, Set.of(REMEDIATION_PLAN_MISSING)));
    m.add(new Mutations("plan without CBP disclosure", f -> f.plan = new RemediationPlan("d10", f.plan.adopted(), false), Set.of(REMEDIATION_PLAN_NO_CBP_DISCLOSURE)));
    m.add(new Mutations("case not disclosed", f -> f.cases.set(0, remediationCase(f.cases.get(0), null, true)), Set.of(CASE_NOT_DISCLOSED)));
    m.add(new Mutations("case disclosed after asOf", f -> f.cases.set(0, remediationCase(f.cases.get(0), f.anchor.plusDays(2), true)), Set.of(CASE_NOT_DISCLOSED)));
    m.add(new Mutations("case without actions", f -> f.cases.set(0, remediationCase(f.cases.get(0), f.cases.get(0).disclosedToCbp(), false)), Set.of(CASE_NO_ACTIONS)));
    // SHARED_BEST_PRACTICES
    m.add(new Mutations("best practice removed", f -> f.engagements.remove(0), Set.of(BEST_PRACTICE_NOT_SHARED)));
    m.add(new Mutations("best practice 13 months old", f -> f.engagements.set(0, new Engagement(f.anchor.minusMonths(13), f.engagements.get(0).kind(), "d11")), Set.of(BEST_PRACTICE_NOT_SHARED)));
    m.add(new Mutations("improvement plan removed", f -> f.engagements.remove(1), Set.of(IMPROVEMENT_PLAN_MISSING)));
    m.add(new Mutations("improvement plan document not listed", f -> f.documents.remove(index(f, "d12")), Set.of(BROKEN_REFERENCE)));
    return m;
  }

  static int index(Fixture f, String documentId) {
    for (int i = 0; i < f.documents.size(); i++) {
      if (f.documents.get(i).id().equals(documentId)) {
        return i;
      }
    }
    throw new IllegalArgumentException(documentId);
  }

  static SocialComplianceProgram scp(SocialComplianceProgram s, java.time.LocalDate reviewed, boolean fl) {
    return new SocialComplianceProgram(s.document(), s.adopted(), reviewed, fl);
  }

  static RiskAssessment ra(RiskAssessment r, boolean fl, List<RiskSource> sources, java.time.LocalDate performed) {
    return new RiskAssessment(r.document(), performed, fl, sources);
  }

  static CodeOfConduct coc(
      CodeOfConduct c, boolean prohibits, boolean mapping, String url, java.time.LocalDate uploaded, List<String> policies) {
    return new CodeOfConduct(c.document(), c.version(), c.adopted(), url, uploaded, prohibits, mapping, policies);
  }

  static Facility redacted(Facility f) {
    return new Facility(f.id(), "[redacted]", f.aliases(), f.country(), f.region(), f.address(), f.identifiers(), true);
  }

  static Document redactedDoc(Document d) {
    return new Document(d.id(), d.title(), d.path(), d.sha256(), d.language(), true, d.issued());
  }

  static Training training(Training t, java.time.LocalDate date) {
    return new Training(t.id(), t.audience(), t.facility(), date, t.topics(), t.participants(), t.document());
  }

  static Audit audit(Audit a, java.time.LocalDate date, boolean independent, boolean redacted) {
    return new Audit(a.id(), a.facility(), date, a.scheme(), independent, a.announced(), redacted, a.document(), a.findings());
  }

  static SupplierCommitment commitment(SupplierCommitment c, String version, boolean excludes) {
    return new SupplierCommitment(c.facility(), version, c.acknowledged(), excludes, c.document());
  }

  static RemediationCase remediationCase(RemediationCase c, java.time.LocalDate disclosed, boolean keepActions) {
    return new RemediationCase(
        c.id(), c.facility(), c.opened(), c.indicators(), disclosed, keepActions ? c.actions() : List.of(), c.closed(),
        c.verification());
  }
}
