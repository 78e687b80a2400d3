package org.ctpat4j.evidence.pkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * The documents relevant to a chain, what each proves, and whether its file could be packaged. Relevant: the
 * partner-level documents (social compliance program, risk assessment, code of conduct and its policies, remediation
 * plan, employee and management trainings, engagements), the audits, trainings and commitments of chain facilities,
 * and the documents of chain links.
 */
final class DocumentCatalog {

  /** One reason a document is in the package. */
  record Use(String proves, String facility, LocalDate date) {}

  /** A document of the package; {@code document} and {@code packagePath} may be null. */
  record Entry(String id, Document document, List<Use> uses, String packagePath, String status) {}

  private final List<Entry> entries;
  private final SortedMap<String, PackageFile> files;
  private final List<PackageProblem> problems;

  private DocumentCatalog(List<Entry> entries, SortedMap<String, PackageFile> files, List<PackageProblem> problems) {
    this.entries = entries;
    this.files = files;
    this.problems = problems;
  }

  List<Entry> entries() {
    return entries;
  }

  /** The packaged document files by package path. */
  SortedMap<String, PackageFile> files() {
    return files;
  }

  List<PackageProblem> problems() {
    return problems;
  }

  static DocumentCatalog collect(
      Dossier dossier, Chain chain, RiskResult risk, Optional<Path> documentsDir, PackageLimits limits) {
    Map<String, List<Use>> uses = new TreeMap<>();
    List<PackageProblem> problems = new ArrayList<>();
    Evidence ev = dossier.evidence();
    Labels names = new Labels(dossier);

    if (ev.socialComplianceProgram() != null) {
      var scp = ev.socialComplianceProgram();
      add(uses, scp.document(), new Use(
          "the partner's documented social compliance program (CTPAT MSC 3.9)"
              + (scp.addressesForcedLabor() ? ", which addresses forced labor" : ", which does not say it addresses forced labor")
              + (scp.lastReviewed() != null ? ", last reviewed " + scp.lastReviewed() : ""),
          null, scp.adopted()));
    }
    RiskAssessment ra = ev.riskAssessment();
    if (ra != null) {
      add(uses, ra.document(), new Use(
          "the partner's supply-chain risk assessment"
              + (ra.includesForcedLabor() ? ", including forced labor" : ", which does not say it covers forced labor")
              + (ra.sourcesConsulted().isEmpty() ? "" : ", consulting "
                  + ra.sourcesConsulted().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))),
          null, ra.performed()));
    }
    CodeOfConduct coc = ev.codeOfConduct();
    if (coc != null) {
      List<String> facts = new ArrayList<>();
      facts.add(coc.prohibitsForcedLabor() ? "prohibits forced labor" : "does not say it prohibits forced labor");
      if (coc.commitsToMapping()) {
        facts.add("commits to supply-chain mapping");
      }
      if (coc.publicUrl() != null) {
        facts.add("is published at " + coc.publicUrl());
      }
      if (coc.uploadedToPortal() != null) {
        facts.add("was uploaded to the CTPAT Portal on " + coc.uploadedToPortal());
      }
      add(uses, coc.document(), new Use(
          "the partner's written code of conduct, version " + coc.version() + ", which " + String.join(", ", facts),
          null, coc.adopted()));
      for (String policy : coc.policies()) {
        add(uses, policy, new Use(
            "a policy or procedure that puts code of conduct " + coc.version() + " into practice", null, null));
      }
    }
    for (Audit a : ev.audits()) {
      if (!chain.contains(a.facility())) {
        continue;
      }
      long open = a.findings().stream().filter(f -> f.status() == AuditFindingStatus.OPEN).count();
      RiskLevel level = risk.levelOf(a.facility());
      String what = "Audit " + a.id() + " of facility " + names.facility(a.facility()) + " ("
          + (a.scheme() == null ? "scheme not stated" : a.scheme()) + ", "
          + (a.independent() ? "independent" : "not independent") + ", "
          + (a.announced() ? "announced" : "unannounced") + ", " + a.date() + ")";
      String proves = what + ": proves " + (a.independent() ? "an independent" : "a") + " social audit of a "
          + (level == RiskLevel.LOW ? "" : level.name().toLowerCase(Locale.ROOT) + "-risk ") + "tier-"
          + chain.tier(a.facility()) + " facility, with " + a.findings().size() + " finding(s), " + open + " open";
      add(uses, a.document(), new Use(proves, a.facility(), a.date()));
      if (a.redacted()) {
        problems.add(new PackageProblem(PackageProblem.Kind.AUDIT_REDACTED, "audit:" + a.id(),
            "Audit " + a.id() + " of facility " + names.facility(a.facility()) + " is marked redacted."));
      }
    }
    for (Training t : ev.trainings()) {
      String topics = t.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
      if (t.audience() == TrainingAudience.SUPPLIER) {
        if (t.facility() == null || !chain.contains(t.facility())) {
          continue;
        }
        add(uses, t.document(), new Use(
            "Training " + t.id() + " of supplier " + names.facility(t.facility()) + " (" + t.date()
                + (topics.isEmpty() ? "" : ", topics " + topics) + "): proves supplier training on forced-labor risks",
            t.facility(), t.date()));
      } else {
        add(uses, t.document(), new Use(
            "Training " + t.id() + " of " + t.audience().name().toLowerCase(Locale.ROOT) + " (" + t.date()
                + (topics.isEmpty() ? "" : ", topics " + topics)
                + (t.participants() == null ? "" : ", " + t.participants() + " participants")
                + "): proves internal training on spotting forced labor",
            null, t.date()));
      }
    }
    for (SupplierCommitment c : ev.supplierCommitments()) {
      if (!chain.contains(c.facility())) {
        continue;
      }
      add(uses, c.document(), new Use(
          "Commitment of supplier " + names.facility(c.facility()) + ": proves it acknowledged code of conduct "
              + c.codeOfConductVersion() + " on " + c.acknowledged()
              + (c.excludesForcedLaborPartners() ? " and will not deal with partners that use forced labor" : ""),
          c.facility(), c.acknowledged()));
    }
    if (ev.remediationPlan() != null) {
      var plan = ev.remediationPlan();
      add(uses, plan.document(), new Use(
          "the partner's remediation plan for forced labor found in the supply chain"
              + (plan.includesCbpDisclosure() ? ", including disclosure to CBP" : ", without a step to disclose to CBP"),
          null, plan.adopted()));
    }
    for (Engagement e : ev.engagements()) {
      add(uses, e.document(), new Use(
          "Engagement " + e.kind().name() + " on " + e.date() + ": proves shared best practices and a path forward"
              + (e.description() == null ? "" : " (" + e.description() + ")"),
          null, e.date()));
    }
    for (Link l : chain.links()) {
      for (String d : l.documents()) {
        add(uses, d, new Use(
            "proves the link " + names.facility(l.from()) + " supplies " + names.material(l.material()) + " to "
                + names.facility(l.to()),
            l.to(), null));
      }
    }

    List<Entry> entries = new ArrayList<>();
    SortedMap<String, PackageFile> files = new TreeMap<>();
    Map<String, String> owners = new HashMap<>();
    long total = 0;
    for (var e : uses.entrySet()) {
      String id = e.getKey();
      Optional<Document> found = ev.document(id);
      if (found.isEmpty()) {
        problems.add(new PackageProblem(PackageProblem.Kind.BROKEN_REFERENCE, "document:" + id,
            "Document " + id + " is referred to but the dossier does not list it."));
        entries.add(new Entry(id, null, e.getValue(), null, "not listed in the dossier"));
        continue;
      }
      Document doc = found.get();
      if (doc.redacted()) {
        problems.add(new PackageProblem(PackageProblem.Kind.DOCUMENT_REDACTED, "document:" + id,
            "Document " + id + " (" + doc.title() + ") is marked redacted."));
      }
      if (doc.path() == null) {
        problems.add(new PackageProblem(PackageProblem.Kind.DOCUMENT_NOT_HELD, "document:" + id,
            "Document " + id + " (" + doc.title() + ") has no file in the dossier."));
        entries.add(new Entry(id, doc, e.getValue(), null, "no file"));
        continue;
      }
      if (documentsDir.isEmpty()) {
        problems.add(new PackageProblem(PackageProblem.Kind.DOCUMENT_FILE_NOT_FOUND, "document:" + id,
            "Document " + id + " (" + doc.title() + "): no documents folder was given, so '" + doc.path()
                + "' could not be packaged."));
        entries.add(new Entry(id, doc, e.getValue(), null, "file not packaged"));
        continue;
      }
      Path file = PackagePaths.resolveDocument(documentsDir.get(), id, doc.path());
      if (!Files.isRegularFile(file)) {
        problems.add(new PackageProblem(PackageProblem.Kind.DOCUMENT_FILE_NOT_FOUND, "document:" + id,
            "Document " + id + " (" + doc.title() + "): file '" + doc.path() + "' is missing."));
        entries.add(new Entry(id, doc, e.getValue(), null, "file missing"));
        continue;
      }
      PackageFile bytes = BoundedFiles.digest(file, limits.maxFileBytes(), "document '" + id + "'");
      total += bytes.size();
      BoundedFiles.check(total, limits.maxTotalBytes(), "the documents together");
      String actual = bytes.sha256();
      if (doc.sha256() != null && !doc.sha256().equals(actual)) {
        problems.add(new PackageProblem(PackageProblem.Kind.DOCUMENT_HASH_MISMATCH, "document:" + id,
            "Document " + id + " (" + doc.title() + "): file '" + doc.path() + "' has SHA-256 " + actual
                + " but the dossier records " + doc.sha256() + "; it was not packaged."));
        entries.add(new Entry(id, doc, e.getValue(), null, "SHA-256 does not match the dossier"));
        continue;
      }
      String fileName = Path.of(doc.path().replace('\\', '/')).getFileName().toString();
      String packagePath = "documents/" + PackagePaths.safeName(id) + "-" + PackagePaths.safeName(fileName);
      String previous = owners.putIfAbsent(packagePath, id);
      if (previous != null) {
        throw new PackageException("documents '" + previous + "' and '" + id + "' would both be packaged as '"
            + packagePath + "'; give them ids that differ in letters or digits");
      }
      files.put(packagePath, bytes);
      entries.add(new Entry(id, doc, e.getValue(), packagePath,
          (doc.redacted() ? "packaged, REDACTED" : "packaged") + (doc.sha256() == null ? ", dossier gives no SHA-256" : "")));
    }
    return new DocumentCatalog(List.copyOf(entries), files, problems.stream().sorted().toList());
  }

  private static void add(Map<String, List<Use>> uses, String documentId, Use use) {
    if (documentId != null) {
      uses.computeIfAbsent(documentId, k -> new ArrayList<>()).add(use);
    }
  }

  /** Human labels of dossier ids. */
  static final class Labels {
    private final Dossier dossier;

    Labels(Dossier dossier) {
      this.dossier = dossier;
    }

    String facility(String id) {
      return dossier.facility(id).map(f -> id + " (" + f.name() + ")").orElse(id);
    }

    String material(String id) {
      return dossier.material(id).map(m -> m.name() + " (" + id + ")").orElse(id);
    }
  }
}
