package org.ctpat4j.evidence.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.RiskResult;

/**
 * The evidence package of one product's supply chain (or of every product's): what a CTPAT Trade Compliance partner
 * hands CBP when asked for "unredacted proof of the mapping for a specific supply chain", for audits of high-risk
 * chains, for proof of supplier training or for the risk assessment, and what an importer files to answer a UFLPA
 * detention, whose guidance asks to trace goods back to raw material at every stage (see the package documentation).
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceChecker.newBuilder().build().check(dossier, asOf);
 * PackageResult result = EvidencePackage.newBuilder()
 *     .dossier(dossier).dossierBytes(Path.of("dossier.json"))
 *     .report(report)
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
 *   <li>{@value #REPORT_FILE}: the compliance report, written by {@link ReportRenderer#json()} (the same bytes as
 *       {@code ctpat4j assess --format json} writes for it); {@value #DOSSIER_FILE}: the exact dossier bytes;
 *   <li>{@code documents/<id>-<file name>}: the files of the documents the dossier references for that chain;
 *   <li>{@value Manifest#FILE_NAME} and, when signed, {@value Manifest#SIGNATURE_FILE_NAME}.
 * </ul>
 *
 * <p>Writing is deterministic: the same inputs give byte-identical directories and zip files (see
 * {@link #writeTo(Path)}). Nothing reads the clock: the package's date is the report's {@code asOf}, the day the
 * partner was judged at (its risk assessment is of the same day).
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
  /** The compliance report, in its {@code ctpat4j-report/1} JSON form. */
  public static final String REPORT_FILE = "report.json";
  /** The dossier, byte for byte. */
  public static final String DOSSIER_FILE = "dossier.json";

  private final Dossier dossier;
  private final byte[] dossierBytes;
  private final ComplianceReport report;
  private final List<Product> products;
  private final Optional<Path> documents;
  private final Optional<ManifestSigner> signer;
  private final PackageLimits limits;

  private EvidencePackage(Builder b, Dossier dossier, byte[] dossierBytes, List<Product> products) {
    this.dossier = dossier;
    this.dossierBytes = dossierBytes;
    this.report = b.report;
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
    RiskResult risk = report.risk();
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
    ByteArrayOutputStream reportJson = new ByteArrayOutputStream();
    ReportRenderer.json().render(report, reportJson);
    files.put(REPORT_FILE, PackageFile.of(reportJson.toByteArray()));
    files.put(CHAIN_FILE, PackageFile.of(ChainFiles.chain(dossier, chain, report.asOf())));
    files.put(RISK_FILE, PackageFile.of(ChainFiles.risk(chain, risk)));
    IndexDocument index = new IndexBuilder(dossier, chain, report, docs, problems, signer.isPresent(),
        dossierFile.sha256()).build();
    files.put(INDEX_MD, PackageFile.of(index.markdown()));
    files.put(INDEX_HTML, PackageFile.of(index.html()));

    List<ManifestEntry> entries = new ArrayList<>();
    files.forEach((path, file) -> entries.add(new ManifestEntry(path, file.size(), file.sha256())));
    Manifest manifest = new Manifest(Manifest.FORMAT, report.asOf(), products(), dossierFile.sha256(),
        risk.referenceData(), entries, problems);
    byte[] manifestBytes = manifest.toJson();
    files.put(Manifest.FILE_NAME, PackageFile.of(manifestBytes));
    signer.ifPresent(s -> files.put(Manifest.SIGNATURE_FILE_NAME, PackageFile.of(s.sign(manifestBytes))));
    return new Assembled(files, manifest);
  }

  /**
   * Configures an {@link EvidencePackage}. Not thread-safe; {@link #build()} checks everything and may be called more
   * than once.
   */
  public static final class Builder {

    private Dossier dossier;
    private byte[] dossierBytes;
    private Path dossierFile;
    private ComplianceReport report;
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
     * Sets the compliance report of the dossier, from {@link ComplianceChecker#check(Dossier, java.time.LocalDate)}
     * (or read back with {@link org.ctpat4j.evidence.report.ReportReader}). It carries everything else the package
     * needs: its {@code asOf} is the package's date, its risk assessment gives {@value #RISK_FILE} and the risk in the
     * index, its requirement statuses and findings go into the index, and it is written into the package as
     * {@value #REPORT_FILE} by {@link ReportRenderer#json()}.
     *
     * @param report the report of checking this dossier; never null
     * @return this builder
     */
    public Builder report(ComplianceReport report) {
      this.report = Objects.requireNonNull(report, "report");
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
     * path is reported as {@link PackageProblem.Kind#DOCUMENT_FILE_NOT_FOUND}.
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
     * @throws IllegalStateException if the dossier, report or product choice is missing, or both products and all
     *     products were chosen
     * @throws PackageException if the dossier bytes do not hold the dossier, the report is of another partner, or a
     *     product is unknown or not in the report's risk assessment
     * @throws UncheckedIOException if the dossier file cannot be read
     */
    public EvidencePackage build() {
      if (dossier == null && dossierBytes == null && dossierFile == null) {
        throw new IllegalStateException("dossier or dossierBytes must be set");
      }
      if (report == null) {
        throw new IllegalStateException("report must be set");
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
          parsed = DossierReader.strict().read(new ByteArrayInputStream(bytes), DOSSIER_FILE);
        } catch (DossierFormatException e) {
          throw new PackageException("the dossier bytes are not a valid dossier: " + e.getMessage(), e);
        }
        if (d == null) {
          d = parsed;
        } else if (!parsed.equals(d)) {
          throw new PackageException("the dossier bytes do not hold the given dossier");
        }
      }
      if (!report.partnerName().equals(d.partner().name())) {
        throw new PackageException("the report is of partner '" + report.partnerName() + "' but the dossier is of '"
            + d.partner().name() + "'; check this dossier");
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
        if (report.risk().product(p.id()).isEmpty()) {
          throw new PackageException("the report's risk assessment has no exposure for product '" + p.id()
              + "'; was the report made from this dossier?");
        }
      }
      chosen.sort(Comparator.comparing(Product::id));
      return new EvidencePackage(this, d, Arrays.copyOf(bytes, bytes.length), List.copyOf(chosen));
    }
  }
}
