package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpat4j.samples.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package}, {@code verify} and {@code keygen} in-process, on the bundled dossiers. */
class PackageCommandTest {

  private static final Path SOLAR = Path.of("dossiers/solar-importer/dossier.json");
  private static final Path COMPLIANT = Path.of("dossiers/compliant-importer/dossier.json");
  private static final List<String> DAQO_CHAIN =
      List.of("f-quartz", "f-mgsi", "f-daqo", "f-wafer-my", "f-cell-vn", "f-module-th");

  @TempDir Path temp;

  @Test
  void package_solarModule_holdsTheWholeChainFromTheListedProducerToTheModule() throws IOException {
    Path dir = temp.resolve("bf430");

    Run run = run("package", SOLAR.toString(), "--product", "p-bf430", "--out", dir.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).startsWith(dir + ": evidence package of p-bf430 as of 2026-11-01, ")
        .contains("unsigned; report verdict NOT_COMPLIANT")
        .contains("NOT an unredacted answer: 1 problem(s)")
        .contains("  UNMAPPED_INPUT input:f-frame-th/m-al: ");
    JsonNode chain = new ObjectMapper().readTree(dir.resolve("chain.json").toFile());
    List<String> facilities = new ArrayList<>();
    chain.path("facilities").forEach(f -> facilities.add(f.path("id").asText()));
    assertThat(facilities).containsAll(DAQO_CHAIN).doesNotContain("f-module-mx", "f-wafer-no", "f-cell-de");
    List<String> links = new ArrayList<>();
    chain.path("links").forEach(l -> links.add(l.path("from").asText() + ">" + l.path("to").asText()));
    for (int i = 0; i + 1 < DAQO_CHAIN.size(); i++) {
      assertThat(links).contains(DAQO_CHAIN.get(i) + ">" + DAQO_CHAIN.get(i + 1));
    }
    String index = Files.readString(dir.resolve("index.md"));
    assertThat(index).contains("Xinjiang Daqo New Energy Co., Ltd.", "Dzungaria Metallurgical Silicon Co., Ltd.",
        "Kunlun Ridge Quartzite Quarry", "Solara Wafer Technology Sdn. Bhd.", "Mekong Photon Cell Co., Ltd.",
        "Ayutthaya Sunworks Module Co., Ltd.");
    assertThat(Files.readString(dir.resolve("report.json")))
        .as("the report of the same checker run as assess")
        .isEqualTo(run("assess", SOLAR.toString(), "--format", "json").out());
    assertThat(dir.resolve("documents")).isDirectory();
  }

  @Test
  void package_twice_givesByteIdenticalZips() throws IOException {
    Path a = temp.resolve("a.zip");
    Path b = temp.resolve("b.zip");

    run("package", SOLAR.toString(), "--all-products", "--out", a.toString());
    run("package", SOLAR.toString(), "--all-products", "--out", b.toString());

    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(a, b);
    }
  }

  @Test
  void package_compliantImporter_isAnUnredactedAnswerAndVerifies() {
    Path zip = temp.resolve("tiles.zip");

    Run pkg = run("package", COMPLIANT.toString(), "--all-products", "--out", zip.toString());
    Run verify = run("verify", zip.toString());

    assertThat(pkg.code()).as(pkg.out() + pkg.err()).isEqualTo(ExitCodes.OK);
    assertThat(pkg.out()).contains("evidence package of p-porcelain, p-wall").endsWith("a complete, unredacted answer\n");
    assertThat(verify.code()).isEqualTo(ExitCodes.OK);
    assertThat(verify.out())
        .startsWith("VALID (integrity only, authenticity NOT checked): " + zip)
        .contains("signature: NOT_SIGNED");
  }

  @Test
  void verify_tamperedDirectory_failsNamingEachFile() throws IOException {
    Path dir = temp.resolve("pkg");
    run("package", COMPLIANT.toString(), "--product", "p-wall", "--out", dir.toString());
    Files.writeString(dir.resolve("report.json"), "{}", StandardCharsets.UTF_8);
    Files.delete(dir.resolve("chain.json"));
    Files.writeString(dir.resolve("extra.txt"), "added");

    Run run = run("verify", dir.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).startsWith("INVALID: " + dir);
    assertThat(run.out().lines())
        .anyMatch(l -> l.startsWith("ALTERED report.json"))
        .anyMatch(l -> l.startsWith("MISSING chain.json"))
        .anyMatch(l -> l.startsWith("EXTRA extra.txt"));
  }

  @Test
  void keygenSignVerify_roundTripAndWrongKey() throws IOException {
    Path zip = temp.resolve("signed.zip");
    String prefix = temp.resolve("acme").toString();
    String other = temp.resolve("other").toString();

    Run keygen = run("keygen", "--out", prefix);
    run("keygen", "--out", other);
    Run pkg = run("package", COMPLIANT.toString(), "--all-products", "--out", zip.toString(), "--sign",
        prefix + ".key.pem");
    Run trusted = run("verify", zip.toString(), "--key", prefix + ".pub.pem");
    Run wrong = run("verify", zip.toString(), "--key", other + ".pub.pem");
    Run again = run("keygen", "--out", prefix);

    assertThat(keygen.code()).isEqualTo(ExitCodes.OK);
    assertThat(keygen.out()).startsWith("wrote " + prefix + ".key.pem (private: keep it secret) and ");
    assertThat(Files.readString(Path.of(prefix + ".key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(pkg.code()).as(pkg.err()).isEqualTo(ExitCodes.OK);
    assertThat(pkg.out()).contains(", signed (key SHA-256 ");
    assertThat(trusted.code()).as(trusted.out()).isEqualTo(ExitCodes.OK);
    assertThat(trusted.out()).contains("signature: VALID (key SHA-256");
    assertThat(wrong.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(wrong.out()).contains("signature: WRONG_KEY");
    assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void package_badInput_exitsTwo() throws IOException {
    Path nonEmpty = Files.createDirectory(temp.resolve("full"));
    Files.writeString(nonEmpty.resolve("x"), "x");

    Run unknown = run("package", SOLAR.toString(), "--product", "p-nope", "--out", temp.resolve("x.zip").toString());
    Run both = run("package", SOLAR.toString(), "--product", "p-bf430", "--all-products", "--out", "x.zip");
    Run full = run("package", SOLAR.toString(), "--all-products", "--out", nonEmpty.toString());
    Run noKey = run("package", SOLAR.toString(), "--all-products", "--out", temp.resolve("y.zip").toString(),
        "--sign", temp.resolve("missing.key.pem").toString());
    Run noPackage = run("verify", temp.resolve("nothing.zip").toString());

    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("p-nope");
    assertThat(both.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(both.err()).contains("mutually exclusive");
    assertThat(full.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(full.err()).contains(nonEmpty + ": directory is not empty");
    assertThat(noKey.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noKey.err()).contains("missing.key.pem: no such file");
    assertThat(noPackage.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noPackage.err()).contains("nothing.zip: no such file or directory");
    assertThat(temp.resolve("x.zip")).doesNotExist();
  }
}
