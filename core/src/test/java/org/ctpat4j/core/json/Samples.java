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
