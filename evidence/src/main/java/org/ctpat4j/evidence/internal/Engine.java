package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ctpat4j.core.Applicability;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.RequirementApplicability;
import org.ctpat4j.core.RequirementCatalog;
import org.ctpat4j.core.RequirementDefinition;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.evidence.CompliancePolicy;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.RequirementStatus;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.RiskResult;

/**
 * Runs the checks of every requirement of a catalog and assembles the report. Immutable and thread-safe.
 *
 * <p>The engine raises no finding itself: the {@link Check}s do. For each requirement: the catalog decides applicability;
 * a {@code NOT_APPLICABLE} requirement is not checked; a {@code NOT_YET_DUE} one is checked (unless the policy says not
 * to) and its findings are reported as INFO; the status of one in force is {@code NOT_MET} exactly when one of its
 * findings is an ERROR. A check that {@linkplain Check#alwaysRuns() always runs} runs whatever the applicability, and
 * when the catalog does not define its requirement, its findings are reported as INFO.
 */
public final class Engine {

  private static final List<Check> CHECKS =
      List.of(
          new SocialComplianceProgramCheck(),
          new RiskBasedMappingCheck(),
          new ReferenceDataCheck(),
          new CodeOfConductCheck(),
          new EvidenceOfImplementationCheck(),
          new DueDiligenceAndTrainingCheck(),
          new RemediationPlanCheck(),
          new SharedBestPracticesCheck());

  private final CompliancePolicy policy;
  private final RequirementCatalog catalog;
  private final Messages messages;

  /**
   * Creates an engine.
   *
   * @param policy the policy; never null
   * @param catalog the catalog; never null
   * @param messages the messages; never null
   */
  public Engine(CompliancePolicy policy, RequirementCatalog catalog, Messages messages) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Checks a dossier.
   *
   * @param dossier the dossier; never null
   * @param risk its risk assessment as of {@code asOf}; never null
   * @param asOf the day; never null
   * @return the report; never null
   */
  public ComplianceReport check(Dossier dossier, RiskResult risk, LocalDate asOf) {
    requireNoNullElements(dossier);
    Facts facts = new Facts(dossier, risk, asOf, policy);
    List<RequirementResult> results = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    for (RequirementDefinition def : catalog.definitions()) {
      Requirement req = def.requirement();
      RequirementApplicability a = catalog.applicability(req, dossier.partner(), asOf);
      List<Finding> found = new ArrayList<>();
      boolean run =
          a.status() == Applicability.IN_FORCE
              || (a.status() == Applicability.NOT_YET_DUE && policy.reportNotYetDueGaps());
      for (Check c : CHECKS) {
        if (c.requirement() == req && (run || c.alwaysRuns())) {
          c.run(new CheckContext(facts, req, messages, found));
        }
      }
      List<Finding> kept = new ArrayList<>(new LinkedHashSet<>(found));
      if (a.status() != Applicability.IN_FORCE) {
        kept.replaceAll(Engine::asInfo);
      }
      RequirementStatus status =
          switch (a.status()) {
            case NOT_APPLICABLE -> RequirementStatus.NOT_APPLICABLE;
            case NOT_YET_DUE -> RequirementStatus.NOT_YET_DUE;
            case IN_FORCE -> kept.stream().anyMatch(Finding::isError)
                ? RequirementStatus.NOT_MET
                : RequirementStatus.MET;
          };
      results.add(
          new RequirementResult(
              req,
              status,
              def.title(),
              def.source().toString(),
              def.source().url(),
              a.inForceFrom(),
              a.reason()));
      all.addAll(kept);
    }
    List<Finding> context = new ArrayList<>();
    for (Check c : CHECKS) {
      if (c.alwaysRuns() && catalog.find(c.requirement()).isEmpty()) {
        c.run(new CheckContext(facts, c.requirement(), messages, context));
      }
    }
    context.replaceAll(Engine::asInfo);
    all.addAll(context);
    all.sort(Finding.ORDER);
    Verdict verdict = all.stream().anyMatch(Finding::isError) ? Verdict.NOT_COMPLIANT : Verdict.COMPLIANT;
    Map<String, String> facilityNames = new TreeMap<>();
    for (Facility f : dossier.facilities()) {
      facilityNames.putIfAbsent(f.id(), f.name());
    }
    Map<String, String> productNames = new TreeMap<>();
    for (Product p : dossier.products()) {
      productNames.putIfAbsent(p.id(), p.name());
    }
    return new ComplianceReport(
        asOf,
        dossier.partner().name(),
        messages.locale(),
        verdict,
        results,
        all,
        risk,
        facilityNames,
        productNames);
  }

  private static Finding asInfo(Finding f) {
    return f.severity() == Severity.INFO
        ? f
        : new Finding(f.requirement(), Severity.INFO, f.code(), f.subject(), f.message(), f.fix(), f.path());
  }

  private static void requireNoNullElements(Dossier d) {
    Objects.requireNonNull(d.partner(), "dossier.partner");
    noNulls(d.facilities(), "facilities");
    noNulls(d.materials(), "materials");
    noNulls(d.links(), "links");
    noNulls(d.unmappedInputs(), "unmappedInputs");
    noNulls(d.products(), "products");
    Evidence e = d.evidence();
    noNulls(e.audits(), "evidence.audits");
    noNulls(e.trainings(), "evidence.trainings");
    noNulls(e.supplierCommitments(), "evidence.supplierCommitments");
    noNulls(e.remediationCases(), "evidence.remediationCases");
    noNulls(e.engagements(), "evidence.engagements");
    noNulls(e.documents(), "evidence.documents");
  }

  private static void noNulls(List<?> list, String path) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new IllegalArgumentException(
            "dossier." + path + "[" + i + "] is null: validate the dossier before checking it");
      }
    }
  }
}
