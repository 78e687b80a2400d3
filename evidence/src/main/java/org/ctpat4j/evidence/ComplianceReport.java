package org.ctpat4j.evidence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ListCoverage;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.Admissibility;

/**
 * The outcome of checking one dossier as of one day: the in-memory form of the {@code ctpat4j-report/1} contract.
 *
 * <p>Invariants (checked on construction): {@link #verdict()} is {@link Verdict#NOT_COMPLIANT} exactly when some
 * finding is an {@link Severity#ERROR}, findings are in {@link Finding#ORDER}, and the risk assessment is of the day
 * the partner was judged at ({@code risk().asOf()} equals {@link #asOf()}), so that the report alone says what was
 * known when.
 *
 * @param asOf the day the partner was judged at; never null
 * @param partnerName the partner's name; never null
 * @param locale the language of the messages; never null
 * @param verdict the verdict; never null
 * @param requirements one result per requirement of the catalog, in requirement order; never null
 * @param findings the findings in {@link Finding#ORDER}; never null
 * @param risk the risk assessment the report is based on, as of {@code asOf}; never null
 * @param facilityNames the names of the dossier's facilities by id (for readable paths); never null
 * @param productNames the names of the dossier's products by id; never null
 */
public record ComplianceReport(
    LocalDate asOf,
    String partnerName,
    Locale locale,
    Verdict verdict,
    List<RequirementResult> requirements,
    List<Finding> findings,
    RiskResult risk,
    Map<String, String> facilityNames,
    Map<String, String> productNames) {

  /** The format identifier of the JSON form of a report. */
  public static final String FORMAT = "ctpat4j-report/1";

  /**
   * Checks the arguments and the verdict invariant, and copies the collections.
   *
   * @throws IllegalArgumentException if the verdict does not match the findings, findings are out of order, or the
   *     risk assessment is of another day
   *
   * @param asOf see {@link #asOf()}
   * @param partnerName see {@link #partnerName()}
   * @param locale see {@link #locale()}
   * @param verdict see {@link #verdict()}
   * @param requirements see {@link #requirements()}
   * @param findings see {@link #findings()}
   * @param risk see {@link #risk()}
   * @param facilityNames see {@link #facilityNames()}
   * @param productNames see {@link #productNames()}
   */
  public ComplianceReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(risk, "risk");
    if (!risk.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "the risk assessment is as of " + risk.asOf() + " but the report is as of " + asOf + ": assess both on one day");
    }
    requirements = List.copyOf(requirements);
    findings = List.copyOf(findings);
    facilityNames = Collections.unmodifiableMap(new TreeMap<>(facilityNames));
    productNames = Collections.unmodifiableMap(new TreeMap<>(productNames));
    boolean anyError = findings.stream().anyMatch(Finding::isError);
    if (anyError != (verdict == Verdict.NOT_COMPLIANT)) {
      throw new IllegalArgumentException(
          "verdict " + verdict + " contradicts the findings: " + (anyError ? "an" : "no") + " ERROR finding");
    }
    for (int i = 1; i < findings.size(); i++) {
      if (Finding.ORDER.compare(findings.get(i - 1), findings.get(i)) > 0) {
        throw new IllegalArgumentException("findings are not in report order at index " + i);
      }
    }
  }

  /**
   * Returns whether the partner is compliant.
   *
   * @return {@code true} when the verdict is {@link Verdict#COMPLIANT}
   */
  public boolean isCompliant() {
    return verdict == Verdict.COMPLIANT;
  }

  /**
   * Returns the result for one requirement.
   *
   * @param requirement the requirement; never null
   * @return its result, or empty when the catalog used did not define it
   */
  public Optional<RequirementResult> requirement(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    return requirements.stream().filter(r -> r.requirement() == requirement).findFirst();
  }

  /**
   * Returns the status of one requirement.
   *
   * @param requirement the requirement; never null
   * @return its status, or {@link RequirementStatus#NOT_APPLICABLE} when the catalog used did not define it
   */
  public RequirementStatus status(Requirement requirement) {
    return requirement(requirement).map(RequirementResult::status).orElse(RequirementStatus.NOT_APPLICABLE);
  }

  /**
   * Returns the findings about one requirement, in report order.
   *
   * @param requirement the requirement; never null
   * @return the findings; never null
   */
  public List<Finding> findings(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    return findings.stream().filter(f -> f.requirement() == requirement).toList();
  }

  /**
   * Returns the findings of one severity, in report order.
   *
   * @param severity the severity; never null
   * @return the findings; never null
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity; never null
   * @return the count
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the second answer of every report: would CBP be expected to detain the partner's goods? The worst
   * admissibility over the products ({@link Admissibility#CLEAR} when there are none). It is computed for every
   * partner, whatever its memberships: a compliant program does not make goods admissible, and the verdict never hides
   * this answer.
   *
   * @return the worst admissibility over the products; never null
   */
  public Admissibility admissibility() {
    Admissibility worst = Admissibility.CLEAR;
    for (ProductExposure p : risk.products()) {
      worst = Admissibility.worst(worst, p.admissibility());
    }
    return worst;
  }

  /**
   * Returns the admissibility of one product.
   *
   * @param productId the product id; never null
   * @return the product's answer, or empty when the report has no such product; never null
   */
  public Optional<Admissibility> admissibility(String productId) {
    return risk.product(productId).map(ProductExposure::admissibility);
  }

  /**
   * Returns the products with an answer at least as bad as the given one, in product order.
   *
   * @param atLeast the threshold, for example {@link Admissibility#WRO_DETAINED} for every product that would be
   *     stopped; never null
   * @return the products; never null
   */
  public List<ProductExposure> products(Admissibility atLeast) {
    Objects.requireNonNull(atLeast, "atLeast");
    return risk.products().stream().filter(p -> p.admissibility().compareTo(atLeast) <= 0).toList();
  }

  /**
   * Returns the share of products mapped to origin, from the risk assessment.
   *
   * @return the coverage in [0, 1]
   */
  public double mappingCoverage() {
    return risk.mappingCoverage();
  }

  /**
   * Returns the reference-data editions the risk assessment used.
   *
   * @return the editions; never null
   */
  public List<ReferenceDataVersion> referenceData() {
    return risk.referenceData();
  }

  /**
   * Returns how much of each official list the reference data held and how current it was: edition, rows, the size
   * of the official list where known, the date of the newest entry and what is missing. Empty for a report read back
   * from JSON that does not record it.
   *
   * @return one entry per list with known coverage, in {@link #referenceData()} order; never null
   */
  public List<ListCoverage> referenceCoverage() {
    return risk.referenceCoverage();
  }

  /**
   * Returns the reference lists that are partial: a report based on them must say so.
   *
   * @return the partial editions; never null
   */
  public List<ReferenceDataVersion> partialReferenceData() {
    return risk.referenceData().stream().filter(r -> !r.complete()).toList();
  }
}
