package org.ctpat4j.samples.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.pkg.EvidencePackage;
import org.ctpat4j.evidence.pkg.PackageProblem;
import org.ctpat4j.evidence.pkg.PackageResult;
import org.ctpat4j.evidence.pkg.PackageVerifier;
import org.ctpat4j.evidence.pkg.VerificationResult;

/**
 * Answers a CBP request for "unredacted proof of the mapping for a specific supply chain": check the dossier, hand
 * the report to an {@link EvidencePackage} (it carries the risk assessment and the day), write the package as a zip
 * and verify it as the receiver would.
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.EvidencePackageExample \
 *     [DOSSIER [PRODUCT [PACKAGE.zip]]]
 * }</pre>
 */
public final class EvidencePackageExample {

  private static final ComplianceChecker CHECKER = ComplianceChecker.newBuilder().locale(Locale.ENGLISH).build();

  private EvidencePackageExample() {}

  /**
   * Checks a dossier file as of its own {@code asOf} and writes the evidence package of one product, with the
   * documents found next to the dossier file.
   *
   * @param dossierFile the dossier file; never null
   * @param productId the product CBP asks about; never null
   * @param zip where to write the package (a file ending in {@code .zip}); never null
   * @return the manifest and problems of the package; never null
   */
  public static PackageResult write(Path dossierFile, String productId, Path zip) {
    Dossier dossier = DossierReader.strict().read(dossierFile);
    ComplianceReport report = CHECKER.check(dossier);
    return EvidencePackage.newBuilder()
        .dossier(dossier)
        .dossierBytes(dossierFile)
        .report(report)
        .product(productId)
        .documents(dossierFile.toAbsolutePath().getParent())
        .build()
        .writeTo(zip);
  }

  /**
   * Writes the package of a product (the solar importer's module {@code p-bf430} by default), says whether it is an
   * unredacted answer and verifies it.
   *
   * @param args {@code [DOSSIER [PRODUCT [PACKAGE.zip]]]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/dossiers/solar-importer/dossier.json");
    String product = args.length > 1 ? args[1] : "p-bf430";
    Path zip = Path.of(args.length > 2 ? args[2] : product + "-package.zip");
    PackageResult result = write(file, product, zip);
    System.out.println(zip + ": " + result.manifest().files().size() + " files, "
        + (result.unredacted() ? "a complete, unredacted answer" : "NOT an unredacted answer:"));
    for (PackageProblem p : result.problems()) {
      System.out.println("  " + p.kind() + " " + p.subject() + ": " + p.message());
    }
    VerificationResult verified = PackageVerifier.verify(zip);
    System.out.println("verified: " + (verified.valid() ? "VALID" : "INVALID"));
  }
}
