package org.ctpat4j.evidence.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.evidence.RequirementResult;
import org.ctpat4j.evidence.RequirementStatus;
import org.ctpat4j.evidence.Severity;
import org.ctpat4j.evidence.Verdict;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * A solar-module supply chain in five tiers, built in code: quartzite mine (f0, tier 5) -> polysilicon producer on the
 * UFLPA Entity List in Xinjiang (f1, tier 4) -> ingot and wafer maker (f2, tier 3) -> cell maker (f3, tier 2) ->
 * module assembler (f4, tier 1, produces p1), with a frame supplier (f5, tier 2) and a wafer-scrap loop f3 -> f2 (a
 * cycle). A second product p2 (f8, supplied by f9) lies outside p1's chain.
 *
 * <p>With {@code problems}, document d5 (the audit of f2) is redacted, d7's file is missing, d9's file does not match
 * its SHA-256, and f5's aluminium input is unmapped.
 */
final class Fixtures {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  private Fixtures() {}

  /** A dossier, its bytes, the documents folder and a compliance report of it, ready for the builder. */
  record Case(Dossier dossier, byte[] dossierBytes, Path documents, ComplianceReport report) {
    EvidencePackage.Builder builder() {
      return EvidencePackage.newBuilder().dossier(dossier).dossierBytes(dossierBytes).report(report)
          .documents(documents);
    }
  }

  static Case solar(Path workDir, boolean problems) {
    return solar(workDir, problems, "Jinko-like Modules Sdn. Bhd.");
  }

  static Case solar(Path workDir, boolean problems, String moduleMakerName) {
    List<Facility> facilities = List.of(
        new Facility("f0", "Hami Quartzite Mine", List.of(), "CN", "CN-XJ", "Hami, Xinjiang", Identifiers.NONE, false),
        new Facility("f1", "Xinjiang Daqo New Energy Co., Ltd.", List.of("Xinjiang Great New Energy Co., Ltd."), "CN",
            "CN-XJ", "Shihezi, Xinjiang", new Identifiers(null, null, "916590013133718422", null), false),
        new Facility("f2", "Ingot & Wafer Co.", List.of(), "CN", "CN-JS", "Wuxi, Jiangsu", Identifiers.NONE, false),
        new Facility("f3", "Cell Works Ltd.", List.of(), "VN", null, "Bac Giang, Vietnam",
            new Identifiers("VN2024ABC", null, null, null), false),
        new Facility("f4", moduleMakerName, List.of(), "MY", "MY-07", "Penang, Malaysia",
            new Identifiers(null, "5493001KJTIIGC8Y1R12", null, "0614141000012"), false),
        new Facility("f5", "Frame Extrusions Co.", List.of(), "MY", null, "Johor, Malaysia", Identifiers.NONE, false),
        new Facility("f8", "Inverter Plant", List.of(), "TW", null, "Taoyuan, Taiwan", Identifiers.NONE, false),
        new Facility("f9", "Capacitor Supplier", List.of(), "JP", null, "Osaka, Japan", Identifiers.NONE, false));
    List<Material> materials = List.of(
        new Material("m0", "Quartzite", "2506.20"),
        new Material("m1", "Polysilicon", "2804.61"),
        new Material("m2", "Silicon wafers", "3818.00"),
        new Material("m3", "Solar cells", "8541.42"),
        new Material("m4", "Aluminium frames", "7604.29"),
        new Material("m5", "Wafer scrap", "2804.69"),
        new Material("m6", "Aluminium ingot", "7601.10"),
        new Material("m9", "Capacitors", "8532.22"));
    List<Link> links = List.of(
        new Link("f0", "f1", "m0", 1.0, List.of("d13")),
        new Link("f1", "f2", "m1", 0.6, List.of("d7")),
        new Link("f2", "f3", "m2", 1.0, List.of()),
        new Link("f3", "f2", "m5", null, List.of()),
        new Link("f3", "f4", "m3", 1.0, List.of("d14")),
        new Link("f5", "f4", "m4", 1.0, List.of()),
        new Link("f9", "f8", "m9", 1.0, List.of()));
    List<UnmappedInput> unmapped = problems
        ? List.of(new UnmappedInput("f5", "m6", "smelter not disclosed"), new UnmappedInput("f9", "m0", "outside"))
        : List.of();
    List<Product> products = List.of(
        new Product("p1", "Monocrystalline PV module 420 W", "8541.43", "f4"),
        new Product("p2", "String inverter", "8504.40", "f8"));

    Path docs = workDir.resolve("docs");
    List<Document> documents = new ArrayList<>();
    doc(docs, documents, "d1", "Social compliance program", "policies/scp.pdf", "SCP body", false, true);
    doc(docs, documents, "d2", "Forced-labor risk assessment 2026", "risk/assessment-2026.pdf", "RA body", false, true);
    doc(docs, documents, "d3", "Supplier Code of Conduct v3.1", "policies/code of conduct.pdf", "COC", false, true);
    doc(docs, documents, "d4", "Responsible recruitment policy", "policies/recruitment.pdf", "RRP", false, true);
    doc(docs, documents, "d5", "SMETA audit report f2", "audits/f2-smeta.pdf", "AUDIT f2", problems, true);
    doc(docs, documents, "d6", "Employee training attendance", "training/employees.pdf", "EMP", false, true);
    doc(docs, documents, "d7", "Purchase orders f1 to f2", "links/po-f1-f2.pdf", "PO", false, !problems);
    doc(docs, documents, "d8", "Supplier training f3", "training/f3.pdf", "TRAIN f3", false, true);
    doc(docs, documents, "d9", "Commitment of f2", "commitments/f2.pdf", "COMMIT f2", false, true);
    doc(docs, documents, "d10", "Remediation plan", "policies/remediation.pdf", "REM", false, true);
    doc(docs, documents, "d11", "Best practice submission", "engagement/bp.pdf", "BP", false, true);
    doc(docs, documents, "d12", "Audit of f9 (other chain)", "audits/f9.pdf", "AUDIT f9", false, true);
    doc(docs, documents, "d13", "Mill certificates f0 to f1", "links/mill-f0-f1.pdf", "MILL", false, true);
    doc(docs, documents, "d14", "Bills of lading f3 to f4", "links/bol-f3-f4.pdf", "BOL", false, true);
    if (problems) {
      write(docs.resolve("commitments/f2.pdf"), "COMMIT f2, altered after hashing");
    }
    Evidence evidence = new Evidence(
        new SocialComplianceProgram("d1", LocalDate.of(2021, 3, 1), LocalDate.of(2026, 2, 1), true),
        new RiskAssessment("d2", LocalDate.of(2026, 1, 15), true,
            List.of(RiskSource.UFLPA_ENTITY_LIST, RiskSource.WRO_FINDINGS)),
        new CodeOfConduct("d3", "3.1", LocalDate.of(2022, 9, 1), "https://example.com/coc", LocalDate.of(2022, 9, 5),
            true, true, List.of("d4")),
        List.of(
            new Audit("a1", "f2", LocalDate.of(2026, 3, 2), "SMETA", true, false, problems, "d5",
                List.of(new AuditFinding(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                    AuditFindingSeverity.CRITICAL, AuditFindingStatus.OPEN))),
            new Audit("a9", "f9", LocalDate.of(2026, 4, 2), "BSCI", true, true, false, "d12", List.of())),
        List.of(
            new Training("t1", TrainingAudience.EMPLOYEES, null, LocalDate.of(2026, 5, 1),
                List.of(TrainingTopic.FORCED_LABOR_INDICATORS), 40, "d6"),
            new Training("t2", TrainingAudience.SUPPLIER, "f3", LocalDate.of(2026, 6, 1),
                List.of(TrainingTopic.UFLPA, TrainingTopic.CODE_OF_CONDUCT), 12, "d8")),
        List.of(new SupplierCommitment("f2", "3.1", LocalDate.of(2025, 12, 1), true, "d9")),
        new RemediationPlan("d10", LocalDate.of(2022, 10, 1), true),
        List.of(new RemediationCase("c1", "f2", LocalDate.of(2026, 3, 10),
            List.of(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS), LocalDate.of(2026, 3, 20),
            List.of(new RemediationAction("Return passports to workers", LocalDate.of(2026, 4, 1),
                RemediationActionStatus.DONE)), null)),
        List.of(new Engagement(LocalDate.of(2026, 7, 1), EngagementKind.BEST_PRACTICE_SHARED, "d11")),
        documents);
    Dossier dossier = new Dossier(Dossier.FORMAT, AS_OF,
        new Partner("Sunny Imports LLC", "US", BusinessEntityType.US_IMPORTER,
            List.of(new Membership(Program.TRADE_COMPLIANCE, LocalDate.of(2021, 6, 1), null, null))),
        facilities, materials, links, unmapped, products, evidence);
    byte[] bytes = DossierWriter.standard().write(dossier).getBytes(StandardCharsets.UTF_8);
    return new Case(dossier, bytes, docs, report(dossier, risk()));
  }

  static RiskResult risk() {
    RiskSignal listed = new RiskSignal("uflpa-entity-list", RiskLevel.HIGH, 1.0,
        "Xinjiang Daqo New Energy Co., Ltd. is on the UFLPA Entity List (2(d)(2)(B)(v)) since 2024-11-25",
        "UFLPA Entity List, row Xinjiang Daqo New Energy Co., Ltd.");
    RiskSignal region = new RiskSignal("uflpa-region", RiskLevel.HIGH, 1.0, "located in Xinjiang (CN-XJ)",
        "UFLPA section 3 rebuttable presumption");
    return new RiskResult(AS_OF,
        List.of(new FacilityRisk("f0", RiskLevel.HIGH, 1.0, List.of(region)),
            new FacilityRisk("f1", RiskLevel.HIGH, 1.0, List.of(listed, region))),
        List.of(new ProductExposure("p1", RiskLevel.HIGH, 1.0,
                List.of(List.of("f1", "f2", "f3", "f4"), List.of("f0", "f1", "f2", "f3", "f4"))),
            new ProductExposure("p2", RiskLevel.LOW, 0.0, List.of())),
        Map.of("f4", 1, "f3", 2, "f5", 2, "f2", 3, "f1", 4, "f0", 5, "f8", 1, "f9", 2),
        0.5,
        List.of(new ReferenceDataVersion("UFLPA Entity List", "2025-01-15", false, "DHS FLETF", "bundled",
                "partial copy"),
            new ReferenceDataVersion("WRO and Findings", "2025-06-01", true, "CBP", "bundled", "")));
  }

  /**
   * A report of the dossier with the given risk assessment: mapping not met, code of conduct met, an error about f5
   * (in p1's chain) and a warning about f9 (only in p2's chain).
   */
  static ComplianceReport report(Dossier dossier, RiskResult risk) {
    String handbook = "CTPAT Trade Compliance Handbook";
    List<RequirementResult> requirements = List.of(
        new RequirementResult(Requirement.RISK_BASED_MAPPING, RequirementStatus.NOT_MET, "Risk-based mapping",
            handbook, "", LocalDate.of(2022, 8, 1), "in force"),
        new RequirementResult(Requirement.CODE_OF_CONDUCT, RequirementStatus.MET, "Code of conduct", handbook, "",
            LocalDate.of(2022, 8, 1), "in force"));
    List<Finding> findings = List.of(
        new Finding(Requirement.RISK_BASED_MAPPING, Severity.ERROR, FindingCode.MAPPING_UNMAPPED_INPUT,
            "facility:f5", "input m6 of f5 is not mapped", "map the smelter", ""),
        new Finding(Requirement.RISK_BASED_MAPPING, Severity.WARNING, FindingCode.MAPPING_SILENT_GAP, "facility:f9",
            "only about f9", "map f9's inputs", ""));
    Map<String, String> facilityNames = new TreeMap<>();
    dossier.facilities().forEach(f -> facilityNames.put(f.id(), f.name()));
    Map<String, String> productNames = new TreeMap<>();
    dossier.products().forEach(p -> productNames.put(p.id(), p.name()));
    return new ComplianceReport(risk.asOf(), dossier.partner().name(), Locale.ENGLISH, Verdict.NOT_COMPLIANT,
        requirements, findings, risk, facilityNames, productNames);
  }

  private static void doc(Path dir, List<Document> out, String id, String title, String path, String content,
      boolean redacted, boolean writeFile) {
    byte[] bytes = (content + " (" + id + ")").getBytes(StandardCharsets.UTF_8);
    out.add(new Document(id, title, path, Sha256.hex(bytes), "en", redacted, null));
    if (writeFile) {
      write(dir.resolve(path), content + " (" + id + ")");
    }
  }

  /** Every file of a directory package, read whole (test packages are small). */
  static SortedMap<String, byte[]> files(Path dir) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every entry of a zip package, read whole. */
  static SortedMap<String, byte[]> entries(byte[] zip) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The files as held package files. */
  static SortedMap<String, PackageFile> held(SortedMap<String, byte[]> files) {
    SortedMap<String, PackageFile> held = new TreeMap<>();
    files.forEach((path, bytes) -> held.put(path, PackageFile.of(bytes)));
    return held;
  }

  /** The canonical package zip of the files. */
  static byte[] zip(SortedMap<String, byte[]> files, LocalDate asOf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PackageIo.writeZip(out, held(files), asOf, PackageIo.OWN_SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
