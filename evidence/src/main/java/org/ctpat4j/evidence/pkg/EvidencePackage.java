package org.ctpat4j.evidence.pkg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.ReferenceDataVersion;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.RiskSignal;

/**
 * The evidence package of one product's supply chain (or of every product's): what a CTPAT Trade Compliance partner
 * hands CBP when asked for "unredacted proof of the mapping for a specific supply chain", for audits of high-risk
 * chains, for proof of supplier training or for the risk assessment, and what an importer files to answer a UFLPA
 * detention, whose guidance asks to trace goods back to raw material at every stage (see the package documentation).
 *
 * <pre>{@code
 * PackageResult result = EvidencePackage.newBuilder()
 *     .dossier(dossier).dossierBytes(Path.of("dossier.json"))
 *     .risk(riskResult).reportJson(reportJson)
 *     .product("p1")
 *     .documents(Path.of("evidence"))
 *     .build()
 *     .writeTo(Path.of("p1-package.zip"));
 * if (!result.unredacted()) { ... result.problems() ... }
 * }</pre>
 *
 * <p>A package holds:
 * <ul>
 *   <li>{@value #INDEX_MD} and {@value #INDEX_HTML}: what the package answers, the chain tier by tier, the risk and
 *       why, the requirement statuses, and every document with its title, date, facility and what it proves; when the
 *       package has problems, it says first that it is not an unredacted answer, and why;
 *   <li>{@value #CHAIN_FILE}: the producer of each product and every facility upstream of it (name, aliases,
 *       address, country, region, tier, identifiers), the links between them with materials, shares and documents,
 *       and the unmapped inputs;
 *   <li>{@value #RISK_FILE}: the risk signals of the chain's facilities and the products' exposure with their paths;
 *   <li>{@value #REPORT_FILE}: the compliance report as given; {@value #DOSSIER_FILE}: the exact dossier bytes;
 *   <li>{@code documents/<id>-<file name>}: the files of the documents the dossier references for that chain;
 *   <li>{@value Manifest#FILE_NAME} and, when signed, {@value Manifest#SIGNATURE_FILE_NAME}.
 * </ul>
 *
 * <p>Writing is deterministic: the same inputs give byte-identical directories and zip files (see
 * {@link #writeTo(Path)}). Nothing reads the clock: the package's date is the risk assessment's {@code asOf}.
 * Document files are never held in memory whole: each is hashed as it is streamed when the package is assembled, and
 * hashed again as it is copied into the package; a file whose bytes changed in between fails the writing with a
 * {@link PackageException} and nothing is left behind, so what is hashed is what is written.
 *
 * <p>Immutable and thread-safe.
 */
@Incubating
public final class EvidencePackage {

  /** The Markdown index. */
  public static final String INDEX_MD = "index.md";
  /** The HTML index. */
  public static final String INDEX_HTML = "index.html";
  /** The supply-chain mapping. */
  public static final String CHAIN_FILE = "chain.json";
  /** The risk findings restricted to the chain. */
  public static final String RISK_FILE = "risk.json";
  /** The compliance report, as given. */
  public static final String REPORT_FILE = "report.json";
  /** The dossier, byte for byte. */
  public static final String DOSSIER_FILE = "dossier.json";

  private final Dossier dossier;
  private final byte[] dossierBytes;
  private final RiskResult risk;
  private final String reportJson;
  private final ReportSummary report;
  private final List<Product> products;
  private final Optional<Path> documents;
  private final Optional<ManifestSigner> signer;
  private final PackageLimits limits;

  private EvidencePackage(Builder b, Dossier dossier, byte[] dossierBytes, ReportSummary report,
      List<Product> products) {
    this.dossier = dossier;
    this.dossierBytes = dossierBytes;
    this.risk = b.risk;
    this.reportJson = b.reportJson;
    this.report = report;
    this.products = products;
    this.documents = Optional.ofNullable(b.documents);
    this.signer = Optional.ofNullable(b.signer);
    this.limits = b.limits;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the ids of the products this package answers for.
   *
   * @return the ids, sorted; never null or empty
   */
  public List<String> products() {
    return products.stream().map(Product::id).toList();
  }

  /**
   * Writes the package: as a zip file when the name ends with {@code .zip} (any case, replacing an existing file),
   * otherwise into a directory, which must not exist or be empty. Zip files are canonical: entries sorted, stored
   * uncompressed (so the bytes do not depend on the JVM's zlib), time stamps at midnight of {@code asOf}; the same
   * inputs give the same bytes.
   *
   * @param target the directory or zip file; never null
   * @return the manifest and problems of the package; never null
   * @throws PackageException if a document path would leave the documents folder, two documents would get the same
   *     file name, the directory is not empty, or a document changed between hashing and copying (nothing is then
   *     left written)
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public PackageResult writeTo(Path target) {
    Objects.requireNonNull(target, "target");
    Assembled a = assemble();
    if (PackagePaths.isZip(target)) {
      PackageIo.writeZip(target, a.files(), a.manifest().asOf());
    } else {
      PackageIo.writeDirectory(target, a.files());
    }
    return new PackageResult(target, a.manifest(), signer.isPresent());
  }

  /** The files of a package, manifest and signature included, and its manifest. */
  record Assembled(SortedMap<String, PackageFile> files, Manifest manifest) {}

  Assembled assemble() {
    Chain chain = Chain.of(dossier, products);
    DocumentCatalog docs = DocumentCatalog.collect(dossier, chain, risk, documents, limits);
    List<PackageProblem> problems = new ArrayList<>(docs.problems());
    for (Facility f : chain.facilities()) {
      if (f.redacted()) {
        problems.add(new PackageProblem(PackageProblem.Kind.FACILITY_REDACTED, "facility:" + f.id(),
            "Facility " + f.id() + " (tier " + chain.tier(f.id()) + ") is marked redacted: its name or address is masked."));
      }
      if (f.address() == null || f.address().isBlank()) {
        problems.add(new PackageProblem(PackageProblem.Kind.FACILITY_ADDRESS_UNKNOWN, "facility:" + f.id(),
            "Facility " + f.id() + " (" + f.name() + ", tier " + chain.tier(f.id()) + ") has no address."));
      }
    }
    DocumentCatalog.Labels names = new DocumentCatalog.Labels(dossier);
    for (UnmappedInput u : chain.unmapped()) {
      problems.add(new PackageProblem(PackageProblem.Kind.UNMAPPED_INPUT, "input:" + u.facility() + "/" + u.material(),
          "The supplier of " + names.material(u.material()) + " to " + names.facility(u.facility())
              + " is not mapped" + (u.note() == null ? "." : ": " + u.note())));
    }
    problems.sort(null);

    SortedMap<String, PackageFile> files = new TreeMap<>(docs.files());
    PackageFile dossierFile = PackageFile.of(dossierBytes);
    files.put(DOSSIER_FILE, dossierFile);
    files.put(REPORT_FILE, PackageFile.of(reportJson.getBytes(StandardCharsets.UTF_8)));
    files.put(CHAIN_FILE, PackageFile.of(Json.write(chainJson(chain))));
    files.put(RISK_FILE, PackageFile.of(Json.write(riskJson(chain))));
    IndexDocument index = new IndexBuilder(dossier, chain, risk, report, docs, problems, signer.isPresent(),
        dossierFile.sha256()).build();
    files.put(INDEX_MD, PackageFile.of(index.markdown()));
    files.put(INDEX_HTML, PackageFile.of(index.html()));

    List<ManifestEntry> entries = new ArrayList<>();
    files.forEach((path, file) -> entries.add(new ManifestEntry(path, file.size(), file.sha256())));
    Manifest manifest = new Manifest(Manifest.FORMAT, risk.asOf(), products(), dossierFile.sha256(),
        risk.referenceData(), entries, problems);
    byte[] manifestBytes = manifest.toJson();
    files.put(Manifest.FILE_NAME, PackageFile.of(manifestBytes));
    signer.ifPresent(s -> files.put(Manifest.SIGNATURE_FILE_NAME, PackageFile.of(s.sign(manifestBytes))));
    return new Assembled(files, manifest);
  }

  private ObjectNode chainJson(Chain chain) {
    ObjectNode root = Json.object();
    root.put("asOf", risk.asOf().toString());
    root.put("partner", dossier.partner().name());
    root.put("tiers", chain.depth());
    ArrayNode ps = root.putArray("products");
    for (Product p : chain.products()) {
      ObjectNode n = ps.addObject().put("id", p.id()).put("name", p.name()).put("producedBy", p.producedBy());
      putIfPresent(n, "hsCode", p.hsCode());
    }
    ArrayNode fs = root.putArray("facilities");
    for (Facility f : chain.facilities()) {
      ObjectNode n = fs.addObject()
          .put("id", f.id())
          .put("name", f.name())
          .put("country", f.country())
          .put("tier", chain.tier(f.id()))
          .put("redacted", f.redacted());
      putIfPresent(n, "address", f.address());
      putIfPresent(n, "region", f.region());
      ArrayNode aliases = n.putArray("aliases");
      f.aliases().forEach(aliases::add);
      Identifiers ids = f.identifiers();
      ObjectNode idn = n.putObject("identifiers");
      putIfPresent(idn, "osId", ids.osId());
      putIfPresent(idn, "lei", ids.lei());
      putIfPresent(idn, "uscc", ids.uscc());
      putIfPresent(idn, "gln", ids.gln());
    }
    ArrayNode ls = root.putArray("links");
    for (Link l : chain.links()) {
      ObjectNode n = ls.addObject().put("from", l.from()).put("to", l.to());
      ObjectNode m = n.putObject("material").put("id", l.material());
      dossier.material(l.material()).ifPresent(mat -> {
        m.put("name", mat.name());
        putIfPresent(m, "hsCode", mat.hsCode());
      });
      if (l.share() != null) {
        n.put("share", l.share());
      }
      ArrayNode d = n.putArray("documents");
      l.documents().forEach(d::add);
    }
    ArrayNode us = root.putArray("unmappedInputs");
    for (UnmappedInput u : chain.unmapped()) {
      ObjectNode n = us.addObject().put("facility", u.facility()).put("material", u.material());
      putIfPresent(n, "note", u.note());
    }
    return root;
  }

  private ObjectNode riskJson(Chain chain) {
    ObjectNode root = Json.object();
    root.put("asOf", risk.asOf().toString());
    root.put("mappingCoverageOfAllProducts", risk.mappingCoverage());
    ArrayNode ps = root.putArray("products");
    for (Product p : chain.products()) {
      ProductExposure e = risk.product(p.id()).orElseThrow();
      ObjectNode n = ps.addObject().put("id", e.product()).put("level", e.level().name()).put("score", e.score());
      ArrayNode paths = n.putArray("paths");
      for (List<String> path : e.paths()) {
        ArrayNode a = paths.addArray();
        path.forEach(a::add);
      }
    }
    ArrayNode fs = root.putArray("facilities");
    for (Facility f : chain.facilities()) {
      Optional<FacilityRisk> fr = risk.facility(f.id());
      if (fr.isEmpty()) {
        continue;
      }
      ObjectNode n = fs.addObject()
          .put("id", f.id())
          .put("tier", chain.tier(f.id()))
          .put("level", fr.get().level().name())
          .put("score", fr.get().score());
      ArrayNode sigs = n.putArray("signals");
      for (RiskSignal s : fr.get().signals()) {
        sigs.addObject().put("rule", s.rule()).put("level", s.level().name()).put("score", s.score())
            .put("reason", s.reason()).put("source", s.source());
      }
    }
    ArrayNode refs = root.putArray("referenceData");
    for (ReferenceDataVersion r : risk.referenceData()) {
      refs.addObject().put("name", r.name()).put("version", r.version()).put("complete", r.complete())
          .put("publisher", r.publisher()).put("source", r.source()).put("note", r.note());
    }
    return root;
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  /**
   * Configures an {@link EvidencePackage}. Not thread-safe; {@link #build()} checks everything and may be called more
   * than once.
   */
  public static final class Builder {

    private Dossier dossier;
    private byte[] dossierBytes;
    private Path dossierFile;
    private RiskResult risk;
    private String reportJson;
    private final Set<String> productIds = new LinkedHashSet<>();
    private boolean allProducts;
    private Path documents;
    private ManifestSigner signer;
    private PackageLimits limits = PackageLimits.DEFAULTS;

    private Builder() {}

    /**
     * Sets the bounds within which the dossier file and the documents are read (checked by size before reading; a
     * document that is not a regular file, or too large, fails the build of the package with a
     * {@link PackageException}). Default: {@link PackageLimits#DEFAULTS}.
     *
     * @param limits the limits; never null
     * @return this builder
     */
    public Builder limits(PackageLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the dossier. When dossier bytes are also given, they must hold this dossier.
     *
     * @param dossier a validated dossier; never null
     * @return this builder
     */
    public Builder dossier(Dossier dossier) {
      this.dossier = Objects.requireNonNull(dossier, "dossier");
      return this;
    }

    /**
     * Sets the exact bytes of the dossier file, copied into the package as {@value #DOSSIER_FILE}; their SHA-256 goes
     * into the manifest. Without them the dossier is written with {@code DossierWriter.standard()}.
     *
     * @param bytes the dossier file's bytes; never null
     * @return this builder
     */
    public Builder dossierBytes(byte[] bytes) {
      this.dossierBytes = Objects.requireNonNull(bytes, "bytes").clone();
      this.dossierFile = null;
      return this;
    }

    /**
     * Sets the dossier file, read by {@link #build()}; see {@link #dossierBytes(byte[])}.
     *
     * @param file the dossier file; never null
     * @return this builder
     */
    public Builder dossierBytes(Path file) {
      this.dossierFile = Objects.requireNonNull(file, "file");
      this.dossierBytes = null;
      return this;
    }

    /**
     * Sets the risk assessment of the dossier; its {@code asOf} is the package's date.
     *
     * @param risk the result of assessing this dossier; never null
     * @return this builder
     */
    public Builder risk(RiskResult risk) {
      this.risk = Objects.requireNonNull(risk, "risk");
      return this;
    }

    /**
     * Sets the compliance report of the dossier, as {@code ctpat4j-report/1} JSON text, copied into the package as
     * {@value #REPORT_FILE}; its requirement statuses and findings go into the index.
     *
     * @param json the report; never null
     * @return this builder
     */
    public Builder reportJson(String json) {
      this.reportJson = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Adds a product to answer for; may be called more than once.
     *
     * @param productId the product's id in the dossier; never null
     * @return this builder
     */
    public Builder product(String productId) {
      productIds.add(Objects.requireNonNull(productId, "productId"));
      return this;
    }

    /**
     * Answers for every product of the dossier instead of chosen ones.
     *
     * @return this builder
     */
    public Builder allProducts() {
      this.allProducts = true;
      return this;
    }

    /**
     * Sets the folder the dossier's document paths are relative to. Without it, every referenced document with a
     * path is reported as {@link PackageProblem.Kind#DOCUMENT_MISSING}.
     *
     * @param dir the documents folder; never null
     * @return this builder
     */
    public Builder documents(Path dir) {
      this.documents = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Signs the manifest; the package then holds {@value Manifest#SIGNATURE_FILE_NAME}.
     *
     * @param signer the signer; never null
     * @return this builder
     */
    public Builder signWith(ManifestSigner signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * Checks the configuration and builds the package description (no file is written yet).
     *
     * @return the package; never null
     * @throws IllegalStateException if the dossier, risk, report or product choice is missing, or both products and
     *     all products were chosen
     * @throws PackageException if the dossier bytes do not hold the dossier, a product is unknown or not assessed, or
     *     the report is not a {@code ctpat4j-report/1} document of the same day as the risk assessment
     * @throws UncheckedIOException if the dossier file cannot be read
     */
    public EvidencePackage build() {
      if (dossier == null && dossierBytes == null && dossierFile == null) {
        throw new IllegalStateException("dossier or dossierBytes must be set");
      }
      if (risk == null) {
        throw new IllegalStateException("risk must be set");
      }
      if (reportJson == null) {
        throw new IllegalStateException("reportJson must be set");
      }
      if (allProducts == !productIds.isEmpty()) {
        throw new IllegalStateException(allProducts
            ? "choose either product(...) or allProducts(), not both"
            : "choose product(...) or allProducts()");
      }
      byte[] bytes = dossierBytes;
      if (dossierFile != null) {
        bytes = BoundedFiles.read(dossierFile, limits.maxFileBytes(), "dossier file");
      }
      Dossier d = dossier;
      if (bytes == null) {
        bytes = DossierWriter.standard().write(d).getBytes(StandardCharsets.UTF_8);
      } else {
        Dossier parsed;
        try {
          parsed = DossierReader.strict().read(new java.io.ByteArrayInputStream(bytes), DOSSIER_FILE);
        } catch (DossierFormatException e) {
          throw new PackageException("the dossier bytes are not a valid dossier: " + e.getMessage(), e);
        }
        if (d == null) {
          d = parsed;
        } else if (!parsed.equals(d)) {
          throw new PackageException("the dossier bytes do not hold the given dossier");
        }
      }
      ReportSummary summary = ReportSummary.parse(reportJson);
      if (!summary.asOf().equals(risk.asOf())) {
        throw new PackageException("the report is as of " + summary.asOf() + " but the risk assessment is as of "
            + risk.asOf() + "; assess both on the same day");
      }
      List<Product> chosen = new ArrayList<>();
      if (allProducts) {
        chosen.addAll(d.products());
        if (chosen.isEmpty()) {
          throw new PackageException("the dossier has no products to package");
        }
      } else {
        for (String id : productIds) {
          Dossier dd = d;
          chosen.add(dd.products().stream().filter(p -> p.id().equals(id)).findFirst()
              .orElseThrow(() -> new PackageException("the dossier has no product '" + id + "'")));
        }
      }
      for (Product p : chosen) {
        if (risk.product(p.id()).isEmpty()) {
          throw new PackageException("the risk result has no exposure for product '" + p.id()
              + "'; was it assessed on this dossier?");
        }
      }
      chosen.sort(java.util.Comparator.comparing(Product::id));
      return new EvidencePackage(this, d, Arrays.copyOf(bytes, bytes.length), summary, List.copyOf(chosen));
    }
  }
}
