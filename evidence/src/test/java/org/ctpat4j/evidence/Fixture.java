package org.ctpat4j.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.AdmissibilityReason;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.risk.signal.AdmissibilityEffect;
import org.ctpat4j.risk.signal.AdmissibilityKind;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * One compliant dossier (a U.S. importer of solar modules in both programs) whose evidence is dated relative to the
 * day it is built for, plus a hand-built risk result. Tests mutate the public fields and call {@link #dossier()} and
 * {@link #risk(LocalDate)}.
 *
 * <p>Supply chain: f1 quartz mine (MEDIUM) supplies f2 polysilicon plant (HIGH), which supplies f3 (producer of p1) and
 * f4 (producer of p2). f2 has an independent audit with a critical finding that case c1 (disclosed, closed) covers.
 */
final class Fixture {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  final LocalDate anchor;
  Partner partner;
  List<Facility> facilities = new ArrayList<>();
  List<Material> materials = new ArrayList<>();
  List<Link> links = new ArrayList<>();
  List<UnmappedInput> unmappedInputs = new ArrayList<>();
  List<Product> products = new ArrayList<>();
  SocialComplianceProgram scp;
  RiskAssessment riskAssessment;
  CodeOfConduct coc;
  List<Audit> audits = new ArrayList<>();
  List<Training> trainings = new ArrayList<>();
  List<SupplierCommitment> commitments = new ArrayList<>();
  RemediationPlan plan;
  List<RemediationCase> cases = new ArrayList<>();
  List<Engagement> engagements = new ArrayList<>();
  List<Document> documents = new ArrayList<>();

  /** Facility risk levels used by {@link #risk(LocalDate)}. */
  Map<String, RiskLevel> levels = new TreeMap<>();
  /** The rule that raised each facility's signal in {@link #risk(LocalDate)} (default {@code ilab-goods}). */
  Map<String, String> rules = new TreeMap<>();
  /**
   * What a facility's signal means for admissibility, when it is not what the built-in rule named in {@link #rules}
   * says at the facility's level ({@link #effect(String, RiskLevel)}).
   */
  Map<String, AdmissibilityEffect> effects = new TreeMap<>();
  double coverage = 1.0;
  List<ReferenceDataVersion> referenceData = new ArrayList<>();

  private Fixture(LocalDate anchor) {
    this.anchor = anchor;
  }

  static Fixture compliant() {
    return compliantAt(AS_OF);
  }

  /** A dossier that is compliant on {@code anchor}, with evidence dated at least two days earlier. */
  static Fixture compliantAt(LocalDate anchor) {
    Fixture f = new Fixture(anchor);
    f.partner =
        new Partner(
            "Acme Solar Imports Inc.",
            "US",
            BusinessEntityType.US_IMPORTER,
            List.of(
                new Membership(Program.SECURITY, LocalDate.of(2019, 4, 1), null, 2),
                new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2021, 6, 1), null, null)));
    f.facilities.add(new Facility("f1", "Yunnan Quartz Mining Co.", "CN", "CN-YN"));
    f.facilities.add(new Facility("f2", "Sunrise Polysilicon Ltd.", "CN", "CN-NM"));
    f.facilities.add(
        new Facility("f3", "Delta Cells JSC", List.of(), "VN", null, "Lot 4, Bac Ninh", Identifiers.NONE, false));
    f.facilities.add(new Facility("f4", "Kuala Modules Sdn Bhd", "MY", null));
    f.materials.add(new Material("m1", "Quartzite", "2506.20"));
    f.materials.add(new Material("m2", "Polysilicon", "2804.61"));
    f.links.add(new Link("f1", "f2", "m1", 1.0, List.of("d20")));
    f.links.add(new Link("f2", "f3", "m2", 0.6, List.of("d21")));
    f.links.add(new Link("f2", "f4", "m2", 0.5, List.of("d22")));
    f.products.add(new Product("p1", "Solar module 400 W", "8541.43", "f3"));
    f.products.add(new Product("p2", "Solar panel 550 W", "8541.43", "f4"));

    f.scp = new SocialComplianceProgram("d1", LocalDate.of(2021, 1, 15), f.daysBefore(240), true);
    f.riskAssessment =
        new RiskAssessment(
            "d2",
            f.daysBefore(270),
            true,
            List.of(
                RiskSource.UFLPA_ENTITY_LIST,
                RiskSource.UFLPA_REGION,
                RiskSource.WRO_FINDINGS,
                RiskSource.ILAB_LIST,
                RiskSource.TIP_REPORT));
    f.coc =
        new CodeOfConduct(
            "d3",
            "3.1",
            f.daysBefore(600),
            "https://acme-solar.example/code-of-conduct",
            f.daysBefore(590),
            true,
            true,
            List.of("d4"));
    f.audits.add(
        new Audit(
            "a1",
            "f2",
            f.daysBefore(175),
            "SMETA",
            true,
            false,
            false,
            "d5",
            List.of(
                new AuditFinding(
                    ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                    AuditFindingSeverity.CRITICAL,
                    AuditFindingStatus.OPEN,
                    "Passports held by the dormitory office"))));
    f.trainings.add(
        new Training(
            "t1",
            TrainingAudience.EMPLOYEES,
            null,
            f.daysBefore(290),
            List.of(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.UFLPA),
            40,
            "d6"));
    f.trainings.add(
        new Training(
            "t2",
            TrainingAudience.SUPPLIER,
            "f2",
            f.daysBefore(210),
            List.of(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT),
            12,
            "d8"));
    f.commitments.add(new SupplierCommitment("f2", "3.1", f.daysBefore(580), true, "d9"));
    f.commitments.add(new SupplierCommitment("f3", "3.1", f.daysBefore(575), true, "d13"));
    f.commitments.add(new SupplierCommitment("f4", "3.1", f.daysBefore(570), true, "d14"));
    f.plan = new RemediationPlan("d10", LocalDate.of(2020, 6, 1), true);
    f.cases.add(
        new RemediationCase(
            "c1",
            "f2",
            f.daysBefore(165),
            List.of(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS),
            f.daysBefore(160),
            List.of(
                new RemediationAction("Return passports to workers", f.daysBefore(140), RemediationActionStatus.DONE),
                new RemediationAction(
                    "Follow-up verification by the auditor", f.daysBefore(70), RemediationActionStatus.DONE)),
            f.daysBefore(60),
            "d15"));
    f.engagements.add(new Engagement(f.daysBefore(140), EngagementKind.BEST_PRACTICE_SHARED, "d11"));
    f.engagements.add(new Engagement(f.daysBefore(280), EngagementKind.IMPROVEMENT_PLAN, "d12"));
    String[][] docs = {
      {"d1", "Social compliance program"}, {"d2", "Supply-chain risk assessment"}, {"d3", "Code of conduct"},
      {"d4", "Responsible sourcing procedure"}, {"d5", "SMETA audit report f2"}, {"d6", "Employee training record"},
      {"d8", "Supplier training record f2"}, {"d9", "Acknowledgment f2"}, {"d10", "Remediation plan"},
      {"d11", "CTPAT webinar presentation"}, {"d12", "Improvement plan"}, {"d13", "Acknowledgment f3"},
      {"d14", "Acknowledgment f4"}, {"d15", "Verification audit report f2"}, {"d20", "Purchase orders quartzite"}, {"d21", "Invoices polysilicon f3"},
      {"d22", "Invoices polysilicon f4"}
    };
    for (String[] d : docs) {
      f.documents.add(new Document(d[0], d[1], "evidence/" + d[0] + ".pdf"));
    }
    f.levels.put("f1", RiskLevel.MEDIUM);
    f.levels.put("f2", RiskLevel.HIGH);
    f.referenceData.add(
        new ReferenceDataVersion(
            "UFLPA Entity List", "2025-01-15", false, "DHS FLETF", "bundled snapshot", "about 75 of 144 entities"));
    f.referenceData.add(
        new ReferenceDataVersion("ILAB List of Goods", "2022", true, "U.S. DOL ILAB", "bundled snapshot", ""));
    return f;
  }

  LocalDate daysBefore(int days) {
    return anchor.minusDays(days);
  }

  Dossier dossier() {
    return new Dossier(
        Dossier.FORMAT,
        anchor,
        partner,
        facilities,
        materials,
        links,
        unmappedInputs,
        products,
        new Evidence(scp, riskAssessment, coc, audits, trainings, commitments, plan, cases, engagements, documents));
  }

  /** What a signal of a rule at a level means for admissibility, as the built-in rules say it. */
  static AdmissibilityEffect effect(String rule, RiskLevel level) {
    boolean high = level == RiskLevel.HIGH;
    return switch (rule) {
      case "uflpa-entity-list" -> high
          ? AdmissibilityEffect.presumed(AdmissibilityKind.UFLPA_ENTITY, "remove")
          : AdmissibilityEffect.review(AdmissibilityKind.POSSIBLE_LISTED_ENTITY, "confirm");
      case "uflpa-region" -> high
          ? AdmissibilityEffect.presumed(AdmissibilityKind.UFLPA_REGION, "remove")
          : AdmissibilityEffect.review(AdmissibilityKind.LOCATION_UNCERTAIN, "record the address");
      case "wro-findings" -> high ? AdmissibilityEffect.detained("remove") : AdmissibilityEffect.NONE;
      default -> AdmissibilityEffect.NONE;
    };
  }

  private AdmissibilityEffect effectOf(String facility) {
    AdmissibilityEffect e = effects.get(facility);
    return e != null ? e : effect(rules.getOrDefault(facility, "ilab-goods"), levels.get(facility));
  }

  /** The risk result for the fixture's facility levels: products exposed through f2 (and f1). */
  RiskResult risk(LocalDate asOf) {
    List<FacilityRisk> fr = new ArrayList<>();
    levels.forEach(
        (id, level) -> {
          if (level != RiskLevel.LOW) {
            double score = level == RiskLevel.HIGH ? 0.9 : level == RiskLevel.UNKNOWN ? 0.6 : 0.4;
            fr.add(
                new FacilityRisk(
                    id,
                    level,
                    score,
                    List.of(
                        new RiskSignal(
                            rules.getOrDefault(id, "ilab-goods"),
                            level,
                            score,
                            "Polysilicon from China is on the ILAB list for forced labor",
                            "ILAB List of Goods 2022",
                            effectOf(id)))));
          }
        });
    List<ProductExposure> px = new ArrayList<>();
    for (Product p : products) {
      RiskLevel worst = RiskLevel.LOW;
      List<List<String>> paths = new ArrayList<>();
      for (String upstream : List.of("f2", "f1")) {
        RiskLevel l = levels.getOrDefault(upstream, RiskLevel.LOW);
        if (l != RiskLevel.LOW) {
          paths.add(upstream.equals("f2") ? List.of("f2", p.producedBy()) : List.of("f1", "f2", p.producedBy()));
          worst = RiskLevel.worst(worst, l);
        }
      }
      Admissibility answer = Admissibility.CLEAR;
      List<AdmissibilityReason> reasons = new ArrayList<>();
      for (List<String> path : paths) {
        String upstream = path.get(0);
        AdmissibilityEffect e = effectOf(upstream);
        if (e != AdmissibilityEffect.NONE) {
          answer = Admissibility.worst(answer, e.admissibility());
          reasons.add(new AdmissibilityReason(e.admissibility(), e.kind(), upstream, path,
              rules.getOrDefault(upstream, "ilab-goods"), "fixture signal", "fixture", e.resolve()));
        }
      }
      reasons.sort(java.util.Comparator.comparing(AdmissibilityReason::admissibility));
      px.add(new ProductExposure(p.id(), worst, worst == RiskLevel.LOW ? 0.0 : 0.9, paths, answer, reasons, 0));
    }
    Map<String, Integer> tiers = new TreeMap<>();
    for (Product p : products) {
      tiers.put(p.producedBy(), 1);
    }
    tiers.putIfAbsent("f2", 2);
    tiers.putIfAbsent("f1", 3);
    return new RiskResult(asOf, fr, px, tiers, coverage, referenceData);
  }

  RiskResult risk() {
    return risk(anchor);
  }

  <T> List<T> replace(List<T> list, int index, T value) {
    list.set(index, value);
    return list;
  }
}
