package org.ctpat4j.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * The thresholds a {@link ComplianceChecker} judges evidence by. CBP states most forced-labor requirements without
 * numbers; each default below is ctpat4j's documented reading, with the reason for it, and every one can be overridden
 * with {@link #newBuilder()} or {@link #toBuilder()}. Immutable and thread-safe.
 *
 * <p>Evidence dated {@code d} is <em>current</em> on {@code asOf} for a maximum age {@code p} when
 * {@code d <= asOf <= d + p}: an audit of 2025-11-01 with a 12-month maximum is still current on 2026-11-01 and stale
 * on 2026-11-02.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #programReviewCycle()}</td><td>12 months</td><td>CTPAT partners review and update their Security
 *       Profile annually, and the MSC risk-assessment criteria (category 2) ask for an at least annual review; MSC 3.9
 *       evidence is uploaded with that annual profile.</td></tr>
 *   <tr><td>{@link #riskAssessmentMaxAge()}</td><td>12 months</td><td>MSC category 2: a documented risk assessment
 *       reviewed at least annually; the March 2023 CTPAT alert asks that it include forced labor.</td></tr>
 *   <tr><td>{@link #auditMaxAge()}</td><td>12 months</td><td>Trade Compliance requirement 3 names audits of high-risk
 *       supply chains; social audit schemes (SMETA, amfori BSCI) run on annual to biennial cycles, and for a facility
 *       carrying a UFLPA-level signal the shorter, annual cycle is the defensible one.</td></tr>
 *   <tr><td>{@link #trainingMaxAge()}</td><td>12 months</td><td>MSC category 12 (Education, Training and Awareness)
 *       expects recurring training; an annual refresher matches the annual profile review.</td></tr>
 *   <tr><td>{@link #engagementCycle()}</td><td>12 months</td><td>Trade Compliance requirement 6 asks for ongoing
 *       sharing and a path forward; ctpat4j expects at least one of each per annual review cycle.</td></tr>
 *   <tr><td>{@link #overdueEscalation()}</td><td>90 days</td><td>Requirement 5 asks for a remediation plan that is
 *       carried out; an action more than one quarter past its due day is no longer a delay but a plan not followed,
 *       so {@link FindingCode#ACTION_OVERDUE} (a WARNING) becomes {@link FindingCode#ACTION_LONG_OVERDUE} (an
 *       ERROR).</td></tr>
 *   <tr><td>{@link #auditThreshold()}</td><td>{@link RiskLevel#HIGH}</td><td>HIGH is the level of a UFLPA
 *       presumption, a listed entity or a WRO: the "high-risk" facilities of requirements 3 and 4.</td></tr>
 *   <tr><td>{@link #requiredRiskSources()}</td><td>UFLPA Entity List, WRO/Findings</td><td>Requirement 1: the
 *       partner should use the risk information CBP publishes; these are CBP's (and DHS's) own lists.</td></tr>
 *   <tr><td>{@link #requiredTrainingTopic()}</td><td>{@link TrainingTopic#FORCED_LABOR_INDICATORS}</td><td>Requirement
 *       3 names training on how to spot signs of forced labor; requirement 4 training that names the specific
 *       risks.</td></tr>
 *   <tr><td>{@link #minimumMappingCoverage()}</td><td>1.0</td><td>Requirement 1 asks for end-to-end mapping; any
 *       product not mapped to origin is a gap.</td></tr>
 *   <tr><td>{@link #reportNotYetDueGaps()}</td><td>true</td><td>Gaps of a requirement not yet in force are shown as
 *       INFO so the partner can prepare; they never fail the verdict.</td></tr>
 *   <tr><td>{@link #severityOverrides()}</td><td>none</td><td>Each {@link FindingCode} has its documented default
 *       severity.</td></tr>
 * </table>
 *
 * <p>Sources: the project's domain reference ({@code domain.md}, sections 1 and 2), summarizing the CTPAT Trade
 * Compliance Handbook v2 (2022-11-01), CBP's announcement of 2022-08-01, the MSC and the CTPAT alert of March 2023.
 */
public final class CompliancePolicy {

  private static final CompliancePolicy DEFAULTS = newBuilder().build();

  private final Period programReviewCycle;
  private final Period riskAssessmentMaxAge;
  private final Period auditMaxAge;
  private final Period trainingMaxAge;
  private final Period engagementCycle;
  private final Period overdueEscalation;
  private final RiskLevel auditThreshold;
  private final Set<RiskSource> requiredRiskSources;
  private final TrainingTopic requiredTrainingTopic;
  private final double minimumMappingCoverage;
  private final boolean reportNotYetDueGaps;
  private final Map<FindingCode, Severity> severityOverrides;

  private CompliancePolicy(Builder b) {
    this.programReviewCycle = b.programReviewCycle;
    this.riskAssessmentMaxAge = b.riskAssessmentMaxAge;
    this.auditMaxAge = b.auditMaxAge;
    this.trainingMaxAge = b.trainingMaxAge;
    this.engagementCycle = b.engagementCycle;
    this.overdueEscalation = b.overdueEscalation;
    this.auditThreshold = b.auditThreshold;
    this.requiredRiskSources = Collections.unmodifiableSet(EnumSet.copyOf(b.requiredRiskSources));
    this.requiredTrainingTopic = b.requiredTrainingTopic;
    this.minimumMappingCoverage = b.minimumMappingCoverage;
    this.reportNotYetDueGaps = b.reportNotYetDueGaps;
    this.severityOverrides = Collections.unmodifiableMap(new EnumMap<>(b.severityOverrides));
  }

  /**
   * Returns the default policy (see the class documentation for each value and why).
   *
   * @return the defaults; never null
   */
  public static CompliancePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialized with the defaults.
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with this policy's values.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.programReviewCycle = programReviewCycle;
    b.riskAssessmentMaxAge = riskAssessmentMaxAge;
    b.auditMaxAge = auditMaxAge;
    b.trainingMaxAge = trainingMaxAge;
    b.engagementCycle = engagementCycle;
    b.overdueEscalation = overdueEscalation;
    b.auditThreshold = auditThreshold;
    b.requiredRiskSources = EnumSet.noneOf(RiskSource.class);
    b.requiredRiskSources.addAll(requiredRiskSources);
    b.requiredTrainingTopic = requiredTrainingTopic;
    b.minimumMappingCoverage = minimumMappingCoverage;
    b.reportNotYetDueGaps = reportNotYetDueGaps;
    b.severityOverrides.putAll(severityOverrides);
    return b;
  }

  /**
   * Returns how often the social compliance program must be reviewed.
   *
   * @return the cycle; never null
   */
  public Period programReviewCycle() {
    return programReviewCycle;
  }

  /**
   * Returns the maximum age of the risk assessment.
   *
   * @return the age; never null
   */
  public Period riskAssessmentMaxAge() {
    return riskAssessmentMaxAge;
  }

  /**
   * Returns the maximum age of the audit of a high-risk facility.
   *
   * @return the age; never null
   */
  public Period auditMaxAge() {
    return auditMaxAge;
  }

  /**
   * Returns the maximum age of employee and supplier training.
   *
   * @return the age; never null
   */
  public Period trainingMaxAge() {
    return trainingMaxAge;
  }

  /**
   * Returns the cycle within which a best practice must be shared and an improvement plan made.
   *
   * @return the cycle; never null
   */
  public Period engagementCycle() {
    return engagementCycle;
  }

  /**
   * Returns how long a corrective action may be overdue before it fails the remediation requirement: within this
   * period after its due day it is {@link FindingCode#ACTION_OVERDUE}, later {@link FindingCode#ACTION_LONG_OVERDUE}.
   *
   * @return the period; never null
   */
  public Period overdueEscalation() {
    return overdueEscalation;
  }

  /**
   * Returns the facility risk level from which a facility counts as high-risk (needs an audit and supplier training).
   *
   * @return the level; never null
   */
  public RiskLevel auditThreshold() {
    return auditThreshold;
  }

  /**
   * Returns the public sources every risk assessment must have consulted.
   *
   * @return an unmodifiable set; never null
   */
  public Set<RiskSource> requiredRiskSources() {
    return requiredRiskSources;
  }

  /**
   * Returns the topic a training must cover to count as forced-labor training.
   *
   * @return the topic; never null
   */
  public TrainingTopic requiredTrainingTopic() {
    return requiredTrainingTopic;
  }

  /**
   * Returns the minimum share of products mapped to origin.
   *
   * @return a value in [0, 1]
   */
  public double minimumMappingCoverage() {
    return minimumMappingCoverage;
  }

  /**
   * Returns whether gaps of requirements that are not yet in force are reported (as INFO).
   *
   * @return {@code true} to report them
   */
  public boolean reportNotYetDueGaps() {
    return reportNotYetDueGaps;
  }

  /**
   * Returns the severities that replace codes' defaults. {@link Incubating}, as is {@link Builder#severity}.
   *
   * @return an unmodifiable map; never null
   */
  @Incubating
  public Map<FindingCode, Severity> severityOverrides() {
    return severityOverrides;
  }

  /**
   * Returns the severity of a code under this policy.
   *
   * @param code the code; never null
   * @return the overriding severity, or the code's default
   */
  public Severity severityOf(FindingCode code) {
    Objects.requireNonNull(code, "code");
    return severityOverrides.getOrDefault(code, code.defaultSeverity());
  }

  /**
   * Returns whether evidence dated {@code date} is still current on {@code asOf} for a maximum age.
   *
   * @param date the evidence's date; never null
   * @param maxAge the maximum age; never null
   * @param asOf the day of the check; never null
   * @return {@code true} when {@code date <= asOf <= date + maxAge}
   */
  public static boolean isCurrent(LocalDate date, Period maxAge, LocalDate asOf) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(asOf, "asOf");
    return !date.isAfter(asOf) && !date.plus(maxAge).isBefore(asOf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompliancePolicy p
        && programReviewCycle.equals(p.programReviewCycle)
        && riskAssessmentMaxAge.equals(p.riskAssessmentMaxAge)
        && auditMaxAge.equals(p.auditMaxAge)
        && trainingMaxAge.equals(p.trainingMaxAge)
        && engagementCycle.equals(p.engagementCycle)
        && overdueEscalation.equals(p.overdueEscalation)
        && auditThreshold == p.auditThreshold
        && requiredRiskSources.equals(p.requiredRiskSources)
        && requiredTrainingTopic == p.requiredTrainingTopic
        && Double.compare(minimumMappingCoverage, p.minimumMappingCoverage) == 0
        && reportNotYetDueGaps == p.reportNotYetDueGaps
        && severityOverrides.equals(p.severityOverrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        programReviewCycle,
        riskAssessmentMaxAge,
        auditMaxAge,
        trainingMaxAge,
        engagementCycle,
        overdueEscalation,
        auditThreshold,
        requiredRiskSources,
        requiredTrainingTopic,
        minimumMappingCoverage,
        reportNotYetDueGaps,
        severityOverrides);
  }

  @Override
  public String toString() {
    return "CompliancePolicy{programReviewCycle=" + programReviewCycle
        + ", riskAssessmentMaxAge=" + riskAssessmentMaxAge
        + ", auditMaxAge=" + auditMaxAge
        + ", trainingMaxAge=" + trainingMaxAge
        + ", engagementCycle=" + engagementCycle
        + ", overdueEscalation=" + overdueEscalation
        + ", auditThreshold=" + auditThreshold
        + ", requiredRiskSources=" + requiredRiskSources
        + ", requiredTrainingTopic=" + requiredTrainingTopic
        + ", minimumMappingCoverage=" + minimumMappingCoverage
        + ", reportNotYetDueGaps=" + reportNotYetDueGaps
        + ", severityOverrides=" + severityOverrides + "}";
  }

  /** Builds a {@link CompliancePolicy}; starts from the defaults. Not thread-safe. */
  public static final class Builder {

    private static final Period TWELVE_MONTHS = Period.ofMonths(12);

    private Period programReviewCycle = TWELVE_MONTHS;
    private Period riskAssessmentMaxAge = TWELVE_MONTHS;
    private Period auditMaxAge = TWELVE_MONTHS;
    private Period trainingMaxAge = TWELVE_MONTHS;
    private Period engagementCycle = TWELVE_MONTHS;
    private Period overdueEscalation = Period.ofDays(90);
    private RiskLevel auditThreshold = RiskLevel.HIGH;
    private EnumSet<RiskSource> requiredRiskSources =
        EnumSet.of(RiskSource.UFLPA_ENTITY_LIST, RiskSource.WRO_FINDINGS);
    private TrainingTopic requiredTrainingTopic = TrainingTopic.FORCED_LABOR_INDICATORS;
    private double minimumMappingCoverage = 1.0;
    private boolean reportNotYetDueGaps = true;
    private final Map<FindingCode, Severity> severityOverrides = new EnumMap<>(FindingCode.class);

    private Builder() {}

    /**
     * Sets how often the social compliance program must be reviewed.
     *
     * @param cycle a positive period; never null
     * @return this builder
     */
    public Builder programReviewCycle(Period cycle) {
      this.programReviewCycle = positive(cycle, "programReviewCycle");
      return this;
    }

    /**
     * Sets the maximum age of the risk assessment.
     *
     * @param maxAge a positive period; never null
     * @return this builder
     */
    public Builder riskAssessmentMaxAge(Period maxAge) {
      this.riskAssessmentMaxAge = positive(maxAge, "riskAssessmentMaxAge");
      return this;
    }

    /**
     * Sets the maximum age of the audit of a high-risk facility.
     *
     * @param maxAge a positive period; never null
     * @return this builder
     */
    public Builder auditMaxAge(Period maxAge) {
      this.auditMaxAge = positive(maxAge, "auditMaxAge");
      return this;
    }

    /**
     * Sets the maximum age of employee and supplier training.
     *
     * @param maxAge a positive period; never null
     * @return this builder
     */
    public Builder trainingMaxAge(Period maxAge) {
      this.trainingMaxAge = positive(maxAge, "trainingMaxAge");
      return this;
    }

    /**
     * Sets the cycle for sharing best practices and making an improvement plan.
     *
     * @param cycle a positive period; never null
     * @return this builder
     */
    public Builder engagementCycle(Period cycle) {
      this.engagementCycle = positive(cycle, "engagementCycle");
      return this;
    }

    /**
     * Sets how long a corrective action may be overdue before it fails the remediation requirement.
     *
     * @param period a positive period; never null
     * @return this builder
     */
    public Builder overdueEscalation(Period period) {
      this.overdueEscalation = positive(period, "overdueEscalation");
      return this;
    }

    /**
     * Sets the facility risk level from which a facility counts as high-risk.
     *
     * @param level the level; never null
     * @return this builder
     */
    public Builder auditThreshold(RiskLevel level) {
      this.auditThreshold = Objects.requireNonNull(level, "auditThreshold");
      return this;
    }

    /**
     * Sets the public sources every risk assessment must have consulted.
     *
     * @param sources the sources; never null, possibly empty
     * @return this builder
     */
    public Builder requiredRiskSources(Set<RiskSource> sources) {
      Objects.requireNonNull(sources, "requiredRiskSources");
      EnumSet<RiskSource> copy = EnumSet.noneOf(RiskSource.class);
      for (RiskSource s : sources) {
        copy.add(Objects.requireNonNull(s, "requiredRiskSources element"));
      }
      this.requiredRiskSources = copy;
      return this;
    }

    /**
     * Sets the topic a training must cover to count as forced-labor training.
     *
     * @param topic the topic; never null
     * @return this builder
     */
    public Builder requiredTrainingTopic(TrainingTopic topic) {
      this.requiredTrainingTopic = Objects.requireNonNull(topic, "requiredTrainingTopic");
      return this;
    }

    /**
     * Sets the minimum share of products mapped to origin.
     *
     * @param coverage a value in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the value is outside [0, 1]
     */
    public Builder minimumMappingCoverage(double coverage) {
      if (!(coverage >= 0.0 && coverage <= 1.0)) {
        throw new IllegalArgumentException("minimumMappingCoverage must be in [0, 1]: " + coverage);
      }
      this.minimumMappingCoverage = coverage;
      return this;
    }

    /**
     * Sets whether gaps of requirements not yet in force are reported as INFO.
     *
     * @param report {@code true} to report them
     * @return this builder
     */
    public Builder reportNotYetDueGaps(boolean report) {
      this.reportNotYetDueGaps = report;
      return this;
    }

    /**
     * Overrides the severity of a finding code (for example to accept a stale audit as a warning).
     *
     * <p>{@link Incubating}: whether an override may lower a finding that blocks the verdict (for example a gap on
     * a facility with a UFLPA-level signal) is not settled, and the set of finding codes may still change.
     *
     * @param code the code; never null
     * @param severity its severity under this policy; never null
     * @return this builder
     */
    @Incubating
    public Builder severity(FindingCode code, Severity severity) {
      severityOverrides.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return a new immutable policy; never null
     */
    public CompliancePolicy build() {
      return new CompliancePolicy(this);
    }

    private static Period positive(Period p, String name) {
      Objects.requireNonNull(p, name);
      if (p.isNegative() || p.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + p);
      }
      return p;
    }
  }
}
