package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** File trees for the command tests. */
final class Trees {

  private Trees() {}

  /**
   * Copies a directory and everything in it.
   *
   * @param from the directory to copy
   * @param to where the copy goes (created, with its parents)
   * @return {@code to}
   */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
