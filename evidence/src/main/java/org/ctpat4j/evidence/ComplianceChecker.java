package org.ctpat4j.evidence;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.ctpat4j.core.RequirementCatalog;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.evidence.internal.Engine;
import org.ctpat4j.evidence.internal.Messages;
import org.ctpat4j.risk.RiskAssessor;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;

/**
 * Checks a dossier against every forced-labor requirement as of a day and returns a {@link ComplianceReport}. Build one
 * with {@link #newBuilder()} and reuse it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * ComplianceChecker checker = ComplianceChecker.newBuilder()
 *     .policy(CompliancePolicy.newBuilder().auditMaxAge(Period.ofMonths(18)).build())
 *     .riskAssessor(assessor)
 *     .build();
 * ComplianceReport report = checker.check(dossier, LocalDate.of(2026, 11, 1));
 * }</pre>
 *
 * <p>There is one check per requirement (a closed set); the codes each raises are listed in {@link FindingCode}.
 * Applicability and effective dates come from the {@link RequirementCatalog}. Messages come from the resource bundle
 * {@code org.ctpat4j.evidence.messages} (English, Spanish); a host application adds a language, or rewords one, with
 * {@link Builder#messages(ResourceBundle)} (keys it does not define fall back to ctpat4j's bundle).
 */
public final class ComplianceChecker {

  private final CompliancePolicy policy;
  private final RequirementCatalog catalog;
  private final RiskAssessor riskAssessor;
  private final Locale locale;
  private final Engine engine;

  private ComplianceChecker(Builder b) {
    this.policy = b.policy;
    this.catalog = b.catalog;
    this.riskAssessor = b.riskAssessor == null ? RiskEngine.standard() : b.riskAssessor;
    this.locale = b.locale;
    this.engine = new Engine(policy, catalog, Messages.of(locale, b.messages));
  }

  /**
   * Returns a builder with the default policy, the standard catalog, English messages and the standard risk engine
   * ({@link RiskEngine#standard()}: every built-in rule on the bundled reference data).
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Checks a dossier as of a day, assessing its risk with the configured {@link RiskAssessor}.
   *
   * <p>The dossier is judged as it stood on that day ({@link Dossier#cutTo(LocalDate)}): audits, trainings, reviews,
   * code of conduct versions and documents of a later day do not count, so a day in the past is judged with the
   * documents of the past, and the report is the same as for the dossier cut to that day.
   *
   * @param dossier a validated dossier; never null
   * @param asOf the day the partner is judged at; never null
   * @return the report; never null
   * @throws IllegalArgumentException if the dossier has null elements in its lists
   */
  public ComplianceReport check(Dossier dossier, LocalDate asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    Dossier asItStood = dossier.cutTo(asOf);
    RiskResult risk = Objects.requireNonNull(riskAssessor.assess(asItStood, asOf), "riskAssessor returned null");
    return engine.check(asItStood, risk, asOf);
  }

  /**
   * Checks a dossier as of the day it names ({@link Dossier#asOf()}), like {@link #check(Dossier, LocalDate)}: its risk
   * is assessed with the configured {@link RiskAssessor}, the standard risk engine unless the builder set another.
   *
   * @param dossier a validated dossier with an {@code asOf}; never null
   * @return the report; never null
   * @throws IllegalArgumentException if the dossier names no day, or has null elements in its lists
   */
  public ComplianceReport check(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    if (dossier.asOf() == null) {
      throw new IllegalArgumentException("the dossier has no asOf: pass the day explicitly");
    }
    return check(dossier, dossier.asOf());
  }

  /**
   * Checks a dossier as of a day with a risk assessment made by the caller. The dossier is judged as it stood on that
   * day ({@link Dossier#cutTo(LocalDate)}); the risk should have been assessed on the same cut.
   *
   * @param dossier a validated dossier; never null
   * @param risk the dossier's risk assessment as of {@code asOf}; never null
   * @param asOf the day the partner is judged at; never null
   * @return the report; never null
   * @throws IllegalArgumentException if the risk was assessed as of another day, or the dossier has null elements
   */
  public ComplianceReport check(Dossier dossier, RiskResult risk, LocalDate asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(asOf, "asOf");
    if (!risk.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "the risk result was assessed as of " + risk.asOf() + " but the dossier is checked as of " + asOf);
    }
    return engine.check(dossier.cutTo(asOf), risk, asOf);
  }

  /**
   * Returns the policy.
   *
   * @return the policy; never null
   */
  public CompliancePolicy policy() {
    return policy;
  }

  /**
   * Returns the requirement catalog.
   *
   * @return the catalog; never null
   */
  public RequirementCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the risk assessor.
   *
   * @return the assessor; never null
   */
  public RiskAssessor riskAssessor() {
    return riskAssessor;
  }

  /**
   * Returns the language of the reports.
   *
   * @return the locale; never null
   */
  public Locale locale() {
    return locale;
  }

  /** Builds a {@link ComplianceChecker}. Not thread-safe. */
  public static final class Builder {

    private CompliancePolicy policy = CompliancePolicy.defaults();
    private RequirementCatalog catalog = RequirementCatalog.standard();
    private RiskAssessor riskAssessor;
    private Locale locale = Locale.ENGLISH;
    private ResourceBundle messages;

    private Builder() {}

    /**
     * Sets the policy.
     *
     * @param policy the policy; never null
     * @return this builder
     */
    public Builder policy(CompliancePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the requirement catalog.
     *
     * @param catalog the catalog; never null
     * @return this builder
     */
    public Builder catalog(RequirementCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the risk assessor used by {@link ComplianceChecker#check(Dossier, LocalDate)}; by default the standard
     * risk engine.
     *
     * @param riskAssessor the assessor; never null
     * @return this builder
     */
    public Builder riskAssessor(RiskAssessor riskAssessor) {
      this.riskAssessor = Objects.requireNonNull(riskAssessor, "riskAssessor");
      return this;
    }

    /**
     * Sets the language of messages and rendered reports (English by default; Spanish is bundled). The JVM's default
     * locale is never used.
     *
     * @param locale the locale; never null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets a host bundle whose keys take precedence over ctpat4j's bundle (to add a language or reword a message).
     * Its values must be {@link java.text.MessageFormat} patterns with the same parameters as ctpat4j's.
     *
     * @param messages the bundle; never null
     * @return this builder
     */
    public Builder messages(ResourceBundle messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return a new checker; never null
     * @throws java.util.MissingResourceException if ctpat4j's message bundle cannot be read
     */
    public ComplianceChecker build() {
      return new ComplianceChecker(this);
    }
  }
}
