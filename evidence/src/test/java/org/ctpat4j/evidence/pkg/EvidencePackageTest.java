package org.ctpat4j.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.evidence.report.ReportReader;
import org.ctpat4j.evidence.report.ReportRenderer;
import org.ctpat4j.risk.RiskResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void writeTo_solarProduct_packagesWholeChainFromPolysiliconProducerToModule() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path out = tmp.resolve("pkg");
    PackageResult r = c.builder().product("p1").build().writeTo(out);

    JsonNode chain = JSON.readTree(out.resolve("chain.json").toFile());
    Map<String, Integer> tiers = new HashMap<>();
    chain.get("facilities").forEach(f -> tiers.put(f.get("id").asText(), f.get("tier").asInt()));
    assertThat(tiers).containsExactlyInAnyOrderEntriesOf(
        Map.of("f4", 1, "f3", 2, "f5", 2, "f2", 3, "f1", 4, "f0", 5));
    assertThat(chain.get("tiers").asInt()).isEqualTo(5);
    JsonNode poly = chain.get("facilities").get(4);
    assertThat(poly.get("name").asText()).isEqualTo("Xinjiang Daqo New Energy Co., Ltd.");
    assertThat(poly.get("region").asText()).isEqualTo("CN-XJ");
    assertThat(poly.get("address").asText()).isEqualTo("Shihezi, Xinjiang");
    assertThat(poly.get("identifiers").get("uscc").asText()).isEqualTo("916590013133718422");
    List<String> links = new ArrayList<>();
    chain.get("links").forEach(l -> links.add(l.get("from").asText() + ">" + l.get("to").asText() + ":"
        + l.get("material").get("name").asText()));
    assertThat(links).containsExactlyInAnyOrder("f0>f1:Quartzite", "f1>f2:Polysilicon", "f2>f3:Silicon wafers",
        "f3>f2:Wafer scrap", "f3>f4:Solar cells", "f5>f4:Aluminium frames");
    assertThat(r.manifest().products()).containsExactly("p1");
    assertThat(r.unredacted()).isTrue();

    String index = read(out.resolve("index.md"));
    assertThat(index).contains("Tier 4").contains("Tier 5").contains("Xinjiang Daqo New Energy Co., Ltd.")
        .contains("f1 (Xinjiang Daqo New Energy Co., Ltd.) -> f2 (Ingot & Wafer Co.) -> f3 (Cell Works Ltd.)")
        .contains("complete, unredacted answer").doesNotContain("NOT an unredacted");
  }

  @Test
  void writeTo_chain_excludesOtherProductsAndTheirDocuments() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, true);
    Path out = tmp.resolve("pkg");
    PackageResult r = c.builder().product("p1").build().writeTo(out);

    assertThat(read(out.resolve("chain.json"))).doesNotContain("\"f8\"").doesNotContain("\"f9\"");
    assertThat(r.manifest().files()).extracting(ManifestEntry::path)
        .noneMatch(p -> p.startsWith("documents/d12-"))
        .contains("documents/d1-scp.pdf", "documents/d3-code_of_conduct.pdf", "documents/d4-recruitment.pdf",
            "documents/d5-f2-smeta.pdf", "documents/d8-f3.pdf", "documents/d13-mill-f0-f1.pdf",
            "documents/d14-bol-f3-f4.pdf", "documents/d6-employees.pdf", "documents/d10-remediation.pdf",
            "documents/d11-bp.pdf", "documents/d2-assessment-2026.pdf");
    assertThat(r.problems()).extracting(PackageProblem::subject).doesNotContain("input:f9/m0");
    String index = read(out.resolve("index.md"));
    assertThat(index).doesNotContain("only about f9").contains("input m6 of f5 is not mapped");
  }

  @Test
  void writeTo_redactedMissingAndMismatchedDocuments_reportedAsProblemsAndIndexSaysNotUnredacted()
      throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, true);
    Path out = tmp.resolve("pkg");
    PackageResult r = c.builder().product("p1").build().writeTo(out);

    assertThat(r.unredacted()).isFalse();
    assertThat(r.problems()).extracting(p -> p.kind() + " " + p.subject()).containsExactly(
        "UNMAPPED_INPUT input:f5/m6",
        "AUDIT_REDACTED audit:a1",
        "DOCUMENT_REDACTED document:d5",
        "DOCUMENT_FILE_NOT_FOUND document:d7",
        "DOCUMENT_HASH_MISMATCH document:d9");
    assertThat(r.manifest().files()).extracting(ManifestEntry::path)
        .contains("documents/d5-f2-smeta.pdf")
        .noneMatch(p -> p.startsWith("documents/d7-") || p.startsWith("documents/d9-"));
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("unredacted").asBoolean()).isFalse();
    assertThat(manifest.get("problems")).hasSize(5);

    String md = read(out.resolve("index.md"));
    String firstLines = md.substring(0, md.indexOf("## What this package answers"));
    assertThat(firstLines).contains("This package is NOT an unredacted answer. 5 problem(s)");
    assertThat(md).contains("DOCUMENT\\_HASH\\_MISMATCH").contains("FILE MISSING");
    String html = read(out.resolve("index.html"));
    assertThat(html).contains("<p class=\"alert\" role=\"alert\">This package is NOT an unredacted answer.");
  }

  @Test
  void writeTo_index_saysWhatEachDocumentProves() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path out = tmp.resolve("pkg");
    c.builder().product("p1").build().writeTo(out);
    String md = read(out.resolve("index.md"));
    assertThat(md)
        .contains("Audit a1 of facility f2 (Ingot & Wafer Co.) (SMETA, independent, unannounced, 2026-03-02): proves"
            + " an independent social audit of a tier-3 facility, with 1 finding(s), 1 open")
        .contains("Training t2 of supplier f3 (Cell Works Ltd.)")
        .contains("proves the link f0 (Hami Quartzite Mine) supplies Quartzite (m0) to f1")
        .contains("Verdict: NOT\\_COMPLIANT as of 2026-11-01")
        .contains("| RISK\\_BASED\\_MAPPING | NOT\\_MET |")
        .contains("Return passports to workers");
  }

  @Test
  void writeTo_sameInputsTwice_givesByteIdenticalZipsAndDirectories() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, true);
    ManifestSigner signer = ManifestSigner.of(ManifestSigner.generateKeyPair());
    EvidencePackage first = c.builder().product("p1").signWith(signer).build();
    EvidencePackage second = c.builder().product("p1").signWith(signer).build();
    first.writeTo(tmp.resolve("a.zip"));
    second.writeTo(tmp.resolve("b.ZIP"));
    assertThat(Files.readAllBytes(tmp.resolve("a.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.ZIP")));

    first.writeTo(tmp.resolve("da"));
    second.writeTo(tmp.resolve("db"));
    var a = Fixtures.files(tmp.resolve("da"));
    var b = Fixtures.files(tmp.resolve("db"));
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("manifest.sig");
    a.forEach((k, v) -> assertThat(b.get(k)).as(k).isEqualTo(v));
    var z = PackageIo.readZip(Files.readAllBytes(tmp.resolve("a.zip")), "a.zip").files();
    assertThat(z.keySet()).isEqualTo(a.keySet());
  }

  @Test
  void writeTo_dossierBytes_areCopiedExactlyAndHashedInManifest() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path out = tmp.resolve("pkg");
    PackageResult r = c.builder().product("p1").build().writeTo(out);
    assertThat(Files.readAllBytes(out.resolve("dossier.json"))).isEqualTo(c.dossierBytes());
    assertThat(r.manifest().dossierSha256()).isEqualTo(Sha256.hex(c.dossierBytes()));
    assertThat(Files.readAllBytes(out.resolve("report.json")))
        .as("written by the one report writer, as assess --format json writes it")
        .isEqualTo(ReportRenderer.json().render(c.report()).getBytes(StandardCharsets.UTF_8));
    assertThat(ReportReader.read(read(out.resolve("report.json")))).isEqualTo(c.report());
    assertThat(r.manifest().referenceData()).extracting(v -> v.name() + "/" + v.complete())
        .containsExactly("UFLPA Entity List/false", "WRO and Findings/true");
  }

  @Test
  void writeTo_allProducts_coversBothChains() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    PackageResult r = c.builder().allProducts().build().writeTo(tmp.resolve("all"));
    assertThat(r.manifest().products()).containsExactly("p1", "p2");
    JsonNode chain = JSON.readTree(tmp.resolve("all/chain.json").toFile());
    assertThat(chain.get("facilities")).hasSize(8);
    assertThat(r.manifest().files()).extracting(ManifestEntry::path).contains("documents/d12-f9.pdf");
  }

  @Test
  void writeTo_facilityRedactedOrWithoutAddress_isAProblem() {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Dossier d = c.dossier();
    List<Facility> fs = new ArrayList<>(d.facilities());
    Facility f2 = fs.get(2);
    fs.set(2, new Facility(f2.id(), "*****", f2.aliases(), f2.country(), f2.region(), "*****", f2.identifiers(), true));
    Facility f3 = fs.get(3);
    fs.set(3, new Facility(f3.id(), f3.name(), f3.country(), f3.region()));
    Dossier changed = new Dossier(d.format(), d.asOf(), d.partner(), fs, d.materials(), d.links(),
        d.unmappedInputs(), d.products(), d.evidence());
    PackageResult r = EvidencePackage.newBuilder().dossier(changed).report(c.report())
        .documents(c.documents()).product("p1").build().writeTo(tmp.resolve("x.zip"));
    assertThat(r.problems()).extracting(p -> p.kind() + " " + p.subject())
        .containsExactly("FACILITY_REDACTED facility:f2", "FACILITY_ADDRESS_UNKNOWN facility:f3");
  }

  @Test
  void writeTo_withoutDocumentsFolder_reportsEveryDocumentMissing() {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    PackageResult r = EvidencePackage.newBuilder().dossier(c.dossier()).report(c.report())
        .product("p1").build().writeTo(tmp.resolve("nodocs"));
    assertThat(r.problems()).isNotEmpty().allMatch(p -> p.kind() == PackageProblem.Kind.DOCUMENT_FILE_NOT_FOUND);
    assertThat(r.problems()).hasSize(13);
  }

  @Test
  void writeTo_documentPathWithDotDot_isRejectedNamingTheDocument() {
    assertEscapeRejected("../secret.txt", "document 'd1'", "must not contain '..'");
    assertEscapeRejected("policies/../../secret.txt", "document 'd1'", "'..'");
    assertEscapeRejected("/etc/passwd", "document 'd1'", "must be relative");
    assertEscapeRejected("..\\secret.txt", "document 'd1'", "'..'");
    assertEscapeRejected("C:/secret.txt", "document 'd1'", "must be relative");
  }

  @Test
  void writeTo_documentLinkingOutsideFolder_isRejected() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "secret");
    Path link = c.documents().resolve("policies/scp.pdf");
    Files.delete(link);
    try {
      Files.createSymbolicLink(link, secret);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("the file system has no symbolic links, nothing to escape through: " + e);
    }
    assertThatThrownBy(() -> c.builder().product("p1").build().writeTo(tmp.resolve("out")))
        .isInstanceOf(PackageException.class)
        .hasMessageContaining("document 'd1'")
        .hasMessageContaining("links outside the documents folder");
  }

  private void assertEscapeRejected(String path, String... messageParts) {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Dossier changed = withDocumentPath(c.dossier(), "d1", path);
    EvidencePackage p = EvidencePackage.newBuilder().dossier(changed).report(c.report())
        .documents(c.documents()).product("p1").build();
    var thrown = assertThatThrownBy(() -> p.writeTo(tmp.resolve("out-" + Math.abs(path.hashCode()))))
        .isInstanceOf(PackageException.class);
    for (String part : messageParts) {
      thrown.hasMessageContaining(part);
    }
  }

  static Dossier withDocumentPath(Dossier d, String id, String path) {
    Evidence ev = d.evidence();
    List<Document> docs = ev.documents().stream()
        .map(x -> x.id().equals(id)
            ? new Document(x.id(), x.title(), path, x.sha256(), x.language(), x.redacted(), x.issued())
            : x)
        .toList();
    Evidence changed = new Evidence(ev.socialComplianceProgram(), ev.riskAssessment(), ev.codeOfConduct(),
        ev.audits(), ev.trainings(), ev.supplierCommitments(), ev.remediationPlan(), ev.remediationCases(),
        ev.engagements(), docs);
    return new Dossier(d.format(), d.asOf(), d.partner(), d.facilities(), d.materials(), d.links(),
        d.unmappedInputs(), d.products(), changed);
  }

  @Test
  void writeTo_hostileDossierText_isEscapedInHtmlAndMarkdown() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false, "Evil <script>alert(1)</script> | Co. *bold* [x](y)\nnext");
    Path out = tmp.resolve("pkg");
    c.builder().product("p1").build().writeTo(out);
    String html = read(out.resolve("index.html"));
    assertThat(html).doesNotContain("<script>").contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; | Co.");
    String md = read(out.resolve("index.md"));
    assertThat(md).contains("Evil \\<script>alert(1)\\</script> \\| Co. \\*bold\\* \\[x\\](y) next");
    for (String line : md.split("\n")) {
      if (line.startsWith("| f4 |")) {
        assertThat(line.replace("\\|", "").chars().filter(ch -> ch == '|').count()).isEqualTo(9);
      }
    }
  }

  @Test
  void writeTo_nonEmptyDirectory_isRefused() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path out = tmp.resolve("busy");
    Fixtures.write(out.resolve("old.txt"), "old");
    assertThatThrownBy(() -> c.builder().product("p1").build().writeTo(out))
        .isInstanceOf(PackageException.class).hasMessageContaining("not empty");
  }

  @Test
  void build_invalidConfiguration_failsWithClearMessage() {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    assertThatThrownBy(() -> c.builder().product("nope").build())
        .isInstanceOf(PackageException.class).hasMessageContaining("no product 'nope'");
    assertThatThrownBy(() -> c.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("product");
    assertThatThrownBy(() -> c.builder().product("p1").allProducts().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> EvidencePackage.newBuilder().dossier(c.dossier()).product("p1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("report must be set");
    Dossier d = c.dossier();
    Dossier otherPartner = new Dossier(d.format(), d.asOf(),
        new Partner("Other Imports LLC", d.partner().country(), d.partner().entityType(), d.partner().memberships()),
        d.facilities(), d.materials(), d.links(), d.unmappedInputs(), d.products(), d.evidence());
    assertThatThrownBy(() -> c.builder().report(Fixtures.report(otherPartner, c.report().risk())).product("p1")
        .build()).isInstanceOf(PackageException.class)
        .hasMessageContaining("partner 'Other Imports LLC' but the dossier is of 'Sunny Imports LLC'");
    RiskResult r = c.report().risk();
    RiskResult withoutP1 = new RiskResult(r.asOf(), r.facilities(),
        r.products().stream().filter(p -> !p.product().equals("p1")).toList(), r.tiers(), r.mappingCoverage(),
        r.referenceData());
    assertThat(c.builder().report(Fixtures.report(d, withoutP1)).product("p2").build().products())
        .containsExactly("p2");
    assertThatThrownBy(() -> c.builder().report(Fixtures.report(d, withoutP1)).product("p1").build())
        .isInstanceOf(PackageException.class).hasMessageContaining("no exposure for product 'p1'");
    Dossier other = withDocumentPath(c.dossier(), "d1", "elsewhere.pdf");
    assertThatThrownBy(() -> c.builder().dossier(other).product("p1").build())
        .isInstanceOf(PackageException.class).hasMessageContaining("do not hold the given dossier");
  }

  @Test
  void build_fromDossierFileOnly_readsAndParsesIt() throws IOException {
    Fixtures.Case c = Fixtures.solar(tmp, false);
    Path file = tmp.resolve("dossier.json");
    Files.write(file, c.dossierBytes());
    PackageResult r = EvidencePackage.newBuilder().dossierBytes(file).report(c.report())
        .documents(c.documents()).product("p1").build().writeTo(tmp.resolve("p.zip"));
    assertThat(r.manifest().dossierSha256()).isEqualTo(Sha256.hex(c.dossierBytes()));
    assertThat(r.unredacted()).isTrue();
  }
}
