package org.ctpat4j.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The requirement catalog: the one place where every requirement's source, applicability and effective date is
 * encoded. A change in CBP guidance is a change of one line in {@link #standard()}; a host application that needs a
 * different reading builds its own catalog with {@link #of(Collection)} or {@link #with(RequirementDefinition)}.
 *
 * <p>Sources (see the project's {@code domain.md}, sections 1 and 2):
 *
 * <ul>
 *   <li>MSC 3.9, CTPAT Minimum Security Criteria, Business Partners category: a documented social compliance program;
 *       added as a "Should" and a "Must" from 2023-01-01. Applies to importers and, per CBP's March 2023 CTPAT alert,
 *       to exporters and foreign manufacturers (applicability table marked "to verify" in the domain reference).
 *   <li>CTPAT Trade Compliance Handbook v2 (2022-11-01) and CBP's announcement of 2022-08-01: six forced-labor
 *       requirements; partners already in the program had until 2023-08-01, new applicants must comply from the day
 *       they apply. Trade Compliance is open to U.S. (and Canadian resident) importers only.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RequirementCatalog {

  /** The day CBP announced the six Trade Compliance forced-labor requirements. */
  public static final LocalDate TRADE_COMPLIANCE_ANNOUNCED = LocalDate.of(2022, 8, 1);

  /** The end of the grace period for partners already in Trade Compliance on the announcement day. */
  public static final LocalDate TRADE_COMPLIANCE_DEADLINE = LocalDate.of(2023, 8, 1);

  /** The day MSC 3.9 became a "Must". */
  public static final LocalDate MSC_3_9_MUST_FROM = LocalDate.of(2023, 1, 1);

  private static final Citation MSC_3_9 =
      new Citation(
          "CBP, CTPAT Minimum Security Criteria, criterion 3.9 (Business Partners); CTPAT alert on forced labor",
          LocalDate.of(2023, 3, 22),
          "https://www.cbp.gov/border-security/ports-entry/cargo-security/ctpat",
          "Must from 2023-01-01; applicability beyond importers per the March 2023 CTPAT alert [verify]");

  private static final Citation TC_HANDBOOK =
      new Citation(
          "CBP, CTPAT Trade Compliance Handbook v2, forced-labor requirements",
          LocalDate.of(2022, 11, 1),
          "https://www.cbp.gov/border-security/ports-entry/cargo-security/ctpat/trade-compliance",
          "Announced 2022-08-01; existing partners by 2023-08-01, new applicants from application");

  private static final RequirementCatalog STANDARD =
      of(
          List.of(
              new RequirementDefinition(
                  Requirement.SOCIAL_COMPLIANCE_PROGRAM,
                  "Social compliance program (MSC 3.9)",
                  "Keep a documented social compliance program that, at a minimum, explains how the company makes"
                      + " sure goods imported into the U.S. were not mined, produced or manufactured, wholly or in"
                      + " part, with forced, imprisoned, indentured or indentured child labor.",
                  MSC_3_9,
                  Program.SECURITY,
                  EnumSet.of(
                      BusinessEntityType.US_IMPORTER,
                      BusinessEntityType.US_EXPORTER,
                      BusinessEntityType.MEXICAN_MANUFACTURER,
                      BusinessEntityType.CANADIAN_MANUFACTURER,
                      BusinessEntityType.FOREIGN_MANUFACTURER),
                  new RequirementDefinition.EffectiveDate.Fixed(MSC_3_9_MUST_FROM)),
              tradeCompliance(
                  Requirement.RISK_BASED_MAPPING,
                  "Risk-based mapping",
                  "Map the business and supply chains end to end (suppliers, regions, tiers), focusing on the regions"
                      + " and suppliers at highest risk of forced labor and using CBP's public risk information;"
                      + " unredacted proof of the mapping must be available to CBP on request."),
              tradeCompliance(
                  Requirement.CODE_OF_CONDUCT,
                  "Code of conduct",
                  "A written code of conduct against forced labor anywhere in the supply chain, backed by policies and"
                      + " procedures, uploaded to the CTPAT portal and made public."),
              tradeCompliance(
                  Requirement.EVIDENCE_OF_IMPLEMENTATION,
                  "Evidence of implementation",
                  "Show the social compliance program runs: employee training on forced-labor indicators and"
                      + " mechanisms, such as audits of high-risk supply chains, showing the supply chain is free of"
                      + " forced labor."),
              tradeCompliance(
                  Requirement.DUE_DILIGENCE_AND_TRAINING,
                  "Due diligence and training",
                  "Tell suppliers the forced-labor requirements, including that the company will not do business"
                      + " with anyone using forced labor, and train them on the specific risks; proof of supplier"
                      + " training must be available to CBP on request."),
              tradeCompliance(
                  Requirement.REMEDIATION_PLAN,
                  "Remediation plan",
                  "A documented plan for what happens when forced labor is found in the supply chain, including how"
                      + " the company discloses it to CBP."),
              tradeCompliance(
                  Requirement.SHARED_BEST_PRACTICES,
                  "Shared best practices and path forward",
                  "Share lessons and good practices with CBP and the trade community and describe how the program"
                      + " will keep improving.")));

  private final Map<Requirement, RequirementDefinition> definitions;

  private RequirementCatalog(Map<Requirement, RequirementDefinition> definitions) {
    this.definitions = definitions;
  }

  private static RequirementDefinition tradeCompliance(Requirement id, String title, String summary) {
    return new RequirementDefinition(
        id,
        title,
        summary,
        TC_HANDBOOK,
        Program.TRADE_COMPLIANCE,
        EnumSet.of(BusinessEntityType.US_IMPORTER),
        new RequirementDefinition.EffectiveDate.GracePeriod(TRADE_COMPLIANCE_ANNOUNCED, TRADE_COMPLIANCE_DEADLINE));
  }

  /**
   * Returns the catalog as ctpat4j reads CBP's guidance today.
   *
   * @return the standard catalog; never null
   */
  public static RequirementCatalog standard() {
    return STANDARD;
  }

  /**
   * Returns a catalog of exactly the given definitions.
   *
   * @param definitions one definition per requirement, each requirement at most once
   * @return a new catalog; never null
   * @throws IllegalArgumentException if a requirement is defined twice
   */
  public static RequirementCatalog of(Collection<RequirementDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    Map<Requirement, RequirementDefinition> map = new EnumMap<>(Requirement.class);
    for (RequirementDefinition d : definitions) {
      Objects.requireNonNull(d, "definition");
      if (map.put(d.requirement(), d) != null) {
        throw new IllegalArgumentException("requirement " + d.requirement() + " is defined twice");
      }
    }
    return new RequirementCatalog(map);
  }

  /**
   * Returns a copy of this catalog with one definition added or replaced.
   *
   * @param definition the new definition; never null
   * @return a new catalog; never null
   */
  public RequirementCatalog with(RequirementDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Map<Requirement, RequirementDefinition> map = new EnumMap<>(Requirement.class);
    map.putAll(definitions);
    map.put(definition.requirement(), definition);
    return new RequirementCatalog(map);
  }

  /**
   * Returns the definitions in requirement order.
   *
   * @return an unmodifiable list; never null
   */
  public List<RequirementDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /**
   * Returns the definition of a requirement.
   *
   * @param requirement the requirement; never null
   * @return its definition; never null
   * @throws IllegalArgumentException if this catalog does not define it
   */
  public RequirementDefinition definition(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    RequirementDefinition d = definitions.get(requirement);
    if (d == null) {
      throw new IllegalArgumentException("requirement " + requirement + " is not in this catalog");
    }
    return d;
  }

  /**
   * Returns the definition of a requirement, if this catalog has one.
   *
   * @param requirement the requirement; never null
   * @return its definition, or empty
   */
  public Optional<RequirementDefinition> find(Requirement requirement) {
    return Optional.ofNullable(definitions.get(Objects.requireNonNull(requirement, "requirement")));
  }

  /**
   * Answers, for every requirement in the catalog, whether it binds the partner on the given day.
   *
   * @param partner the partner; never null
   * @param date the day the partner is judged at; never null
   * @return one answer per requirement, in requirement order; never null
   */
  public List<RequirementApplicability> applicability(Partner partner, LocalDate date) {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(date, "date");
    List<RequirementApplicability> result = new ArrayList<>(definitions.size());
    for (RequirementDefinition d : definitions.values()) {
      result.add(applicability(d, partner, date));
    }
    return List.copyOf(result);
  }

  /**
   * Answers whether one requirement binds the partner on the given day.
   *
   * @param requirement the requirement; never null
   * @param partner the partner; never null
   * @param date the day the partner is judged at; never null
   * @return the answer; never null
   */
  public RequirementApplicability applicability(Requirement requirement, Partner partner, LocalDate date) {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(date, "date");
    return applicability(definition(requirement), partner, date);
  }

  private static RequirementApplicability applicability(
      RequirementDefinition d, Partner partner, LocalDate date) {
    if (!d.entityTypes().contains(partner.entityType())) {
      return new RequirementApplicability(
          d.requirement(),
          Applicability.NOT_APPLICABLE,
          null,
          "applies to " + d.entityTypes() + ", not to " + partner.entityType());
    }
    Optional<Membership> membership = partner.bindingMembershipOn(d.program(), date);
    String via = "";
    if (membership.isEmpty() && d.program() == Program.SECURITY) {
      // Trade Compliance presupposes Security membership: a Trade Compliance member without it is held to the
      // Security criteria it should meet (and the missing membership is itself a finding of the checks)
      membership = partner.bindingMembershipOn(Program.TRADE_COMPLIANCE, date);
      via = membership.isPresent()
          ? " (held to it as a " + Program.TRADE_COMPLIANCE + " " + word(membership.get())
              + ", which requires CTPAT Security membership)"
          : "";
    }
    if (membership.isEmpty()) {
      return new RequirementApplicability(
          d.requirement(),
          Applicability.NOT_APPLICABLE,
          null,
          "the partner is not a member of or applicant to " + d.program() + " on " + date);
    }
    Membership m = membership.get();
    LocalDate from = d.effectiveDate().inForceFor(m.obligatedFrom().orElseThrow());
    if (date.isBefore(from)) {
      return new RequirementApplicability(
          d.requirement(), Applicability.NOT_YET_DUE, from, "in force for this partner from " + from + via);
    }
    String standing =
        switch (m.statusOn(date)) {
          case ACTIVE -> "";
          case APPLICANT -> " (an applicant since " + m.applied() + ": the criteria apply from the application)";
          case SUSPENDED -> " (membership suspended: the obligations continue)";
          case REMOVED -> " (membership removed: the obligations continue for the period judged)";
        };
    return new RequirementApplicability(
        d.requirement(), Applicability.IN_FORCE, from, "in force for this partner since " + from + standing + via);
  }

  private static String word(Membership m) {
    return m.status() == MembershipStatus.APPLICANT ? "applicant" : "member";
  }
}
