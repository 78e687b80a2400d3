package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;

/**
 * Entry point of the builders: static factories for a dossier and each of its parts, and
 * {@link #compliantDossier()}, a realistic small importer that meets every requirement and that a test changes piece
 * by piece.
 *
 * <pre>{@code
 * Dossier d = Dossiers.compliantDossier()
 *     .withoutCodeOfConduct()
 *     .facility("f3", f -> f.inXinjiang())
 *     .build();
 *
 * Dossier small = Dossiers.dossier()
 *     .link("f2", "f1", "m1")          // f1, f2 and m1 are registered with defaults
 *     .product("p1", "f1")
 *     .build();
 * }</pre>
 */
public final class Dossiers {

  /** The day dossiers are judged at unless a test says otherwise: 2026-11-01. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

  /** The compliant importer's first day in CTPAT Security: 2019-04-01 (validated, Tier 2). */
  public static final LocalDate SECURITY_SINCE = LocalDate.of(2019, 4, 1);

  /**
   * The compliant importer's first day in CTPAT Trade Compliance: 2021-06-01, before the six forced-labor
   * requirements were announced on 2022-08-01, so they are due from 2023-08-01.
   */
  public static final LocalDate TRADE_COMPLIANCE_SINCE = LocalDate.of(2021, 6, 1);

  private Dossiers() {}

  /**
   * Returns an empty dossier builder: judged at {@link #DEFAULT_AS_OF}, a US importer without memberships, no
   * supply chain and no evidence.
   *
   * @return a new builder
   */
  public static DossierBuilder dossier() {
    return new DossierBuilder();
  }

  /**
   * Returns the compliant importer judged at {@link #DEFAULT_AS_OF}.
   *
   * @return a new builder
   * @see #compliantDossier(LocalDate)
   */
  public static DossierBuilder compliantDossier() {
    return compliantDossier(DEFAULT_AS_OF);
  }

  /**
   * Returns a small importer that meets every forced-labor requirement on the given day: the starting point of tests
   * that change one thing and check what the compliance checks say about it.
   *
   * <p><b>The partner.</b> Northwind Home Furnishings Inc., a US importer of record, member of CTPAT Security since
   * {@link #SECURITY_SINCE} (Tier 2) and of CTPAT Trade Compliance since {@link #TRADE_COMPLIANCE_SINCE}.
   *
   * <p><b>The supply chain</b> carries no forced-labor risk signal from the bundled reference data: no facility in
   * Xinjiang (or China at all), no name on the UFLPA Entity List, no good on the ILAB List (2022 edition) for the
   * country it comes from, and every country Tier 1 or Tier 2 of the TIP Report. It is fully mapped (no unmapped
   * inputs), every facility has an address and identifiers with valid check digits, and every link has a purchase
   * order:
   *
   * <pre>
   *   f5 Allegheny Hardwood Logging LLC (US)  --hard maple logs-->  f3 Laurentian Hardwoods Ltd. (CA)
   *   f3 --hard maple lumber--> f1 Muebles del Norte S.A. de C.V. (MX)   and   f3 --> f2 Schwarzwald Moebelwerk GmbH (DE)
   *   f4 Rheinland Lackwerke GmbH (DE) --wood lacquer--> f1, f2
   *   f6 Great Lakes Corrugated LLC (US) --corrugated cartons--> f1
   *   products: p1 hard maple dining chair (f1, HS 9401.69), p2 hard maple dining table (f2, HS 9403.60)
   * </pre>
   *
   * <p><b>The evidence</b> assumes the default compliance policy's 12-month cycles: everything dated is within 12
   * months of {@code asOf}.
   *
   * <ul>
   *   <li>social compliance program addressing forced labor, reviewed two months before;
   *   <li>risk assessment three months before, including forced labor, consulting the UFLPA Entity List, WROs and
   *       Findings, the ILAB List and the TIP Report;
   *   <li>code of conduct version 3.1: public, uploaded to the portal, prohibits forced labor, commits to mapping,
   *       implemented by two policies;
   *   <li>employee training on forced-labor indicators five months before, and supplier training of both tier-1
   *       facilities (f1, f2);
   *   <li>a commitment of each tier-1 facility to code version 3.1, excluding forced-labor partners;
   *   <li>independent, unannounced audits of both tier-1 facilities, no findings;
   *   <li>a remediation plan including disclosure to CBP, and no remediation case;
   *   <li>a best practice shared one month and an improvement plan two months before;
   *   <li>every referenced document present, unredacted, with a SHA-256.
   * </ul>
   *
   * @param asOf the day it is judged at; on or after 2023-08-01 for the six Trade Compliance requirements to be due;
   *     never null
   * @return a new builder
   * @throws IllegalArgumentException if {@code asOf} is before {@link #TRADE_COMPLIANCE_SINCE}
   */
  public static DossierBuilder compliantDossier(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(TRADE_COMPLIANCE_SINCE)) {
      throw new IllegalArgumentException(
          "asOf " + asOf + " is before the compliant importer joined Trade Compliance (" + TRADE_COMPLIANCE_SINCE + ")");
    }
    return dossier()
        .asOf(asOf)
        .partner(
            partner()
                .name("Northwind Home Furnishings Inc.")
                .country("US")
                .membership(new Membership(Program.SECURITY, SECURITY_SINCE, null, 2))
                .member(Program.TRADE_COMPLIANCE, TRADE_COMPLIANCE_SINCE))
        .facility(
            facility("f1")
                .name("Muebles del Norte S.A. de C.V.")
                .country("MX")
                .region("MX-NLE")
                .address("Av. Industrial 1450, Apodaca, Nuevo Leon")
                .withValidIdentifiers())
        .facility(
            facility("f2")
                .name("Schwarzwald Moebelwerk GmbH")
                .country("DE")
                .region("DE-BW")
                .address("Industriestrasse 12, 78112 St. Georgen")
                .withValidIdentifiers())
        .facility(
            facility("f3")
                .name("Laurentian Hardwoods Ltd.")
                .country("CA")
                .region("CA-QC")
                .address("2200 Chemin du Moulin, Mont-Laurier, QC")
                .withValidIdentifiers())
        .facility(
            facility("f4")
                .name("Rheinland Lackwerke GmbH")
                .country("DE")
                .region("DE-NW")
                .address("Hafenstrasse 3, 47119 Duisburg")
                .withValidIdentifiers())
        .facility(
            facility("f5")
                .name("Allegheny Hardwood Logging LLC")
                .country("US")
                .region("US-PA")
                .address("410 Forest Road, Warren, PA")
                .withValidIdentifiers())
        .facility(
            facility("f6")
                .name("Great Lakes Corrugated LLC")
                .country("US")
                .region("US-MI")
                .address("88 Harbor Drive, Muskegon, MI")
                .withValidIdentifiers())
        .material("m1", "Hard maple logs", "4403.99")
        .material("m2", "Hard maple lumber", "4407.93")
        .material("m3", "Nitrocellulose wood lacquer", "3208.90")
        .material("m4", "Corrugated cartons", "4819.10")
        .link(link("f5", "f3", "m1").share(1.0).document("doc-po-f5-f3"))
        .link(link("f3", "f1", "m2").share(1.0).document("doc-po-f3-f1"))
        .link(link("f3", "f2", "m2").share(1.0).document("doc-po-f3-f2"))
        .link(link("f4", "f1", "m3").share(1.0).document("doc-po-f4-f1"))
        .link(link("f4", "f2", "m3").share(1.0).document("doc-po-f4-f2"))
        .link(link("f6", "f1", "m4").share(1.0).document("doc-po-f6-f1"))
        .product(product("p1", "f1").name("Hard maple dining chair").hsCode("9401.69"))
        .product(product("p2", "f2").name("Hard maple dining table").hsCode("9403.60"))
        .socialComplianceProgram(socialComplianceProgram())
        .riskAssessment(riskAssessment())
        .codeOfConduct(codeOfConduct())
        .training(employeeTraining("t1"))
        .training(supplierTraining("t2", "f1").topics(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT))
        .training(supplierTraining("t3", "f2").topics(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT))
        .commitment(commitment("f1"))
        .commitment(commitment("f2"))
        .audit(audit("a1", "f1"))
        .audit(audit("a2", "f2").scheme("amfori BSCI"))
        .remediationPlan(remediationPlan())
        .engagement(bestPracticeShared())
        .engagement(improvementPlan().before(Period.ofMonths(2)))
        .document(document("doc-code-of-conduct").title("Supplier Code of Conduct v3.1"))
        .document(document("doc-social-compliance-program").title("Social Compliance Program"))
        .document(document("doc-remediation-plan").title("Forced Labor Remediation Plan"));
  }

  /**
   * Returns {@link #compliantDossierWithHighRiskSupplier(LocalDate)} judged at {@link #DEFAULT_AS_OF}.
   *
   * @return a new builder
   */
  public static DossierBuilder compliantDossierWithHighRiskSupplier() {
    return compliantDossierWithHighRiskSupplier(DEFAULT_AS_OF);
  }

  /**
   * Returns {@link #compliantDossier(LocalDate)} with one high-risk supplier that the importer has under control: the
   * starting point of tests about the obligations that bind only high-risk facilities (audits, supplier training).
   *
   * <p>The log supplier {@code f5} is moved to the Brazilian Amazon (Madeireira Rio Tapajos Ltda., region
   * {@code BR-PA}): timber from Brazil is on the ILAB List of Goods for forced labor (2022 edition), so it is
   * {@code HIGH} and both products {@code HIGH} through it, while their admissibility stays {@code CLEAR} (an ILAB
   * listing is a risk, not a detention). It is audited ({@code a3}: independent, unannounced, no findings), trained on
   * forced-labor indicators ({@code t4}) and committed to the current code, so the verdict stays {@code COMPLIANT}:
   * the report carries {@code PRODUCT_HIGH_RISK} warnings for {@code p1} and {@code p2} and no error. High risk is not non-compliance; unmanaged high risk is. (A supplier under the UFLPA presumption is another
   * matter: no audit or training makes its goods admissible, see {@code FacilityBuilder#inXinjiang()}.)
   *
   * @param asOf the day it is judged at; never null
   * @return a new builder
   * @throws IllegalArgumentException if {@code asOf} is before {@link #TRADE_COMPLIANCE_SINCE}
   */
  public static DossierBuilder compliantDossierWithHighRiskSupplier(LocalDate asOf) {
    return compliantDossier(asOf)
        .facility(
            "f5",
            f -> f.name("Madeireira Rio Tapajos Ltda.").country("BR").region("BR-PA")
                .address("Rodovia BR-163, km 12, Itaituba, Para").withValidIdentifiers())
        .audit(audit("a3", "f5"))
        .training(supplierTraining("t4", "f5").topics(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT))
        .commitment(commitment("f5"));
  }

  /**
   * Returns a partner builder (a US importer without memberships).
   *
   * @return a new builder
   */
  public static PartnerBuilder partner() {
    return new PartnerBuilder();
  }

  /**
   * Returns a facility builder (in the US, named after its id).
   *
   * @param id the facility id; never blank
   * @return a new builder
   */
  public static FacilityBuilder facility(String id) {
    return new FacilityBuilder(id);
  }

  /**
   * Returns a link builder.
   *
   * @param from the supplying facility's id; never blank
   * @param to the receiving facility's id; never blank
   * @param material the material's id; never blank
   * @return a new builder
   */
  public static LinkBuilder link(String from, String to, String material) {
    return new LinkBuilder(from, to, material);
  }

  /**
   * Returns a product builder.
   *
   * @param id the product id; never blank
   * @param producedBy the producing (tier-1) facility's id; never blank
   * @return a new builder
   */
  public static ProductBuilder product(String id, String producedBy) {
    return new ProductBuilder(id, producedBy);
  }

  /**
   * Returns a social compliance program builder.
   *
   * @return a new builder
   */
  public static ProgramBuilder socialComplianceProgram() {
    return new ProgramBuilder();
  }

  /**
   * Returns a risk assessment builder.
   *
   * @return a new builder
   */
  public static RiskAssessmentBuilder riskAssessment() {
    return new RiskAssessmentBuilder();
  }

  /**
   * Returns a code of conduct builder.
   *
   * @return a new builder
   */
  public static CodeOfConductBuilder codeOfConduct() {
    return new CodeOfConductBuilder();
  }

  /**
   * Returns a remediation plan builder.
   *
   * @return a new builder
   */
  public static RemediationPlanBuilder remediationPlan() {
    return new RemediationPlanBuilder();
  }

  /**
   * Returns an audit builder.
   *
   * @param id the audit id; never blank
   * @param facility the audited facility's id; never blank
   * @return a new builder
   */
  public static AuditBuilder audit(String id, String facility) {
    return new AuditBuilder(id, facility);
  }

  /**
   * Returns a builder of a training of the partner's employees.
   *
   * @param id the training id; never blank
   * @return a new builder
   */
  public static TrainingBuilder employeeTraining(String id) {
    return new TrainingBuilder(id, TrainingAudience.EMPLOYEES, null);
  }

  /**
   * Returns a builder of a training of the partner's management.
   *
   * @param id the training id; never blank
   * @return a new builder
   */
  public static TrainingBuilder managementTraining(String id) {
    return new TrainingBuilder(id, TrainingAudience.MANAGEMENT, null);
  }

  /**
   * Returns a builder of a training of a supplier.
   *
   * @param id the training id; never blank
   * @param facility the trained supplier's facility id; never blank
   * @return a new builder
   */
  public static TrainingBuilder supplierTraining(String id, String facility) {
    return new TrainingBuilder(id, TrainingAudience.SUPPLIER, facility);
  }

  /**
   * Returns a supplier commitment builder.
   *
   * @param facility the supplier facility's id; never blank
   * @return a new builder
   */
  public static CommitmentBuilder commitment(String facility) {
    return new CommitmentBuilder(facility);
  }

  /**
   * Returns a remediation case builder.
   *
   * @param id the case id; never blank
   * @param facility the facility concerned; never blank
   * @return a new builder
   */
  public static RemediationCaseBuilder remediationCase(String id, String facility) {
    return new RemediationCaseBuilder(id, facility);
  }

  /**
   * Returns an engagement builder.
   *
   * @param kind the kind; never null
   * @return a new builder
   */
  public static EngagementBuilder engagement(EngagementKind kind) {
    return new EngagementBuilder(kind);
  }

  /**
   * Returns a builder of a best practice shared with CBP or the trade community.
   *
   * @return a new builder
   */
  public static EngagementBuilder bestPracticeShared() {
    return new EngagementBuilder(EngagementKind.BEST_PRACTICE_SHARED);
  }

  /**
   * Returns a builder of an improvement plan.
   *
   * @return a new builder
   */
  public static EngagementBuilder improvementPlan() {
    return new EngagementBuilder(EngagementKind.IMPROVEMENT_PLAN);
  }

  /**
   * Returns a document builder.
   *
   * @param id the document id; never blank
   * @return a new builder
   */
  public static DocumentBuilder document(String id) {
    return new DocumentBuilder(id);
  }
}
