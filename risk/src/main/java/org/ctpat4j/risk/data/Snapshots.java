package org.ctpat4j.risk.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * Pinned snapshots of the reference data: one CSV file per list, byte for byte, and a manifest {@code snapshot.csv}
 * with each file's SHA-256 and version. The data bundled in this jar is such a snapshot (the resources next to this
 * class, whose manifest carries the editions and caveats that {@code PROVENANCE.md} explains), read by the same code
 * as a snapshot on disk.
 */
final class Snapshots {

  /** The manifest's file name. */
  static final String MANIFEST = "snapshot.csv";

  /** The manifest's columns. */
  static final List<String> MANIFEST_HEADER =
      List.of("list", "file", "sha256", "name", "version", "complete", "publisher", "source", "note");

  private Snapshots() {}

  /**
   * The files and versions of a snapshot.
   *
   * @param raw each list's file
   * @param versions each list's version as the manifest gives it
   */
  record Pinned(Map<ReferenceList, byte[]> raw, Map<ReferenceList, ReferenceDataVersion> versions) {}

  /** Where the files of a snapshot are read from. */
  private interface FileSource {

    /** Reads one list's file. */
    byte[] read(String fileName) throws IOException;

    /** Names one list's file in messages. */
    String label(String fileName);
  }

  /**
   * Returns the manifest line of one list.
   *
   * @param list the list
   * @param sha256 the lower-case hex SHA-256 of its file
   * @param v its version
   * @return the CSV line, with a trailing LF
   */
  static String manifestLine(ReferenceList list, String sha256, ReferenceDataVersion v) {
    return Csv.format(List.of(list.name(), list.fileName(), sha256, v.name(), v.version(),
        Boolean.toString(v.complete()), v.publisher(), v.source(), v.note()));
  }

  /**
   * Writes a snapshot; existing files of the same names are replaced.
   *
   * @param raw each list's file
   * @param versions each list's version
   * @param directory the directory, created if missing
   * @throws UncheckedIOException when writing fails
   */
  static void write(Map<ReferenceList, byte[]> raw, Map<ReferenceList, ReferenceDataVersion> versions,
      Path directory) {
    try {
      Files.createDirectories(directory);
      StringBuilder manifest = new StringBuilder(Csv.format(MANIFEST_HEADER));
      for (ReferenceList list : ReferenceList.values()) {
        Files.write(directory.resolve(list.fileName()), raw.get(list));
        manifest.append(manifestLine(list, Sha256.hex(raw.get(list)), versions.get(list)));
      }
      Files.writeString(directory.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reference data snapshot to " + directory, e);
    }
  }

  /**
   * Reads a snapshot directory, checking every file against its SHA-256.
   *
   * @param directory the directory
   * @return its files and versions
   * @throws ReferenceDataException when the manifest is malformed, a list is missing, or a file does not match its
   *     checksum
   * @throws UncheckedIOException when reading fails
   */
  static Pinned read(Path directory) {
    try {
      Path manifestPath = directory.resolve(MANIFEST);
      String manifest = Files.readString(manifestPath, StandardCharsets.UTF_8);
      return read(manifestPath.toString(), manifest, new FileSource() {
        @Override
        public byte[] read(String fileName) throws IOException {
          return Files.readAllBytes(directory.resolve(fileName));
        }

        @Override
        public String label(String fileName) {
          return directory.resolve(fileName).toString();
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference data snapshot in " + directory, e);
    }
  }

  /**
   * Reads the snapshot bundled in this jar, checking every file against its SHA-256.
   *
   * @return its files and versions
   * @throws IllegalStateException when a bundled file is missing or does not match the bundled manifest
   */
  static Pinned readBundled() {
    try {
      return read(MANIFEST, new String(resource(MANIFEST), StandardCharsets.UTF_8), new FileSource() {
        @Override
        public byte[] read(String fileName) {
          return resource(fileName);
        }

        @Override
        public String label(String fileName) {
          return fileName;
        }
      });
    } catch (IOException | ReferenceDataException e) {
      throw new IllegalStateException("bundled reference data is broken: " + e.getMessage(), e);
    }
  }

  private static Pinned read(String manifestName, String manifest, FileSource files) throws IOException {
    List<Csv.Row> rows = Csv.parse(manifestName, manifest, MANIFEST_HEADER, ReferenceDataException::new);
    Map<ReferenceList, byte[]> raw = new EnumMap<>(ReferenceList.class);
    Map<ReferenceList, ReferenceDataVersion> versions = new EnumMap<>(ReferenceList.class);
    for (Csv.Row row : rows) {
      ReferenceList list;
      try {
        list = ReferenceList.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(manifestName + ":" + row.line() + ": unknown list " + row.get(0));
      }
      byte[] bytes = files.read(list.fileName());
      if (!Sha256.hex(bytes).equals(row.get(2))) {
        throw new ReferenceDataException(files.label(list.fileName()) + ": SHA-256 is " + Sha256.hex(bytes)
            + " but the snapshot manifest pins " + row.get(2));
      }
      raw.put(list, bytes);
      versions.put(list, version(row));
    }
    for (ReferenceList list : ReferenceList.values()) {
      if (!raw.containsKey(list)) {
        throw new ReferenceDataException(manifestName + ": the snapshot has no " + list + " row");
      }
    }
    return new Pinned(Collections.unmodifiableMap(raw), Collections.unmodifiableMap(versions));
  }

  /**
   * Reads the versions of the bundled lists from the bundled manifest, without reading the lists.
   *
   * @return each list's version as the manifest gives it
   */
  static Map<ReferenceList, ReferenceDataVersion> bundledVersions() {
    Map<ReferenceList, ReferenceDataVersion> versions = new EnumMap<>(ReferenceList.class);
    String manifest = new String(resource(MANIFEST), StandardCharsets.UTF_8);
    for (Csv.Row row : Csv.parse(MANIFEST, manifest, MANIFEST_HEADER, IllegalStateException::new)) {
      versions.put(ReferenceList.valueOf(row.get(0)), version(row));
    }
    return Collections.unmodifiableMap(versions);
  }

  private static ReferenceDataVersion version(Csv.Row row) {
    return new ReferenceDataVersion(row.get(3), row.get(4), Boolean.parseBoolean(row.get(5)), row.get(6), row.get(7),
        row.get(8));
  }

  private static byte[] resource(String name) {
    try (InputStream in = Snapshots.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled reference data missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + name, e);
    }
  }
}
