package org.ctpat4j.samples.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * Adds a company's own {@link RiskRule} to the standard rules with {@code RiskEngine.newBuilder().addRule(...)}: here,
 * facilities the importer itself has under investigation (for example after a report through its grievance channel)
 * count as HIGH risk, so the checker asks for an audit, supplier training and a signed code, and every product made
 * with their goods is exposed.
 *
 * <p>A rule sees one facility at a time through {@link FacilityContext} and must be immutable and thread-safe; it
 * never reads files, the network or the clock. To ship a rule to every engine without code, declare it as a service
 * instead ({@code provides org.ctpat4j.risk.spi.RiskRule with ...} and {@code META-INF/services}).
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.CustomRuleExample [DOSSIER FACILITY-ID]
 * }</pre>
 */
public final class CustomRuleExample {

  private CustomRuleExample() {}

  /** Flags the facilities on the company's internal watchlist, with the reason recorded there. */
  public static final class InternalWatchlistRule implements RiskRule {

    /** The rule's id, as reports show it. */
    public static final String ID = "internal-watchlist";

    private final Map<String, String> reasons;

    /**
     * Creates the rule.
     *
     * @param reasons facility id to the reason it is watched; never null
     */
    public InternalWatchlistRule(Map<String, String> reasons) {
      this.reasons = Map.copyOf(new TreeMap<>(Objects.requireNonNull(reasons, "reasons")));
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public List<RiskSignal> evaluate(FacilityContext context) {
      String reason = reasons.get(context.facility().id());
      if (reason == null) {
        return List.of();
      }
      return List.of(
          new RiskSignal(
              ID,
              RiskLevel.HIGH,
              0.8,
              "Facility '" + context.facility().name() + "' is under internal investigation: " + reason,
              "company watchlist"));
    }
  }

  /**
   * Checks a dossier with the standard rules plus the watchlist rule.
   *
   * @param dossier the dossier; never null
   * @param asOf the day; never null
   * @param watchlist facility id to reason; never null
   * @return the report; never null
   */
  public static ComplianceReport check(Dossier dossier, LocalDate asOf, Map<String, String> watchlist) {
    RiskEngine engine = RiskEngine.newBuilder().addRule(new InternalWatchlistRule(watchlist)).build();
    return ComplianceChecker.newBuilder().riskAssessor(engine).build().check(dossier, asOf);
  }

  /**
   * Checks the dossier (the compliant importer by default) with and without one watched facility and prints both
   * verdicts and the new ERROR findings.
   *
   * @param args {@code [DOSSIER FACILITY-ID]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/dossiers/compliant-importer/dossier.json");
    String watched = args.length > 1 ? args[1] : "f-frit-es";
    Dossier dossier = DossierReader.strict().read(file);
    LocalDate asOf = Objects.requireNonNullElse(dossier.asOf(), LocalDate.of(2026, 11, 1));

    ComplianceReport before = ComplianceChecker.newBuilder().build().check(dossier, asOf);
    ComplianceReport after =
        check(dossier, asOf, Map.of(watched, "grievance of 2026-10-12 about withheld passports"));
    System.out.println("standard rules:       " + before.verdict());
    System.out.println("with the watchlist:   " + after.verdict());
    for (Finding f : after.findings()) {
      if (f.isError()) {
        System.out.println("  " + f.code() + " " + f.subject());
      }
    }
  }
}
