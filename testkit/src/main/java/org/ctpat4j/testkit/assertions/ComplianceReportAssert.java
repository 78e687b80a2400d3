package org.ctpat4j.testkit.assertions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * Assertions on a {@link ComplianceReport}. Failure messages print the part of the report that matters, capped at 20
 * entries: the ERROR findings when the verdict is wrong, the findings of a requirement when its status is wrong, the
 * findings with the code asked for when a subject or severity is wrong. Each finding prints as
 * {@code SEVERITY CODE subject [REQUIREMENT, path]: message}.
 *
 * <pre>{@code
 * assertThat(report).isNotCompliant()
 *     .hasFinding(Requirement.REMEDIATION_PLAN, "REMEDIATION_PLAN_NO_CBP_DISCLOSURE").and()
 *     .hasFinding(FindingCode.SUPPLIER_COMMITMENT_MISSING).withSubject("facility:f2").withSeverity(Severity.ERROR).and()
 *     .hasNoFinding(FindingCode.COC_MISSING)
 *     .requirement(Requirement.CODE_OF_CONDUCT).isMet().and()
 *     .hasProductAtLevel("p1", RiskLevel.HIGH);
 * }</pre>
 *
 * <p>Codes given as strings must be names of {@link FindingCode}: a misspelt code is a mistake in the test, reported
 * with {@link IllegalArgumentException} rather than as a failed assertion that could never pass.
 */
public final class ComplianceReportAssert extends AbstractAssert<ComplianceReportAssert, ComplianceReport> {

  /**
   * Creates the assertion; use {@link CtpatAssertions#assertThat(ComplianceReport)}.
   *
   * @param actual the report, or {@code null} (which fails every assertion)
   */
  public ComplianceReportAssert(ComplianceReport actual) {
    super(actual, ComplianceReportAssert.class);
  }

  /**
   * Checks that the verdict is {@link Verdict#COMPLIANT}. The failure message lists the ERROR findings.
   *
   * @return this assertion
   */
  public ComplianceReportAssert isCompliant() {
    isNotNull();
    if (actual.verdict() != Verdict.COMPLIANT) {
      failWithMessage(
          "%s", "Expecting the report to be COMPLIANT but was " + actual.verdict() + " with " + Describe.findings(actual, Severity.ERROR));
    }
    return this;
  }

  /**
   * Checks that the verdict is {@link Verdict#NOT_COMPLIANT}. The failure message lists the WARNING findings, which
   * are what a test usually expected to be errors.
   *
   * @return this assertion
   */
  public ComplianceReportAssert isNotCompliant() {
    isNotNull();
    if (actual.verdict() != Verdict.NOT_COMPLIANT) {
      failWithMessage(
          "%s",
          "Expecting the report to be NOT_COMPLIANT but was " + actual.verdict() + " (no ERROR finding) with "
              + Describe.findings(actual, Severity.WARNING) + "\nrequirements:\n" + Describe.requirements(actual));
    }
    return this;
  }

  /**
   * Checks the verdict.
   *
   * @param verdict the expected verdict; never null
   * @return this assertion
   */
  public ComplianceReportAssert hasVerdict(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return verdict == Verdict.COMPLIANT ? isCompliant() : isNotCompliant();
  }

  /**
   * Checks that no finding is an {@link Severity#ERROR}; the failure message lists them.
   *
   * @return this assertion
   */
  public ComplianceReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = actual.findings(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("%s", "Expecting no ERROR finding but found " + Describe.findings(actual, Severity.ERROR));
    }
    return this;
  }

  /**
   * Checks that the distinct codes of the {@link Severity#ERROR} findings are exactly the given ones, in any order
   * and however many findings each has.
   *
   * @param codes the expected codes; none means no ERROR finding; never null
   * @return this assertion
   */
  public ComplianceReportAssert hasErrorCodesExactly(FindingCode... codes) {
    Objects.requireNonNull(codes, "codes");
    isNotNull();
    TreeSet<FindingCode> expected = new TreeSet<>(Arrays.asList(codes));
    TreeSet<FindingCode> found =
        actual.findings(Severity.ERROR).stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    if (!found.equals(expected)) {
      TreeSet<FindingCode> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      TreeSet<FindingCode> extra = new TreeSet<>(found);
      extra.removeAll(expected);
      failWithMessage(
          "%s",
          "Expecting exactly the ERROR codes " + expected + " but found " + found + "\n  missing: " + missing
              + "\n  unexpected: " + extra + "\n" + Describe.findings(actual, Severity.ERROR));
    }
    return this;
  }

  /**
   * Checks that some finding has the code, under any requirement, and moves on to the findings with that code.
   *
   * @param code the code; never null
   * @return assertions on the findings with that code
   */
  public FindingAssert hasFinding(FindingCode code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    List<Finding> matching = actual.findings().stream().filter(f -> f.code() == code).toList();
    if (matching.isEmpty()) {
      Requirement where = code.requirement().orElse(null);
      failWithMessage(
          "%s",
          "Expecting a " + code + " finding but there is none; "
              + (where == null
                  ? "the findings are:\n" + Describe.findings(actual.findings())
                  : where + " is " + actual.status(where) + " with findings:\n" + Describe.findings(actual.findings(where))));
    }
    return new FindingAssert(matching, code.name(), this);
  }

  /**
   * Checks that some finding about a requirement has the code, and moves on to those findings.
   *
   * @param requirement the requirement; never null
   * @param code the code; never null
   * @return assertions on the findings of that requirement with that code
   * @throws IllegalArgumentException if the code is never raised under that requirement (it belongs to another one)
   */
  public FindingAssert hasFinding(Requirement requirement, FindingCode code) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(code, "code");
    requireRaisedUnder(requirement, code);
    isNotNull();
    List<Finding> ofRequirement = actual.findings(requirement);
    List<Finding> matching = ofRequirement.stream().filter(f -> f.code() == code).toList();
    if (matching.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting a " + code + " finding about " + requirement + " but there is none; " + requirement + " is "
              + actual.status(requirement) + " with findings:\n" + Describe.findings(ofRequirement));
    }
    return new FindingAssert(matching, requirement + "/" + code, this);
  }

  /**
   * Checks that some finding about a requirement has the code named, and moves on to those findings.
   *
   * @param requirement the requirement; never null
   * @param code the name of a {@link FindingCode}, for example {@code "REMEDIATION_PLAN_NO_CBP_DISCLOSURE"}; never null
   * @return assertions on the findings of that requirement with that code
   * @throws IllegalArgumentException if no finding code has that name (the message lists the requirement's codes), or
   *     the code is never raised under that requirement
   */
  public FindingAssert hasFinding(Requirement requirement, String code) {
    Objects.requireNonNull(requirement, "requirement");
    return hasFinding(requirement, codeNamed(code, requirement));
  }

  /**
   * Checks that no finding has the code.
   *
   * @param code the code; never null
   * @return this assertion
   */
  public ComplianceReportAssert hasNoFinding(FindingCode code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    List<Finding> found = actual.findings().stream().filter(f -> f.code() == code).toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "%s", "Expecting no " + code + " finding but found " + found.size() + ":\n" + Describe.findings(found));
    }
    return this;
  }

  /**
   * Checks that no finding has the code named.
   *
   * @param code the name of a {@link FindingCode}; never null
   * @return this assertion
   * @throws IllegalArgumentException if no finding code has that name
   */
  public ComplianceReportAssert hasNoFinding(String code) {
    return hasNoFinding(codeNamed(code, null));
  }

  /**
   * Checks that the report has a result for the requirement and moves on to it.
   *
   * @param requirement the requirement; never null
   * @return assertions on the requirement's result
   */
  public RequirementResultAssert requirement(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    isNotNull();
    Optional<RequirementResult> result = actual.requirement(requirement);
    if (result.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting a result for " + requirement + " but the catalog used did not define it; requirements:\n"
              + Describe.requirements(actual));
    }
    return new RequirementResultAssert(result.get(), this);
  }

  /**
   * Checks the exposure level of a product in the report's risk assessment.
   *
   * @param productId the product id; never null
   * @param level the expected level; never null
   * @return this assertion
   */
  public ComplianceReportAssert hasProductAtLevel(String productId, RiskLevel level) {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(level, "level");
    isNotNull();
    Optional<ProductExposure> p = actual.risk().product(productId);
    if (p.isEmpty() || p.get().level() != level) {
      failWithMessage(
          "%s",
          "Expecting product " + productId + " at " + level + " but "
              + p.map(e -> "was:\n  " + Describe.product(e)).orElse("the report has no such product")
              + "\nproducts:\n" + Describe.products(actual.risk()));
    }
    return this;
  }

  /**
   * Checks that no product is exposed at or above a level.
   *
   * @param level the level; never null
   * @return this assertion
   */
  public ComplianceReportAssert hasNoProductAtLeast(RiskLevel level) {
    risk().hasNoProductAtLeast(level);
    return this;
  }

  /**
   * Moves on to the report's risk assessment.
   *
   * @return assertions on the risk result
   */
  public RiskResultAssert risk() {
    isNotNull();
    return new RiskResultAssert(actual.risk());
  }

  private static void requireRaisedUnder(Requirement requirement, FindingCode code) {
    code.requirement()
        .filter(r -> r != requirement)
        .ifPresent(
            r -> {
              throw new IllegalArgumentException(
                  code + " is raised under " + r + ", never under " + requirement
                      + "; use hasFinding(" + r + ", " + code + ") or hasFinding(" + code + ")");
            });
  }

  private static FindingCode codeNamed(String code, Requirement requirement) {
    Objects.requireNonNull(code, "code");
    try {
      return FindingCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String known =
          Arrays.stream(FindingCode.values())
              .filter(c -> requirement == null || c.requirement().isEmpty() || c.requirement().get() == requirement)
              .map(FindingCode::name)
              .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(
          "no finding code is named '" + code + "'; the codes"
              + (requirement == null ? "" : " of " + requirement) + " are: " + known, e);
    }
  }
}
