package org.ctpat4j.samples.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;

/**
 * Replaces the bundled (partial) UFLPA Entity List with a newer edition, a CSV file with the same columns
 * ({@link ReferenceList#header()}), through {@link ReferenceData#newBuilder()}. DHS publishes additions in the Federal
 * Register (see https://www.dhs.gov/uflpa-entity-list); an importer should assess against the current edition, and
 * say whether its copy is complete: reports flag partial lists so that "no match" is never read as "not listed".
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.NewerEntityListExample [CSV [DOSSIER]]
 * }</pre>
 */
public final class NewerEntityListExample {

  private NewerEntityListExample() {}

  /**
   * Builds a risk engine on the bundled data with the UFLPA Entity List replaced.
   *
   * @param csv the newer edition (UTF-8 CSV, the bundled list's columns); never null
   * @param edition what edition it is, for reports (for example "DHS, as of 2026-09-30"); never null
   * @param complete whether the file holds the whole list
   * @return the engine; never null
   * @throws org.ctpat4j.risk.data.ReferenceDataException naming the file, line and column of a bad row
   */
  public static RiskEngine engineWith(Path csv, String edition, boolean complete) {
    ReferenceData data =
        ReferenceData.newBuilder()
            .uflpaEntityList(
                csv,
                new ReferenceDataVersion(
                    ReferenceList.UFLPA_ENTITY_LIST.title(),
                    edition,
                    complete,
                    "DHS / Forced Labor Enforcement Task Force",
                    csv.toString(),
                    complete ? "" : "partial copy"))
            .build();
    return RiskEngine.newBuilder().referenceData(data).build();
  }

  /**
   * Assesses a dossier (the compliant importer by default) against a newer list (by default a one-entity file written
   * to a temporary folder, listing one of its invented suppliers) and prints the verdict and the list edition used.
   *
   * @param args {@code [CSV [DOSSIER]]}
   */
  public static void main(String[] args) {
    Path csv = args.length > 0 ? Path.of(args[0]) : demoList();
    Path file = Path.of(args.length > 1 ? args[1] : "samples/dossiers/compliant-importer/dossier.json");
    Dossier dossier = DossierReader.strict().read(file);
    RiskEngine engine = engineWith(csv, "newer edition from " + csv.getFileName(), false);
    ComplianceReport report =
        ComplianceChecker.newBuilder().riskAssessor(engine).build()
            .check(dossier, Objects.requireNonNullElse(dossier.asOf(), LocalDate.of(2026, 11, 1)));
    System.out.println(report.partnerName() + ": " + report.verdict());
    report.referenceData().stream()
        .filter(v -> v.name().equals(ReferenceList.UFLPA_ENTITY_LIST.title()))
        .forEach(v -> System.out.println("UFLPA Entity List used: " + v.version() + (v.complete() ? "" : " (partial)")));
  }

  private static Path demoList() {
    try {
      Path csv = Files.createTempFile("uflpa-entity-list", ".csv");
      Files.writeString(
          csv,
          String.join(",", ReferenceList.UFLPA_ENTITY_LIST.header()) + "\n"
              + "Sandgrube Heideblick GmbH,,2(d)(2)(B)(v),2026-01-15,,silica sand,invented listing for this example\n",
          StandardCharsets.UTF_8);
      csv.toFile().deleteOnExit();
      return csv;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
