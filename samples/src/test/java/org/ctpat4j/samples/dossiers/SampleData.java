package org.ctpat4j.samples.dossiers;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the bundled dossiers live. */
final class SampleData {

  /** The bundled dossiers, one folder each under {@code samples/dossiers}. */
  static final List<String> DOSSIERS =
      List.of(
          "solar-importer", "apparel-importer", "food-importer", "compliant-importer", "home-textiles-importer");

  /** The module directory ({@code samples/}); tests run with it as the working directory. */
  static final Path MODULE = Path.of("").toAbsolutePath();

  private SampleData() {}

  static Stream<String> dossiers() {
    return DOSSIERS.stream();
  }

  static Path folder(String dossier) {
    return MODULE.resolve("dossiers").resolve(dossier);
  }

  static Path file(String dossier) {
    return folder(dossier).resolve("dossier.json");
  }
}
