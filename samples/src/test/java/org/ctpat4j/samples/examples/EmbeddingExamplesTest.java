package org.ctpat4j.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the embedding examples (their mains and their building blocks) on the bundled dossiers. */
class EmbeddingExamplesTest {

  private static final DossierReader READER = DossierReader.strict();
  private static final Dossier COMPLIANT = READER.read(Path.of("dossiers/compliant-importer/dossier.json"));
  private static final Dossier APPAREL = READER.read(Path.of("dossiers/apparel-importer/dossier.json"));
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @TempDir Path temp;

  /** Runs a main method and returns what it printed. */
  private static String stdout(Runnable main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checkAndRender_solar_summarizesErrorsRendersMarkdownAndReadsJsonBack() throws IOException {
    Path markdown = temp.resolve("report.md");

    String out = stdout(() -> CheckAndRenderExample.main(
        new String[] {"dossiers/solar-importer/dossier.json", markdown.toString()}));

    assertThat(out).startsWith(
            "Brightfield Solar Supply, Inc.: NOT_COMPLIANT, goods PRESUMED_FORCED_LABOR as of 2026-11-01 (6 errors)\n")
        .contains("  REMEDIATION_PLAN CASE_NOT_DISCLOSED case:c-daqo\n")
        .contains("  product p-bf430 PRESUMED_FORCED_LABOR: UFLPA_REGION f-daqo\n")
        .contains("JSON report read back: NOT_COMPLIANT, 17 findings\n");
    assertThat(Files.readString(markdown)).startsWith("# CTPAT forced-labor compliance report: Brightfield");
  }

  @Test
  void customRule_watchedSupplier_becomesHighAndFlipsTheVerdict() {
    ComplianceReport report =
        CustomRuleExample.check(COMPLIANT, AS_OF, Map.of("f-frit-es", "grievance about withheld passports"));
    RiskResult risk = report.risk();

    assertThat(risk.levelOf("f-frit-es")).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.facility("f-frit-es").orElseThrow().signals())
        .anySatisfy(s -> {
          assertThat(s.rule()).isEqualTo(CustomRuleExample.InternalWatchlistRule.ID);
          assertThat(s.reason()).contains("Esmaltes y Fritas de la Plana S.A.").contains("withheld passports");
        });
    assertThat(risk.product("p-porcelain").orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
    assertThat(CustomRuleExample.check(COMPLIANT, AS_OF, Map.of()).verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(stdout(() -> CustomRuleExample.main(new String[] {"dossiers/compliant-importer/dossier.json"})))
        .contains("standard rules:       COMPLIANT\n").contains("with the watchlist:   NOT_COMPLIANT\n")
        .contains("HIGH_RISK_FACILITY_NOT_AUDITED facility:f-frit-es");
  }

  @Test
  void newerEntityList_listingAnInventedSupplier_isDetectedAndMarkedPartial() throws IOException {
    Path csv = temp.resolve("uflpa.csv");
    Files.writeString(csv, "name,aliases,section,effective_date,location,sector,source_url\n"
        + "Kaolin Argoat,Kaolins de l'Argoat SAS,2(d)(2)(B)(v),2026-02-01,,kaolin,test\n");

    ComplianceReport report = org.ctpat4j.evidence.ComplianceChecker.newBuilder()
        .riskAssessor(NewerEntityListExample.engineWith(csv, "test edition", false)).build().check(COMPLIANT, AS_OF);

    assertThat(report.risk().facility("f-kaolin-fr").orElseThrow().signals())
        .anyMatch(s -> s.rule().equals("uflpa-entity-list") && s.level() == RiskLevel.HIGH);
    assertThat(report.partialReferenceData()).anyMatch(v -> v.version().startsWith("test edition"));
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
    assertThat(stdout(() -> NewerEntityListExample.main(
        new String[] {csv.toString(), "dossiers/compliant-importer/dossier.json"})))
        .startsWith("Alder Ridge Tile Imports, Inc.: NOT_COMPLIANT\n")
        .contains("UFLPA Entity List used: newer edition from uflpa.csv (sha256 ");
  }

  @Test
  void policyOverride_eighteenMonthAudits_acceptsTheOlderAudit() {
    LocalDate asOf = LocalDate.of(2026, 12, 20);

    assertThat(PolicyOverrideExample.eighteenMonthAudits().auditMaxAge()).hasMonths(18);
    assertThat(PolicyOverrideExample.differences(APPAREL, asOf, PolicyOverrideExample.eighteenMonthAudits()))
        .as("the audit of 2025-12-02 counts again, and it was announced")
        .containsExactly("- ERROR AUDIT_STALE audit:a-cmt-bd", "+ WARNING AUDIT_ANNOUNCED audit:a-cmt-bd");
    assertThat(PolicyOverrideExample.differences(APPAREL, AS_OF, PolicyOverrideExample.eighteenMonthAudits()))
        .as("on 2026-11-01 the audit of 2025-12-02 is current under both policies")
        .isEmpty();
    assertThat(stdout(() -> PolicyOverrideExample.main(
        new String[] {"dossiers/apparel-importer/dossier.json", "2026-12-20"})))
        .contains("  - ERROR AUDIT_STALE audit:a-cmt-bd\n");
  }
}
