package org.ctpat4j.evidence.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.internal.Messages;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;

/** Writes the index of a package: the story a CBP reviewer reads first. */
final class IndexBuilder {

  private final Dossier dossier;
  private final Chain chain;
  private final ComplianceReport report;
  private final RiskResult risk;
  private final DocumentCatalog docs;
  private final List<PackageProblem> problems;
  private final boolean signed;
  private final String dossierSha256;
  private final DocumentCatalog.Labels names;

  IndexBuilder(Dossier dossier, Chain chain, ComplianceReport report, DocumentCatalog docs,
      List<PackageProblem> problems, boolean signed, String dossierSha256) {
    this.dossier = dossier;
    this.chain = chain;
    this.report = report;
    this.risk = report.risk();
    this.docs = docs;
    this.problems = problems;
    this.signed = signed;
    this.dossierSha256 = dossierSha256;
    this.names = new DocumentCatalog.Labels(dossier);
  }

  IndexDocument build() {
    String productLabel = chain.products().stream().map(p -> p.id() + " (" + p.name() + ")")
        .collect(Collectors.joining(", "));
    IndexDocument d = new IndexDocument("Evidence package: " + dossier.partner().name() + ", " + productLabel);
    if (!problems.isEmpty()) {
      d.alert("This package is NOT an unredacted answer. " + problems.size() + " problem(s) listed under \"Problems\""
          + " keep it from being complete, unredacted proof of this supply chain.");
    } else {
      d.paragraph("This package is a complete, unredacted answer: no facility, audit or document in it is marked"
          + " redacted, every document it relies on is included and matches the SHA-256 recorded in the dossier, every"
          + " facility has an address, and no input of the chain is declared unmapped.");
    }
    d.paragraph("Prepared for " + dossier.partner().name() + " (" + dossier.partner().country() + ") as of "
        + report.asOf() + ", from the dossier with SHA-256 " + dossierSha256 + ".");

    d.heading("What this package answers");
    List<String> answers = new ArrayList<>();
    answers.add("Supply-chain mapping: for " + productLabel + ", the full upstream mapping from the producer (tier 1)"
        + " to raw material, " + chain.facilities().size() + " facilities in " + chain.depth() + " tier(s), with the"
        + " name, address, country and region of each and the materials between them (" + EvidencePackage.CHAIN_FILE
        + ").");
    answers.add("Risk: the forced-labor risk that reaches the product and why, with the paths from each risky facility"
        + " to the producer and the signals with their sources (" + EvidencePackage.RISK_FILE + ").");
    answers.add("Requirements: the status of each CTPAT forced-labor requirement from the compliance report, verdict "
        + report.verdict() + " (" + EvidencePackage.REPORT_FILE + ").");
    answers.add("Documents: " + docs.files().size() + " of " + docs.entries().size() + " referenced documents are"
        + " included (audits, trainings, supplier commitments, code of conduct, risk assessment, remediation plan and"
        + " the documents of each link), each listed below with what it proves (documents/).");
    answers.add("Integrity: " + Manifest.FILE_NAME + " lists every file with its size and SHA-256"
        + (signed ? "; " + Manifest.SIGNATURE_FILE_NAME + " signs it with Ed25519." : "."));
    d.bullets(answers);

    if (!problems.isEmpty()) {
      d.heading("Problems");
      d.table(List.of("Problem", "Subject", "Details"),
          problems.stream().map(p -> List.of(p.kind().name(), p.subject(), p.message())).toList());
    }

    d.heading("Products");
    List<List<String>> rows = new ArrayList<>();
    for (Product p : chain.products()) {
      ProductExposure e = risk.product(p.id()).orElseThrow();
      rows.add(List.of(p.id(), p.name(), nz(p.hsCode()), names.facility(p.producedBy()), e.level().name()));
    }
    d.table(List.of("Product", "Name", "HS code", "Producer (tier 1)", "Risk"), rows);
    for (Product p : chain.products()) {
      ProductExposure e = risk.product(p.id()).orElseThrow();
      if (!e.paths().isEmpty()) {
        d.paragraph("Why product " + p.id() + " is " + e.level().name() + " (each path runs from a risky facility to"
            + " the producer):");
        d.bullets(e.paths().stream().map(path -> path.stream().map(names::facility)
            .collect(Collectors.joining(" -> "))).toList());
      }
    }

    d.heading("Supply chain, tier by tier");
    d.paragraph("Tier 1 is the producer of the product; tier n+1 supplies tier n. Each facility appears once, at its"
        + " shortest distance to the product.");
    for (int tier = 1; tier <= chain.depth(); tier++) {
      final int t = tier;
      d.subheading("Tier " + t + (t == 1 ? " (producer)" : ""));
      d.table(List.of("Facility", "Name", "Address", "Country", "Region", "Identifiers", "Risk", "Supplies"),
          chain.facilities().stream().filter(f -> chain.tier(f.id()) == t).map(this::facilityRow).toList());
    }
    if (!chain.links().isEmpty()) {
      d.subheading("Links");
      d.table(List.of("Supplier", "Material", "Receiver", "Share", "Documents"),
          chain.links().stream().map(l -> List.of(names.facility(l.from()), names.material(l.material()),
              names.facility(l.to()), l.share() == null ? "unknown" : Messages.percent(l.share()),
              String.join(", ", l.documents()))).toList());
    }
    d.subheading("Where the mapping ends");
    List<String> ends = new ArrayList<>();
    for (Facility f : chain.origins()) {
      ends.add(names.facility(f.id()) + ", tier " + chain.tier(f.id()) + ", " + f.country()
          + (f.region() == null ? "" : " " + f.region()) + ": no supplier mapped upstream (raw material origin)");
    }
    for (UnmappedInput u : chain.unmapped()) {
      ends.add("NOT MAPPED: the supplier of " + names.material(u.material()) + " to " + names.facility(u.facility())
          + (u.note() == null ? "" : " (" + u.note() + ")"));
    }
    d.bullets(ends);

    d.heading("Risk findings");
    List<List<String>> signals = new ArrayList<>();
    for (Facility f : chain.facilities()) {
      Optional<FacilityRisk> fr = risk.facility(f.id());
      if (fr.isPresent()) {
        for (RiskSignal s : fr.get().signals()) {
          signals.add(List.of(names.facility(f.id()), String.valueOf(chain.tier(f.id())), s.level().name(), s.rule(),
              s.reason(), s.source()));
        }
      }
    }
    if (signals.isEmpty()) {
      d.paragraph("No facility of this chain has a risk signal from the sources consulted.");
    } else {
      d.table(List.of("Facility", "Tier", "Level", "Rule", "Reason", "Source"), signals);
    }

    d.heading("Requirement statuses (from the compliance report)");
    d.paragraph("Verdict: " + report.verdict() + " as of " + report.asOf() + ". Mapping coverage of all products: "
        + Messages.percent(report.mappingCoverage()) + ".");
    d.table(List.of("Requirement", "Status", "Source"), report.requirements().stream()
        .map(r -> List.of(r.requirement().name(), r.status().name(), r.source())).toList());
    List<List<String>> findings = report.findings().stream().filter(this::concernsChain)
        .map(f -> List.of(f.severity().name(), f.requirement().name(), f.code().name(), f.subject(), f.message()))
        .toList();
    if (!findings.isEmpty()) {
      d.subheading("Findings about this chain and the partner");
      d.table(List.of("Severity", "Requirement", "Code", "Subject", "Message"), findings);
    }

    List<RemediationCase> cases = dossier.evidence().remediationCases().stream()
        .filter(c -> chain.contains(c.facility())).toList();
    if (!cases.isEmpty()) {
      d.heading("Remediation cases in this chain");
      d.table(List.of("Case", "Facility", "Opened", "Indicators", "Disclosed to CBP", "Actions", "Closed"),
          cases.stream().map(c -> List.of(c.id(), names.facility(c.facility()), c.opened().toString(),
              c.indicators().stream().map(Enum::name).collect(Collectors.joining(", ")),
              c.disclosure().map(Object::toString).orElse("not disclosed"),
              c.actions().stream().map(a -> a.description() + " (" + a.status().name()
                  + (a.due() == null ? "" : ", due " + a.due()) + ")").collect(Collectors.joining("; ")),
              c.closed() == null ? "open" : c.closed().toString())).toList());
    }

    d.heading("Documents");
    d.table(List.of("Document", "Title", "Date", "Facility", "What it proves", "File"),
        docs.entries().stream().map(this::documentRow).toList());

    d.heading("Reference data");
    d.table(List.of("List", "Edition", "Complete", "Publisher"),
        risk.referenceData().stream().map(r -> List.of(r.name(), r.version(), r.complete() ? "yes" : "NO",
            r.publisher())).toList());
    if (risk.referenceData().stream().anyMatch(r -> !r.complete())) {
      d.paragraph("Some reference lists used are incomplete copies: a facility without a signal from them is not"
          + " proven free of listing. " + risk.referenceData().stream().filter(r -> !r.complete())
              .map(ReferenceDataVersion::name).collect(Collectors.joining(", ")) + ".");
    }

    d.heading("How to check this package");
    d.paragraph(Manifest.FILE_NAME + " lists every other file of this package with its size and SHA-256, the SHA-256"
        + " of the dossier and the reference data used. Recompute the hashes with any SHA-256 tool (for example"
        + " sha256sum) or with the ctpat4j verify command, which also reports missing and extra files"
        + (signed ? " and checks the Ed25519 signature in " + Manifest.SIGNATURE_FILE_NAME + "." : "."));
    return d;
  }

  private List<String> facilityRow(Facility f) {
    String supplies = chain.links().stream().filter(l -> l.from().equals(f.id()))
        .map(l -> names.material(l.material()) + " to " + l.to()).distinct().collect(Collectors.joining("; "));
    if (chain.products().stream().anyMatch(p -> p.producedBy().equals(f.id()))) {
      String made = chain.products().stream().filter(p -> p.producedBy().equals(f.id()))
          .map(p -> "product " + p.id()).collect(Collectors.joining(", "));
      supplies = supplies.isEmpty() ? made : made + "; " + supplies;
    }
    RiskLevel level = risk.levelOf(f.id());
    return List.of(f.id(), f.name() + (f.aliases().isEmpty() ? "" : " (also " + String.join(", ", f.aliases()) + ")")
        + (f.redacted() ? " [REDACTED]" : ""), f.address() == null ? "UNKNOWN" : f.address(), f.country(),
        nz(f.region()), identifiers(f.identifiers()), level.name(), supplies);
  }

  private static String identifiers(Identifiers ids) {
    List<String> out = new ArrayList<>();
    if (ids.osId() != null) {
      out.add("OS ID " + ids.osId());
    }
    if (ids.lei() != null) {
      out.add("LEI " + ids.lei());
    }
    if (ids.uscc() != null) {
      out.add("USCC " + ids.uscc());
    }
    if (ids.gln() != null) {
      out.add("GLN " + ids.gln());
    }
    return String.join(", ", out);
  }

  private List<String> documentRow(DocumentCatalog.Entry e) {
    String title = e.document() == null ? "(not in the dossier)" : e.document().title();
    String date = e.document() != null && e.document().issued() != null
        ? e.document().issued().toString()
        : e.uses().stream().map(DocumentCatalog.Use::date).filter(java.util.Objects::nonNull).sorted()
            .map(Object::toString).findFirst().orElse("");
    String facility = e.uses().stream().map(DocumentCatalog.Use::facility).filter(java.util.Objects::nonNull)
        .distinct().sorted().map(names::facility).collect(Collectors.joining(", "));
    String proves = e.uses().stream().map(DocumentCatalog.Use::proves).distinct().collect(Collectors.joining("; "));
    String file = e.packagePath() == null ? e.status().toUpperCase(Locale.ROOT) : e.packagePath()
        + (e.status().equals("packaged") ? "" : " (" + e.status() + ")");
    return List.of(e.id(), title, date, facility.isEmpty() ? "partner" : facility, proves, file);
  }

  private boolean concernsChain(Finding f) {
    String s = f.subject();
    if (s.startsWith("facility:")) {
      return chain.contains(s.substring("facility:".length()));
    }
    if (s.startsWith("product:")) {
      return chain.products().stream().anyMatch(p -> p.id().equals(s.substring("product:".length())));
    }
    return true;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
