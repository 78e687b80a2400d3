package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes output files so that nothing half-written is ever left under the name the user gave: the content goes to a
 * temporary sibling (same directory, so same file system), which is then renamed over the target. A failure deletes
 * the temporary file or directory and leaves the target as it was.
 */
final class AtomicOutput {

  private AtomicOutput() {}

  /**
   * Writes a file atomically, replacing an existing one.
   *
   * @param target the file to write; never null
   * @param content its bytes; never null
   * @throws BadInputException if the file cannot be written (no such directory, permission denied, ...)
   */
  static void write(Path target, byte[] content) {
    Objects.requireNonNull(content, "content");
    writeFile(target, "", tmp -> {
      try {
        Files.write(tmp, content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Lets {@code writer} fill a temporary file next to {@code target}, then renames it to {@code target}.
   *
   * @param target the file to write; never null
   * @param suffix the temporary file's suffix (for writers that look at the extension, such as {@code .zip}); never
   *     null
   * @param writer writes the temporary file (which exists, empty); never null
   * @throws BadInputException if the file cannot be written
   */
  static void writeFile(Path target, String suffix, Consumer<Path> writer) {
    Objects.requireNonNull(target, "target");
    if (Files.isDirectory(target)) {
      throw new BadInputException(target + ": is a directory");
    }
    Path dir = parentOf(target);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp" + suffix);
      writer.accept(tmp);
      move(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(target, e.getCause());
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * Lets {@code writer} fill a new temporary directory next to {@code target}, then renames it to {@code target},
   * which must not exist or be an empty directory.
   *
   * @param target the directory to create; never null
   * @param writer writes into the temporary directory (which does not exist yet); never null
   * @throws BadInputException if the target is a non-empty directory or a file, or cannot be written
   */
  static void writeDirectory(Path target, Consumer<Path> writer) {
    Objects.requireNonNull(target, "target");
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new BadInputException(
          target + (Files.isDirectory(target) ? ": directory is not empty" : ": exists and is not a directory"));
    }
    Path dir = parentOf(target);
    Path tmp = null;
    try {
      Path holder = Files.createTempDirectory(dir, "." + target.getFileName() + ".");
      tmp = holder;
      Path inside = holder.resolve("package");
      writer.accept(inside);
      if (Files.exists(target)) {
        Files.delete(target);
      }
      move(inside, target);
      Files.delete(holder);
      tmp = null;
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(target, e.getCause());
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  private static Path parentOf(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(target + ": no such directory: " + (dir == null ? "/" : dir));
    }
    return dir;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean isEmptyDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static BadInputException cannotWrite(Path target, IOException e) {
    String why =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof NoSuchFileException
                ? "no such file or directory"
                : e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason()
                    : String.valueOf(e.getMessage());
    return new BadInputException(target + ": cannot write: " + ProblemFormat.oneLine(why));
  }

  private static void deleteQuietly(Path path) {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a temporary file left behind never carries the target's name
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
