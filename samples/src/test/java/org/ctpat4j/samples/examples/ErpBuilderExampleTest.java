package org.ctpat4j.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.validation.DossierValidator;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.signal.Admissibility;
import org.ctpat4j.samples.examples.ErpBuilderExample.AuditRow;
import org.ctpat4j.samples.examples.ErpBuilderExample.ErpTables;
import org.ctpat4j.samples.examples.ErpBuilderExample.PurchaseRow;
import org.ctpat4j.samples.examples.ErpBuilderExample.SupplierRow;
import org.junit.jupiter.api.Test;

/** Runs the ERP example: a dossier built from in-memory rows with the core builder only, then checked. */
class ErpBuilderExampleTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @Test
  void sampleTables_buildAValidDossier_whoseXinjiangPolysiliconIsPresumedForcedLabor() {
    Dossier d = ErpBuilderExample.toDossier(ErpBuilderExample.sampleTables(), AS_OF);
    assertThat(DossierValidator.standard().validate(d)).isEmpty();
    assertThat(d.facilities()).extracting(f -> f.id()).containsExactly("S-100", "S-200", "S-300");

    ComplianceReport report = ErpBuilderExample.check(ErpBuilderExample.sampleTables(), AS_OF);

    assertThat(report.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
    assertThat(report.admissibility()).isEqualTo(Admissibility.PRESUMED_FORCED_LABOR);
    assertThat(report.products(Admissibility.PRESUMED_FORCED_LABOR))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.product()).isEqualTo("PV-430");
          assertThat(p.reasons()).extracting(r -> r.kind().name(), r -> r.facility())
              .contains(tuple("UFLPA_REGION", "S-300"));
        });
    assertThat(report.findings(Severity.ERROR)).extracting(Finding::code).isNotEmpty();
  }

  @Test
  void provinceAsFreeText_isRefusedWithItsPointer_notSilentlyAccepted() {
    ErpTables erp = ErpBuilderExample.sampleTables();
    List<SupplierRow> suppliers = new ArrayList<>(erp.suppliers());
    suppliers.set(2, new SupplierRow("S-300", "Western Polysilicon Co., Ltd.", "CN", "Xinjiang", null));
    ErpTables typed = new ErpTables(suppliers, erp.items(), erp.purchases(), erp.goods(), erp.audits());

    DossierFormatException e =
        catchThrowableOfType(DossierFormatException.class, () -> ErpBuilderExample.toDossier(typed, AS_OF));

    assertThat(e.getMessage()).startsWith("1 problem in ERP export:\n  ERP export: at /facilities/2/region: ");
    assertThat(e.problems()).extracting(Problem::path, Problem::codeName)
        .containsExactly(tuple("/facilities/2/region", "INVALID_VALUE"));
  }

  @Test
  void purchaseFromAnUnknownSupplierAndAnAuditWithoutReport_areLocatedProblems() {
    ErpTables erp = ErpBuilderExample.sampleTables();
    List<PurchaseRow> purchases = new ArrayList<>(erp.purchases());
    purchases.add(new PurchaseRow("S-999", "S-200", "POLY-9N", 0.4, "PO-S200-78", LocalDate.of(2026, 2, 3)));
    List<AuditRow> audits = List.of(new AuditRow("AUD-18", "S-200", LocalDate.of(2026, 5, 2), "SA8000", true, null));
    ErpTables broken = new ErpTables(erp.suppliers(), erp.items(), purchases, erp.goods(), audits);

    DossierFormatException e =
        catchThrowableOfType(DossierFormatException.class, () -> ErpBuilderExample.toDossier(broken, AS_OF));

    assertThat(e.problems()).extracting(Problem::path, Problem::codeName)
        .containsExactly(
            tuple("/links/2/from", "BROKEN_REFERENCE"),
            tuple("/evidence/audits/0/document", "MISSING_FIELD"));
  }

  @Test
  void main_printsTheSummaryAndTheProblemOfAFreeTextProvince() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ErpBuilderExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("Brightline Energy Imports LLC: NOT_COMPLIANT, goods PRESUMED_FORCED_LABOR as of 2026-11-01")
        .contains("  product PV-430 PRESUMED_FORCED_LABOR: UFLPA_REGION")
        .contains("ERP export: at /facilities/2/region: \"Xinjiang\" is not an ISO 3166-2 subdivision code");
  }
}
