package org.ctpat4j.evidence.pkg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.evidence.internal.json.DeterministicJson;
import org.ctpat4j.risk.data.ReferenceDataVersion;

/**
 * The manifest of an evidence package ({@value #FILE_NAME}, format {@value #FORMAT}): every other file of the package
 * with its size and SHA-256, the SHA-256 of the dossier the package was built from, the reference-data editions the
 * risk assessment used, and the problems that keep the package from being a complete, unredacted answer.
 *
 * <p>Its JSON form is canonical (keys sorted, two-space indentation, {@code \n} line ends, UTF-8) and carries a
 * {@code manifestSha256} field: the SHA-256 of the canonical form without that field. That self-digest makes any
 * accidental change of the manifest detectable; it does not stop a deliberate forger, who can recompute it. Against
 * forgery, sign the manifest ({@link ManifestSigner}) and verify with the signer's public key.
 *
 * @param format the format identifier, {@value #FORMAT}; never null
 * @param asOf the day of the risk assessment and report the package holds; never null
 * @param products the ids of the products the package answers for, sorted; never null or empty
 * @param dossierSha256 the lower-case hex SHA-256 of the dossier file (the package's {@code dossier.json}); never
 *     null
 * @param referenceData the reference-data editions the risk assessment used, sorted by name and version; never null
 * @param files every file of the package except the manifest and its signature, sorted by path, paths unique; never
 *     null
 * @param problems why the package is not a complete, unredacted answer, sorted; never null, empty when it is one
 */
@Incubating
public record Manifest(
    String format,
    LocalDate asOf,
    List<String> products,
    String dossierSha256,
    List<ReferenceDataVersion> referenceData,
    List<ManifestEntry> files,
    List<PackageProblem> problems) {

  /** The format identifier of this version of the manifest. */
  public static final String FORMAT = "ctpat4j-package/1";

  /** The manifest's file name inside a package. */
  public static final String FILE_NAME = "manifest.json";

  /** The file name of the manifest's detached signature inside a package. */
  public static final String SIGNATURE_FILE_NAME = "manifest.sig";

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final String SELF = "manifestSha256";
  private static final Set<String> FIELDS =
      Set.of("format", "asOf", "products", "dossierSha256", "referenceData", "files", "problems", "unredacted", SELF);

  /**
   * Checks, sorts and copies the arguments.
   *
   * @param format see the record description
   * @param asOf see the record description
   * @param products see the record description
   * @param dossierSha256 see the record description
   * @param referenceData see the record description
   * @param files see the record description
   * @param problems see the record description
   */
  public Manifest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(dossierSha256, "dossierSha256");
    if (!FORMAT.equals(format)) {
      throw new PackageException("manifest format must be '" + FORMAT + "', not '" + format + "'");
    }
    if (!HEX64.matcher(dossierSha256).matches()) {
      throw new PackageException("manifest dossierSha256 is not 64 lower-case hex digits: '" + dossierSha256 + "'");
    }
    products = List.copyOf(new TreeSet<>(products));
    if (products.isEmpty()) {
      throw new PackageException("manifest names no product");
    }
    referenceData =
        referenceData.stream()
            .sorted(
                java.util.Comparator.comparing(ReferenceDataVersion::name)
                    .thenComparing(ReferenceDataVersion::version))
            .toList();
    files = files.stream().sorted(java.util.Comparator.comparing(ManifestEntry::path)).toList();
    for (int i = 1; i < files.size(); i++) {
      if (files.get(i).path().equals(files.get(i - 1).path())) {
        throw new PackageException("manifest lists '" + files.get(i).path() + "' twice");
      }
    }
    for (ManifestEntry e : files) {
      if (e.path().equals(FILE_NAME) || e.path().equals(SIGNATURE_FILE_NAME)) {
        throw new PackageException("manifest must not list itself or its signature: '" + e.path() + "'");
      }
    }
    problems = problems.stream().sorted().toList();
  }

  /**
   * Returns whether the package is a complete, unredacted answer.
   *
   * @return {@code true} exactly when there is no problem
   */
  public boolean unredacted() {
    return problems.isEmpty();
  }

  /**
   * Finds the entry of a file.
   *
   * @param path the file's path inside the package; never null
   * @return the entry, or empty when the manifest does not list it
   */
  public java.util.Optional<ManifestEntry> file(String path) {
    Objects.requireNonNull(path, "path");
    return files.stream().filter(e -> e.path().equals(path)).findFirst();
  }

  /**
   * Returns the canonical JSON form, with its self-digest. Equal manifests give equal bytes on every platform.
   *
   * @return the UTF-8 bytes of {@value #FILE_NAME}; never null
   */
  public byte[] toJson() {
    ObjectNode body = bodyTree();
    String digest = Sha256.hex(DeterministicJson.write(body));
    body.put(SELF, digest);
    return DeterministicJson.write(body);
  }

  private ObjectNode bodyTree() {
    ObjectNode root = DeterministicJson.object();
    root.put("format", format);
    root.put("asOf", asOf.toString());
    ArrayNode ps = root.putArray("products");
    products.forEach(ps::add);
    root.put("dossierSha256", dossierSha256);
    ArrayNode refs = root.putArray("referenceData");
    for (ReferenceDataVersion r : referenceData) {
      refs.addObject()
          .put("name", r.name())
          .put("version", r.version())
          .put("complete", r.complete())
          .put("publisher", r.publisher())
          .put("source", r.source())
          .put("note", r.note());
    }
    ArrayNode fs = root.putArray("files");
    for (ManifestEntry e : files) {
      fs.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
    }
    ArrayNode pr = root.putArray("problems");
    for (PackageProblem p : problems) {
      pr.addObject().put("kind", p.kind().name()).put("subject", p.subject()).put("message", p.message());
    }
    root.put("unredacted", unredacted());
    return root;
  }

  /**
   * Parses a manifest and checks that it is intact: valid JSON in canonical form, no unknown field, and a
   * {@code manifestSha256} that matches its content.
   *
   * @param bytes the bytes of {@value #FILE_NAME}; never null
   * @return the manifest; never null
   * @throws PackageException naming what is wrong when the bytes are not an intact manifest
   */
  public static Manifest parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    JsonNode node = read(bytes);
    if (!node.isObject()) {
      throw new PackageException(FILE_NAME + " is not a JSON object");
    }
    ObjectNode root = (ObjectNode) node;
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new PackageException(FILE_NAME + " has an unknown field '" + f + "'");
      }
    }
    if (!Arrays.equals(DeterministicJson.write(root), bytes)) {
      throw new PackageException(FILE_NAME + " is not in canonical form (its bytes were changed)");
    }
    String self = text(root, SELF, FILE_NAME);
    ObjectNode body = root.deepCopy();
    body.remove(SELF);
    String actual = Sha256.hex(DeterministicJson.write(body));
    if (!actual.equals(self)) {
      throw new PackageException(
          FILE_NAME + " content does not match its manifestSha256 (expected " + self + ", found " + actual + ")");
    }
    try {
      Manifest m =
          new Manifest(
              text(root, "format", FILE_NAME),
              LocalDate.parse(text(root, "asOf", FILE_NAME)),
              strings(array(root, "products")),
              text(root, "dossierSha256", FILE_NAME),
              references(array(root, "referenceData")),
              entries(array(root, "files")),
              problems(array(root, "problems")));
      JsonNode flag = root.get("unredacted");
      if (flag == null || !flag.isBoolean() || flag.booleanValue() != m.unredacted()) {
        throw new PackageException(FILE_NAME + ": field 'unredacted' does not match its problems");
      }
      if (!Arrays.equals(m.toJson(), bytes)) {
        throw new PackageException(FILE_NAME + " is not in canonical order");
      }
      return m;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new PackageException(FILE_NAME + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode read(byte[] bytes) {
    try {
      JsonNode node = DeterministicJson.read(bytes);
      if (node == null || node.isMissingNode()) {
        throw new PackageException(FILE_NAME + " is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new PackageException(FILE_NAME + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PackageException(FILE_NAME + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field, String what) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new PackageException(what + ": field '" + field + "' must be a string");
    }
    return v.asText();
  }

  private static ArrayNode array(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (v == null || !v.isArray()) {
      throw new PackageException(FILE_NAME + ": field '" + field + "' must be an array");
    }
    return (ArrayNode) v;
  }

  private static List<String> strings(ArrayNode a) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : a) {
      if (!n.isTextual()) {
        throw new PackageException(FILE_NAME + ": products must be strings");
      }
      out.add(n.asText());
    }
    return out;
  }

  private static List<ReferenceDataVersion> references(ArrayNode a) {
    List<ReferenceDataVersion> out = new ArrayList<>();
    for (JsonNode n : a) {
      String what = FILE_NAME + " referenceData";
      JsonNode complete = n.get("complete");
      if (complete == null || !complete.isBoolean()) {
        throw new PackageException(what + ": field 'complete' must be a boolean");
      }
      out.add(
          new ReferenceDataVersion(
              text(n, "name", what),
              text(n, "version", what),
              complete.booleanValue(),
              text(n, "publisher", what),
              text(n, "source", what),
              text(n, "note", what)));
    }
    return out;
  }

  private static List<ManifestEntry> entries(ArrayNode a) {
    List<ManifestEntry> out = new ArrayList<>();
    for (JsonNode n : a) {
      String what = FILE_NAME + " files";
      JsonNode size = n.get("size");
      if (size == null || !size.canConvertToLong() || !size.isIntegralNumber()) {
        throw new PackageException(what + ": field 'size' must be an integer");
      }
      out.add(new ManifestEntry(text(n, "path", what), size.longValue(), text(n, "sha256", what)));
    }
    return out;
  }

  private static List<PackageProblem> problems(ArrayNode a) {
    List<PackageProblem> out = new ArrayList<>();
    for (JsonNode n : a) {
      String what = FILE_NAME + " problems";
      PackageProblem.Kind kind;
      try {
        kind = PackageProblem.Kind.valueOf(text(n, "kind", what));
      } catch (IllegalArgumentException e) {
        throw new PackageException(what + ": unknown kind '" + n.get("kind").asText() + "'", e);
      }
      out.add(new PackageProblem(kind, text(n, "subject", what), text(n, "message", what)));
    }
    return out;
  }
}
