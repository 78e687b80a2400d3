package org.ctpat4j.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample dossiers of the test resources: {@code valid-*.json}, {@code broken/} and {@code semantic/}. */
final class Samples {

  private Samples() {}

  static Path dir() {
    URL url = Samples.class.getResource("/dossiers");
    if (url == null) {
      throw new IllegalStateException("test resources /dossiers not found");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  static List<Path> valid() {
    return list(dir(), "valid-");
  }

  /**
   * The project's bundled sample dossiers ({@code samples/dossiers/<name>/dossier.json} of the repository), found from
   * core's module directory, where Maven runs the tests.
   */
  static List<Path> bundled() {
    Path root = Path.of("").toAbsolutePath().resolveSibling("samples").resolve("dossiers");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("bundled sample dossiers not found at " + root);
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.map(d -> d.resolve("dossier.json")).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Broken dossiers that both the reader and the JSON Schema reject. */
  static List<Path> broken() {
    return list(dir().resolve("broken"), "");
  }

  /** Dossiers that break rules beyond JSON Schema (references, unique ids, check digits, asOf): the reader rejects them. */
  static List<Path> semantic() {
    return list(dir().resolve("semantic"), "");
  }

  private static List<Path> list(Path dir, String prefix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
