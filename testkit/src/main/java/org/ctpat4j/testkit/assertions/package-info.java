/**
 * AssertJ assertions on ctpat4j results, with failure messages that print the relevant part of the result (capped at
 * 20 entries): the ERROR findings when a verdict is wrong, a requirement's findings when its status is wrong, a
 * product's paths when its level is wrong.
 *
 * <pre>{@code
 * import static org.ctpat4j.testkit.assertions.CtpatAssertions.assertThat;
 *
 * ComplianceReport report = ComplianceChecker.newBuilder().build().check(dossier, asOf);
 * assertThat(report)
 *     .isNotCompliant()
 *     .hasFinding(Requirement.REMEDIATION_PLAN, "REMEDIATION_PLAN_NO_CBP_DISCLOSURE").and()
 *     .hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).withSubject("facility:f2").withSeverity(Severity.ERROR).and()
 *     .hasNoFinding(FindingCode.COC_MISSING)
 *     .requirement(Requirement.CODE_OF_CONDUCT).isMet().and()
 *     .hasProductAtLevel("p1", RiskLevel.HIGH);
 *
 * // a failing isCompliant() reads, for example:
 * //   Expecting the report to be COMPLIANT but was NOT_COMPLIANT with 1 ERROR finding:
 * //     - ERROR REMEDIATION_PLAN_NO_CBP_DISCLOSURE partner [REMEDIATION_PLAN, evidence.remediationPlan]: ...
 *
 * assertThat(report.risk()).hasProduct("p1").withLevel(RiskLevel.HIGH).withPathThrough("f1");
 * assertThat(report.risk()).hasFacility("f1").withSignal("uflpa-entity-list");
 * assertThat(report.risk()).hasCoverage(0.5).hasNoSignalFor("f7");
 * }</pre>
 *
 * <p>{@link org.ctpat4j.testkit.assertions.CtpatAssertions} extends AssertJ's {@code Assertions}, so one static import
 * serves both. Nothing in this package accepts {@code null} except as the value under test, which fails the
 * assertion.
 */
package org.ctpat4j.testkit.assertions;
