package org.ctpat4j.samples.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.AuditType;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierBuilder;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;

/**
 * Builds a dossier from an ERP's own tables with the core builder alone (no JSON, no test kit), checks it, and acts on
 * the report. The rows here stand in for what an ERP export gives: suppliers, items, purchase links between
 * suppliers, finished goods and social audits.
 *
 * <p>{@link DossierBuilder#build()} checks the dossier as the JSON reader checks a document: a supplier row whose
 * province is not an ISO 3166-2 code ({@code "Xinjiang"} instead of {@code "CN-XJ"}), a purchase link to a supplier
 * that is not in the supplier table or an audit without a report number is a {@link DossierFormatException} listing
 * every such problem with its JSON Pointer ({@code /facilities/2/region}), not a failure deep inside the assessment.
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.ErpBuilderExample
 * }</pre>
 */
public final class ErpBuilderExample {

  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().locale(Locale.ENGLISH).build();

  private ErpBuilderExample() {}

  /**
   * A row of the supplier master table.
   *
   * @param code the ERP's supplier code, used as the facility id
   * @param legalName the registered name
   * @param country the ISO 3166-1 alpha-2 country
   * @param province the ISO 3166-2 subdivision, or {@code null} when the ERP does not hold it
   * @param lei the supplier's Legal Entity Identifier, or {@code null}
   */
  public record SupplierRow(String code, String legalName, String country, String province, String lei) {}

  /**
   * A row of the item master table.
   *
   * @param code the item code, used as the material id
   * @param description the item's description
   * @param hsCode its Harmonized System code, or {@code null}
   */
  public record ItemRow(String code, String description, String hsCode) {}

  /**
   * A purchase link: the supplier delivers the item to the buyer (the partner's own plant or a supplier upstream).
   *
   * @param supplier the delivering supplier's code
   * @param buyer the receiving supplier's code
   * @param item the item code
   * @param share the share of the buyer's need for the item, or {@code null} when unknown
   * @param purchaseOrder the purchase order number that proves the link
   * @param ordered the day of the purchase order
   */
  public record PurchaseRow(
      String supplier, String buyer, String item, Double share, String purchaseOrder, LocalDate ordered) {}

  /**
   * A finished good the partner imports.
   *
   * @param sku the stock-keeping unit, used as the product id
   * @param name the product name
   * @param hsCode its Harmonized System code
   * @param producer the code of the supplier that makes it
   */
  public record FinishedGoodRow(String sku, String name, String hsCode, String producer) {}

  /**
   * A social audit of a supplier.
   *
   * @param id the audit id
   * @param supplier the audited supplier's code
   * @param lastDay the last day of the audit
   * @param scheme the audit scheme
   * @param thirdParty whether an independent firm performed it
   * @param reportNumber the report's number in the document archive, or {@code null} when not filed
   */
  public record AuditRow(
      String id, String supplier, LocalDate lastDay, String scheme, boolean thirdParty, String reportNumber) {}

  /**
   * The ERP's tables.
   *
   * @param suppliers the supplier master
   * @param items the item master
   * @param purchases the purchase links
   * @param goods the finished goods
   * @param audits the social audits
   */
  public record ErpTables(
      List<SupplierRow> suppliers,
      List<ItemRow> items,
      List<PurchaseRow> purchases,
      List<FinishedGoodRow> goods,
      List<AuditRow> audits) {}

  /**
   * A small solar supply chain as an ERP holds it: modules from Vietnam, wafers from Jiangsu, polysilicon from
   * Xinjiang.
   *
   * @return the tables; never null
   */
  public static ErpTables sampleTables() {
    return new ErpTables(
        List.of(
            new SupplierRow("S-100", "Sunrise Modules Co., Ltd.", "VN", "VN-57", null),
            new SupplierRow("S-200", "Polar Wafer Technology Co., Ltd.", "CN", "CN-JS", null),
            new SupplierRow("S-300", "Western Polysilicon Co., Ltd.", "CN", "CN-XJ", null)),
        List.of(
            new ItemRow("WAF-182", "Monocrystalline silicon wafer", "3818.00"),
            new ItemRow("POLY-9N", "Polysilicon, solar grade", "2804.61")),
        List.of(
            new PurchaseRow("S-200", "S-100", "WAF-182", 1.0, "PO-2026-0142", LocalDate.of(2026, 3, 2)),
            new PurchaseRow("S-300", "S-200", "POLY-9N", 0.6, "PO-S200-77", LocalDate.of(2026, 1, 20))),
        List.of(new FinishedGoodRow("PV-430", "430 W PV module", "8541.43", "S-100")),
        List.of(new AuditRow("AUD-17", "S-100", LocalDate.of(2026, 6, 12), "SMETA", true, "RPT-17")));
  }

  /**
   * Builds the dossier from the tables with the core builder and checks it as the reader would.
   *
   * @param erp the tables; never null
   * @param asOf the day the dossier is judged at; never null
   * @return the dossier; never null
   * @throws DossierFormatException listing every problem of the rows, each with its JSON Pointer
   */
  public static Dossier toDossier(ErpTables erp, LocalDate asOf) {
    Objects.requireNonNull(erp, "erp");
    DossierBuilder b =
        Dossier.newBuilder()
            .source("ERP export")
            .asOf(Objects.requireNonNull(asOf, "asOf"))
            .partner(p -> p.name("Brightline Energy Imports LLC").country("US")
                .entityType(BusinessEntityType.US_IMPORTER)
                .membership(Program.SECURITY, LocalDate.of(2018, 4, 1))
                .membership(Program.TRADE_COMPLIANCE, LocalDate.of(2024, 7, 1)));
    for (SupplierRow s : erp.suppliers()) {
      b.facility(s.code(), f -> f.name(s.legalName()).country(s.country()).region(s.province())
          .identifiers(s.lei() == null ? Identifiers.NONE : new Identifiers(null, s.lei(), null, null)));
    }
    for (ItemRow i : erp.items()) {
      b.material(i.code(), i.description(), i.hsCode());
    }
    for (PurchaseRow p : erp.purchases()) {
      b.link(p.supplier(), p.buyer(), p.item(), l -> l.share(p.share()).document(p.purchaseOrder()));
      b.document(p.purchaseOrder(), d -> d.title("Purchase order " + p.purchaseOrder()).issued(p.ordered()));
    }
    for (FinishedGoodRow g : erp.goods()) {
      b.product(g.sku(), x -> x.name(g.name()).hsCode(g.hsCode()).producedBy(g.producer()));
    }
    for (AuditRow a : erp.audits()) {
      b.audit(a.id(), x -> x.facility(a.supplier()).date(a.lastDay()).scheme(a.scheme())
          .type(a.thirdParty() ? AuditType.THIRD_PARTY : AuditType.SECOND_PARTY).document(a.reportNumber()));
      if (a.reportNumber() != null) {
        b.document(a.reportNumber(), d -> d.title(a.scheme() + " report " + a.reportNumber()).issued(a.lastDay()));
      }
    }
    return b.build();
  }

  /**
   * Builds the dossier from the tables and checks it.
   *
   * @param erp the tables; never null
   * @param asOf the day; never null
   * @return the report; never null
   */
  public static ComplianceReport check(ErpTables erp, LocalDate asOf) {
    return CHECKER.check(toDossier(erp, asOf));
  }

  /**
   * Builds, checks and summarizes the sample tables; then shows what a bad row gives.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocalDate asOf = LocalDate.of(2026, 11, 1);
    ErpTables erp = sampleTables();
    System.out.print(CheckAndRenderExample.summary(check(erp, asOf)));

    SupplierRow free = new SupplierRow("S-300", "Western Polysilicon Co., Ltd.", "CN", "Xinjiang", null);
    ErpTables typed = new ErpTables(
        List.of(erp.suppliers().get(0), erp.suppliers().get(1), free), erp.items(), erp.purchases(), erp.goods(),
        erp.audits());
    try {
      toDossier(typed, asOf);
    } catch (DossierFormatException e) {
      System.out.println(e.getMessage());
    }
  }
}
