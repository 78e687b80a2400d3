package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

  private static final String JVM = "/opt/jdk 17.0.15+6";

  @Test
  void folder_isUnderXdgCacheHome_elseUnderTheHomeFoldersCache() {
    assertThat(ClassArchive.folder(Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u"))
        .contains(Path.of("/var/cache/u", "ctpat4j"));
    // a relative XDG_CACHE_HOME is not a cache folder (the XDG base directory rules)
    assertThat(ClassArchive.folder(Map.of("XDG_CACHE_HOME", "cache"), "/home/u"))
        .contains(Path.of("/home/u", ".cache", "ctpat4j"));
    assertThat(ClassArchive.folder(Map.of(), "/home/u")).contains(Path.of("/home/u", ".cache", "ctpat4j"));
    assertThat(ClassArchive.folder(Map.of(), null)).isEmpty();
    assertThat(ClassArchive.folder(Map.of(), "?")).isEmpty();
  }

  @Test
  void onlyAJvmThatMapsTheJdksBaseArchive_usesOneOfItsOwn() {
    assertThat(ClassArchive.usable("mixed mode, sharing")).isTrue();
    assertThat(ClassArchive.usable("interpreted mode, sharing")).isTrue();
    // -Xshare:off, a JDK without its default archive, or an archive the JVM could not map
    assertThat(ClassArchive.usable("mixed mode")).isFalse();
    assertThat(ClassArchive.usable(null)).isFalse();
  }

  @Test
  void firstRun_writesTheArchiveUnderANameOfItsOwn_laterRunsReadIt(@TempDir Path dir) throws IOException {
    Path jar = Files.writeString(dir.resolve("ctpat4j.jar"), "a jar");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());

    ClassArchive first = ClassArchive.of(jar, JVM, env, null, 41).orElseThrow();

    assertThat(first.writes()).isTrue();
    assertThat(first.file().getParent()).isEqualTo(dir.resolve("cache").resolve("ctpat4j"));
    assertThat(first.file()).doesNotExist();
    assertThat(first.options()).startsWith(ClassArchive.QUIET.toArray(String[]::new)).hasSize(4);
    String option = first.options().get(3);
    assertThat(option).startsWith("-XX:ArchiveClassesAtExit=").endsWith(".41.tmp");
    // the JVM writes the archive when it exits; then it is moved into place
    Path written = Path.of(option.substring(option.indexOf('=') + 1));
    Files.writeString(written, "classes");
    first.afterRun();

    assertThat(written).doesNotExist();
    assertThat(first.file()).hasContent("classes");
    ClassArchive next = ClassArchive.of(jar, JVM, env, null, 42).orElseThrow();
    assertThat(next.writes()).isFalse();
    assertThat(next.file()).isEqualTo(first.file());
    assertThat(next.options()).endsWith("-XX:SharedArchiveFile=" + first.file());
    next.afterRun();
    assertThat(first.file()).hasContent("classes");
  }

  @Test
  void anotherBuildOfTheJarOrAnotherJvm_getsAnArchiveOfItsOwn(@TempDir Path dir) throws IOException {
    Path jar = Files.writeString(dir.resolve("ctpat4j.jar"), "a jar");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.toString());
    Path archive = ClassArchive.of(jar, JVM, env, null, 1).orElseThrow().file();

    assertThat(ClassArchive.of(jar, JVM, env, null, 2).orElseThrow().file()).isEqualTo(archive);
    assertThat(ClassArchive.of(jar, "/opt/jdk 17.0.16+8", env, null, 1).orElseThrow().file()).isNotEqualTo(archive);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    assertThat(ClassArchive.of(jar, JVM, env, null, 1).orElseThrow().file()).isNotEqualTo(archive);
  }

  @Test
  void aRunThatWroteNothing_leavesNoArchive(@TempDir Path dir) throws IOException {
    Path jar = Files.writeString(dir.resolve("ctpat4j.jar"), "a jar");
    ClassArchive archive = ClassArchive.of(jar, JVM, Map.of("XDG_CACHE_HOME", dir.toString()), null, 7).orElseThrow();

    archive.afterRun();

    assertThat(archive.file()).doesNotExist();
    try (Stream<Path> files = Files.list(dir.resolve("ctpat4j"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void noCacheFolder_orNoJar_noArchive(@TempDir Path dir) throws IOException {
    Path jar = Files.writeString(dir.resolve("ctpat4j.jar"), "a jar");
    Path file = Files.writeString(dir.resolve("not-a-folder"), "");

    // the cache folder cannot be made (a file stands in the way)
    assertThat(ClassArchive.of(jar, JVM, Map.of("XDG_CACHE_HOME", file.toString()), null, 1)).isEmpty();
    assertThat(ClassArchive.of(jar, JVM, Map.of(), null, 1)).isEmpty();
    assertThat(ClassArchive.of(dir.resolve("missing.jar"), JVM, Map.of("XDG_CACHE_HOME", dir.toString()), null, 1))
        .isEqualTo(Optional.empty());
  }

  @Test
  void prune_keepsTheNewestArchives_andUnfinishedWritesOfLessThanADay(@TempDir Path dir) throws IOException {
    long now = System.currentTimeMillis();
    for (int i = 0; i < 5; i++) {
      Path a = Files.writeString(dir.resolve("classes-" + i + ".jsa"), "x");
      Files.setLastModifiedTime(a, FileTime.fromMillis(now - i * 60_000L));
    }
    Path recent = Files.writeString(dir.resolve("classes-9.12.tmp"), "x");
    Path stale = Files.writeString(dir.resolve("classes-9.13.tmp"), "x");
    Files.setLastModifiedTime(stale, FileTime.fromMillis(now - 2 * 24 * 60 * 60 * 1000L));
    Path other = Files.writeString(dir.resolve("notes.txt"), "x");

    ClassArchive.prune(dir, 3);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of(
          "classes-0.jsa", "classes-1.jsa", "classes-2.jsa", "classes-9.12.tmp", "notes.txt"));
    }
    assertThat(recent).exists();
    assertThat(other).exists();
  }
}
