package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any generated dossier, with text that CSV and XLSX find hard (separators, quotes, line breaks, backslashes, list
 * separators, leading spaces, non-Latin scripts), writes and reads back identically. A failure names its seed.
 */
class RoundTripProperties {

  static final String[] HARD =
      {",", ";", "\"", "\"\"", "\n", "\r\n", "|", "\\", "\\|", "\t", " lead", "trail ", "新疆", "Ünïcødé", "=1+2", "'"};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  static Dossier generate(long seed) {
    Random random = new Random(seed);
    Dossier d =
        SupplyChainGenerator.newBuilder()
            .seed(seed)
            .facilities(20 + random.nextInt(120))
            .identifiers(random.nextBoolean())
            .build()
            .generate()
            .dossier();
    List<Facility> facilities = new ArrayList<>();
    for (Facility f : d.facilities()) {
      String name = f.name() + HARD[random.nextInt(HARD.length)] + HARD[random.nextInt(HARD.length)];
      List<String> aliases = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        aliases.add("a" + HARD[random.nextInt(HARD.length)].strip() + "z");
      }
      String address = random.nextBoolean() ? null : HARD[random.nextInt(HARD.length)] + " Road";
      facilities.add(
          new Facility(
              f.id(), name, aliases, f.country(), f.region(), address, f.identifiers(), random.nextBoolean()));
    }
    return new Dossier(
        d.format(), d.asOf(), d.partner(), facilities, d.materials(), d.links(), d.unmappedInputs(), d.products(),
        d.evidence());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void csvFolder_anyDossier_readsBackIdentically(long seed, @TempDir Path dir) {
    Dossier original = generate(seed);
    TabularDossierWriter.standard().writeCsvFolder(original, dir);
    Dossier back = TabularDossierReader.standard().read(dir);
    assertThat(DossierWriter.standard().write(back))
        .as("seed %d", seed)
        .isEqualTo(DossierWriter.standard().write(original));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void workbook_anyDossier_readsBackIdentically(long seed) {
    Dossier original = generate(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TabularDossierWriter.standard().writeWorkbook(original, out);
    Dossier back =
        TabularDossierReader.standard().readWorkbook(new ByteArrayInputStream(out.toByteArray()), "seed.xlsx");
    assertThat(DossierWriter.standard().write(back))
        .as("seed %d", seed)
        .isEqualTo(DossierWriter.standard().write(original));
  }
}
