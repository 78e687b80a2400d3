package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.internal.Sha256;

/**
 * A class-data-sharing archive of the classes a run of the command line loads, kept in the user's cache for one jar and
 * one JVM, which the JVM of a batch run ({@link ShortRunCompiler#runInBatchJvm}) maps instead of loading, verifying and
 * linking some 3,400 classes from the jar each time. The first run of a jar (and after each new build or JDK) writes the
 * archive when it exits ({@code -XX:ArchiveClassesAtExit}, about 15 MB); the runs after it read it ({@code
 * -XX:SharedArchiveFile}). Measured on two cores, the JVM of a batch run without and with the archive, alternating: 10,000
 * facilities 1.51-1.71 s against 1.35-1.49 s.
 *
 * <p>Where: {@code $XDG_CACHE_HOME/ctpat4j}, else {@code ~/.cache/ctpat4j}; the newest {@value #KEPT} archives are
 * kept, older ones deleted when a new one is written. Nothing is archived when that folder cannot be made or written,
 * when this JVM does not map the JDK's own base archive ({@link #usable}), or when the system property {@value
 * #PROPERTY} is {@code off}. An archive the JVM cannot use (another JVM build, heap
 * options that change the object layout, a damaged file) is ignored by the JVM, which then loads the classes as usual;
 * the JVM's messages about archives are turned off ({@link #QUIET}), so that standard output carries the command's
 * output alone. A new archive is written under a name of its own and moved into place once complete, so that runs at
 * the same time never read half an archive.
 *
 * @see <a href="https://docs.oracle.com/en/java/javase/17/vm/class-data-sharing.html">Java Virtual Machine Guide:
 *     Class Data Sharing</a>
 */
final class ClassArchive {

  /** The system property that turns the archive off ({@code off}); anything else leaves it on. */
  static final String PROPERTY = "ctpat4j.cds";

  /** How many archives the cache keeps (one per jar build and JVM). */
  static final int KEPT = 3;

  /**
   * The JVM's unified logging for a batch run: its warnings on standard error rather than standard output, and none
   * about class-data archives (writing one names each class it leaves out, a stale one says why it is not used).
   */
  static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");

  private static final String PREFIX = "classes-";
  private static final String SUFFIX = ".jsa";

  private final Path archive;
  private final Path written;

  private ClassArchive(Path archive, Path written) {
    this.archive = archive;
    this.written = written;
  }

  /**
   * The archive for a jar run by a JVM, when there is a cache folder to keep it in.
   *
   * @param jar the jar the batch JVM runs; never null
   * @param jvm what tells one JVM build from another (its home and version); never null
   * @param environment this process's environment (for {@code XDG_CACHE_HOME}); never null
   * @param userHome the user's home folder, or null
   * @param pid a number that no other run writing at the same time has (this process's id)
   * @return the archive, or empty when there is no folder to keep it in or the jar cannot be read
   */
  static Optional<ClassArchive> of(Path jar, String jvm, Map<String, String> environment, String userHome, long pid) {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(jvm, "jvm");
    Objects.requireNonNull(environment, "environment");
    try {
      Optional<Path> folder = folder(environment, userHome);
      if (folder.isEmpty() || !Files.isRegularFile(jar)) {
        return Optional.empty();
      }
      Path absolute = jar.toAbsolutePath().normalize();
      String key = key(absolute + "\n" + Files.size(absolute) + "\n" + Files.getLastModifiedTime(absolute).toMillis()
          + "\n" + jvm);
      Path archive = folder.get().resolve(PREFIX + key + SUFFIX);
      if (Files.isRegularFile(archive)) {
        return Optional.of(new ClassArchive(archive, null));
      }
      Files.createDirectories(folder.get());
      if (!Files.isWritable(folder.get())) {
        return Optional.empty();
      }
      return Optional.of(new ClassArchive(archive, folder.get().resolve(PREFIX + key + "." + pid + ".tmp")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code $XDG_CACHE_HOME/ctpat4j} when that variable names an absolute path, else {@code HOME/.cache/ctpat4j}. */
  static Optional<Path> folder(Map<String, String> environment, String userHome) {
    String cache = environment.get("XDG_CACHE_HOME");
    if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
      return Optional.of(Path.of(cache, "ctpat4j"));
    }
    if (userHome == null || userHome.isBlank() || "?".equals(userHome)) {
      return Optional.empty();
    }
    return Optional.of(Path.of(userHome, ".cache", "ctpat4j"));
  }

  /**
   * Whether a JVM like this one can use an archive of its own: only when it maps the JDK's base archive itself (its
   * {@code java.vm.info} says {@code sharing}). An archive written at exit builds on the base archive, and JDK 17 does
   * not even start when asked to write one without it ("DynamicDumpSharedSpaces is unsupported when base CDS archive is
   * not loaded"): a JDK built without its default archive, or a JVM that could not map it, gets none.
   *
   * @param vmInfo the {@code java.vm.info} system property of this JVM, or null
   * @return whether the batch JVM may write or read an archive
   */
  static boolean usable(String vmInfo) {
    return vmInfo != null && vmInfo.contains("sharing");
  }

  /** The first 12 bytes of the identity's SHA-256, in hex: a name that changes with the jar build and the JVM. */
  private static String key(String identity) {
    return Sha256.hex(identity).substring(0, 24);
  }

  /** The archive's file, once written. */
  Path file() {
    return archive;
  }

  /** Whether this run writes the archive (there is none yet) rather than reads it. */
  boolean writes() {
    return written != null;
  }

  /**
   * The options that make the batch JVM read the archive, or write it when it exits.
   *
   * @return the options; never null
   */
  List<String> options() {
    List<String> options = new ArrayList<>(QUIET);
    options.add(writes() ? "-XX:ArchiveClassesAtExit=" + written : "-XX:SharedArchiveFile=" + archive);
    return options;
  }

  /**
   * After the batch JVM has exited: moves an archive it wrote into place and deletes the oldest archives beyond
   * {@value #KEPT}. Never fails: at worst the next run writes the archive again.
   */
  void afterRun() {
    if (!writes()) {
      return;
    }
    try {
      if (Files.isRegularFile(written) && Files.size(written) > 0) {
        try {
          Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        prune(archive.getParent(), KEPT);
      }
    } catch (IOException | RuntimeException e) {
      // the next run tries again
    } finally {
      try {
        Files.deleteIfExists(written);
      } catch (IOException | RuntimeException e) {
        // left for the next prune
      }
    }
  }

  /** Deletes all but the {@code kept} newest archives of a folder, and written files of runs that did not finish. */
  static void prune(Path folder, int kept) throws IOException {
    List<Path> archives = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          archives.add(f);
        } else if (name.endsWith(".tmp") && olderThanADay(f)) {
          Files.deleteIfExists(f);
        }
      }
    }
    archives.sort(Comparator.comparing(ClassArchive::modified).reversed());
    for (Path old : archives.subList(Math.min(kept, archives.size()), archives.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static boolean olderThanADay(Path f) throws IOException {
    return Files.getLastModifiedTime(f).toMillis() < System.currentTimeMillis() - 24L * 60 * 60 * 1000;
  }

  private static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return Long.MIN_VALUE;
    }
  }
}
