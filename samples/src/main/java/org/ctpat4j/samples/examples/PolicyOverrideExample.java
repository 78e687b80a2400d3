package org.ctpat4j.samples.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.CompliancePolicy;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;

/**
 * Overrides the {@link CompliancePolicy}: CBP states most forced-labor requirements without numbers, and ctpat4j's
 * defaults (12-month audits, reviews and trainings) are a documented reading that a company may replace with its own,
 * for example audits of high-risk facilities every 18 months, as some social-audit schemes run. Start from
 * {@link CompliancePolicy#defaults()} and change only what differs.
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.PolicyOverrideExample [DOSSIER [DATE]]
 * }</pre>
 */
public final class PolicyOverrideExample {

  private PolicyOverrideExample() {}

  /**
   * Returns the default policy with an 18-month maximum audit age.
   *
   * @return the policy; never null
   */
  public static CompliancePolicy eighteenMonthAudits() {
    return CompliancePolicy.defaults().toBuilder().auditMaxAge(Period.ofMonths(18)).build();
  }

  /**
   * Lists the findings one policy raises and the other does not.
   *
   * @param dossier the dossier; never null
   * @param asOf the day; never null
   * @param policy the custom policy; never null
   * @return lines {@code "- CODE subject"} (only under the defaults) and {@code "+ CODE subject"} (only under the
   *     custom policy); never null
   */
  public static List<String> differences(Dossier dossier, LocalDate asOf, CompliancePolicy policy) {
    ComplianceReport defaults = ComplianceChecker.newBuilder().build().check(dossier, asOf);
    ComplianceReport custom = ComplianceChecker.newBuilder().policy(policy).build().check(dossier, asOf);
    List<String> before = keys(defaults);
    List<String> after = keys(custom);
    List<String> out = new ArrayList<>();
    before.stream().filter(k -> !after.contains(k)).forEach(k -> out.add("- " + k));
    after.stream().filter(k -> !before.contains(k)).forEach(k -> out.add("+ " + k));
    return out;
  }

  private static List<String> keys(ComplianceReport report) {
    List<String> keys = new ArrayList<>();
    for (Finding f : report.findings()) {
      keys.add(f.severity() + " " + f.code() + " " + f.subject());
    }
    return keys;
  }

  /**
   * Compares the default policy with 18-month audits on a dossier (the apparel importer, as of 2026-12-20, by
   * default: its garment maker's audit of 2025-12-02 is then more than 12 but less than 18 months old).
   *
   * @param args {@code [DOSSIER [DATE]]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/dossiers/apparel-importer/dossier.json");
    LocalDate asOf = LocalDate.parse(args.length > 1 ? args[1] : "2026-12-20");
    Dossier dossier = DossierReader.strict().read(file);
    System.out.println("findings that change with 18-month audits, as of " + asOf + ":");
    differences(dossier, asOf, eighteenMonthAudits()).forEach(line -> System.out.println("  " + line));
  }
}
