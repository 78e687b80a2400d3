package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes output files so that nothing half-written is ever left under the name the user gave: the content goes to a
 * temporary sibling (same directory, so same file system), which is then renamed over the target. A failure deletes
 * the temporary file or directory and leaves the target as it was, on every exit path: a thrown exception, and an
 * interrupted or terminated process (a shutdown hook); the temporary files of a run killed outright (SIGKILL), which
 * carry its process id in their name ({@code .NAME.PID.RANDOM.tmp}), are removed by the next write next to them.
 * Files are created with the permissions the umask gives any new file (only key files are owner-only).
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
    Objects.requireNonNull(target, "target");
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
    writeFiles(List.of(new Output(target, suffix, false, writer)));
  }

  /** One file of {@link #writeFiles}: where, the temporary file's suffix, whether owner-only, and its writer. */
  record Output(Path target, String suffix, boolean ownerOnly, Consumer<Path> writer) {}

  /**
   * Writes several files, all or none: each is written to a temporary sibling, and only when every one is complete
   * are they renamed into place; if a rename fails, the files already renamed are deleted again. Meant for new files
   * (such as a key pair): a file the failed call replaced is not restored.
   *
   * @param outputs the files; never null or empty
   * @throws BadInputException if a file cannot be written
   */
  static void writeFiles(List<Output> outputs) {
    List<Path> temps = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    Output current = outputs.get(0);
    try {
      for (Output o : outputs) {
        current = o;
        if (Files.isDirectory(o.target())) {
          throw new BadInputException(o.target() + ": is a directory");
        }
        Path tmp = createTemp(parentOf(o.target()), o.target(), o.suffix(), o.ownerOnly());
        temps.add(tmp);
        o.writer().accept(tmp);
      }
      for (int i = 0; i < outputs.size(); i++) {
        current = outputs.get(i);
        move(temps.get(i), current.target());
        placed.add(current.target());
      }
      temps.clear();
      placed.clear();
    } catch (IOException e) {
      throw cannotWrite(current.target(), e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(current.target(), e.getCause());
    } finally {
      temps.forEach(AtomicOutput::deleteQuietly);
      placed.forEach(AtomicOutput::deleteQuietly);
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
      Path holder = createTempDirectory(dir, target);
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

  /**
   * The temporary files and directories of this process not yet renamed or deleted; a shutdown hook deletes them
   * when the process is interrupted or terminated (SIGINT, SIGTERM) or exits while writing.
   */
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  private static final AtomicBoolean HOOKED = new AtomicBoolean();

  /** The name of a temporary sibling: {@code .NAME.PID.RANDOM.tmp}, the process id telling stale ones apart. */
  private static String tempName(Path target, String suffix) {
    return tempPrefix(target) + ProcessHandle.current().pid() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
        + ".tmp" + suffix;
  }

  private static String tempPrefix(Path target) {
    return "." + target.getFileName() + ".";
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Creates an empty temporary file next to {@code target}, with the permissions the umask gives a new file (or owner
   * only), after removing the temporary files a killed earlier run left for the same target.
   */
  private static Path createTemp(Path dir, Path target, String suffix, boolean ownerOnly) throws IOException {
    removeStale(dir, target);
    hook();
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(tempName(target, suffix));
      try {
        if (ownerOnly && Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        }
        LIVE.add(tmp);
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  private static Path createTempDirectory(Path dir, Path target) throws IOException {
    removeStale(dir, target);
    hook();
    Path tmp = dir.resolve(tempName(target, ""));
    Files.createDirectory(tmp);
    LIVE.add(tmp);
    return tmp;
  }

  private static void hook() {
    if (HOOKED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(AtomicOutput::deleteTree), "ctpat4j-cleanup"));
    }
  }

  /**
   * Deletes the temporary siblings of {@code target} whose process is gone (a run killed with SIGKILL or by a power
   * cut, which no hook survives). Those of a live process, this one or another still writing, are left alone.
   */
  static void removeStale(Path dir, Path target) {
    String prefix = tempPrefix(target);
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, p -> {
      String name = String.valueOf(p.getFileName());
      return name.startsWith(prefix) && name.contains(".tmp");
    })) {
      for (Path p : siblings) {
        String rest = String.valueOf(p.getFileName()).substring(prefix.length());
        int dot = rest.indexOf('.');
        if (dot <= 0) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(rest.substring(0, dot));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        deleteTree(p);
      }
    } catch (IOException | SecurityException ignored) {
      // best effort: a stale file never carries the target's name, and is removed by a later run
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
    LIVE.remove(from);
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
    return new BadInputException(target + ": cannot write: " + TerminalText.line(why));
  }

  private static void deleteQuietly(Path path) {
    deleteTree(path);
    LIVE.remove(path);
  }

  private static void deleteTree(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
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
