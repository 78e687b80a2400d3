package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  static final Path SAMPLES = Path.of("..", "samples", "dossiers");

  /** Every bundled sample: each folder of samples/dossiers with a dossier.json. */
  static Stream<String> samples() throws java.io.IOException {
    try (Stream<Path> folders = Files.list(SAMPLES)) {
      List<String> names =
          folders.filter(f -> Files.isRegularFile(f.resolve("dossier.json"))).map(f -> f.getFileName().toString())
              .sorted().toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(4);
      return names.stream();
    }
  }

  static Dossier sample(String name) {
    return DossierReader.strict().read(SAMPLES.resolve(name).resolve("dossier.json"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void csvFolder_roundTrip_writesTheSameJson(String name, @TempDir Path dir) {
    Dossier original = sample(name);
    TabularDossierWriter.standard().writeCsvFolder(original, dir);
    Dossier back = TabularDossierReader.standard().read(dir);
    assertThat(DossierWriter.standard().write(back)).isEqualTo(DossierWriter.standard().write(original));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void workbook_roundTrip_writesTheSameJson(String name, @TempDir Path dir) throws Exception {
    Dossier original = sample(name);
    Path file = dir.resolve(name + ".xlsx");
    TabularDossierWriter.standard().write(original, file);
    Dossier back = TabularDossierReader.standard().read(file);
    assertThat(DossierWriter.standard().write(back)).isEqualTo(DossierWriter.standard().write(original));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    TabularDossierWriter.standard().writeWorkbook(back, again);
    Dossier twice = TabularDossierReader.standard().readWorkbook(new ByteArrayInputStream(again.toByteArray()), "x.xlsx");
    assertThat(twice).isEqualTo(original);
    assertThat(Files.size(file)).isPositive();
  }
}
