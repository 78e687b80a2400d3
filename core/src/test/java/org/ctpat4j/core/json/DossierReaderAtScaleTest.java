package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader on large documents: problems near the end of a large file are located exactly, and malformed UTF-8 is
 * located at its first bad byte. Documents are generated from a seed that each
 * assertion names, so a failure can be replayed.
 */
class DossierReaderAtScaleTest {

  private static final String HEAD =
      "{\n  \"format\": \"ctpat4j-dossier/1\",\n  \"asOf\": \"2026-11-01\",\n"
          + "  \"partner\": {\"name\": \"P\", \"country\": \"US\", \"entityType\": \"US_IMPORTER\"},\n"
          + "  \"facilities\": [\n";

  /** Names with characters outside ASCII, some outside the BMP (two UTF-16 units, four UTF-8 bytes). */
  private static final String[] NAMES = {"Acme Ltd", "Zhōngguó Gōngsī", "合盛硅业", "Emoji 😀 Works", "Ünïcödé GmbH"};

  /** A large dossier: {@code n} facilities, one per line, each with a name drawn from {@link #NAMES}. */
  private static StringBuilder facilities(Random random, int n) {
    StringBuilder json = new StringBuilder(HEAD);
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("    {\"id\": \"f")
          .append(i)
          .append("\", \"name\": \"")
          .append(NAMES[random.nextInt(NAMES.length)])
          .append("\", \"country\": \"CN\"}");
    }
    return json;
  }

  /** The 1-based line and column (in UTF-16 units) of an index of the text, counted independently of the reader. */
  private static int[] lineAndColumn(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  private static DossierFormatException failure(byte[] bytes) {
    return catchThrowableOfType(
        DossierFormatException.class,
        () -> DossierReader.newBuilder().maxDocumentBytes(bytes.length).build()
            .read(new ByteArrayInputStream(bytes), "big.json"));
  }

  @Test
  void read_problemsNearTheEndOfALargeFile_areLocatedAtTheirLineAndColumn() {
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      int n = 20_000 + random.nextInt(20_000);
      StringBuilder json = facilities(random, n);
      // the last facility but one: a bad country after non-ASCII names on its line, and an unknown field
      int last = json.lastIndexOf("\"country\": \"CN\"", json.lastIndexOf("\"country\": \"CN\"") - 1);
      json.replace(last, last + "\"country\": \"CN\"".length(), "\"name2\": \"😀 x\", \"country\": \"ZZ\"");
      json.append("\n  ]\n}\n");
      String text = json.toString();
      int[] unknown = lineAndColumn(text, text.indexOf("\"name2\""));
      int[] country = lineAndColumn(text, text.indexOf("\"ZZ\""));

      List<Problem> problems = failure(text.getBytes(StandardCharsets.UTF_8)).problems();

      String why = "seed " + seed + ", " + n + " facilities: " + problems;
      assertThat(problems).as(why).hasSize(2);
      assertThat(problems.get(0).path()).as(why).isEqualTo("/facilities/" + (n - 2) + "/name2");
      assertThat(problems.get(0).code()).as(why).isEqualTo(ProblemCode.UNKNOWN_FIELD);
      assertThat(new int[] {problems.get(0).line(), problems.get(0).column()}).as(why).containsExactly(unknown);
      assertThat(problems.get(1).path()).as(why).isEqualTo("/facilities/" + (n - 2) + "/country");
      assertThat(problems.get(1).code()).as(why).isEqualTo(ProblemCode.INVALID_VALUE);
      assertThat(new int[] {problems.get(1).line(), problems.get(1).column()}).as(why).containsExactly(country);
    }
  }

  @Test
  void read_largeValidFile_readsEveryFacility() {
    Random random = new Random(7);
    StringBuilder json = facilities(random, 30_000).append("\n  ]\n}\n");
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    Dossier d = DossierReader.newBuilder().maxDocumentBytes(bytes.length).build()
        .read(new ByteArrayInputStream(bytes), "big.json");
    assertThat(d.facilities()).hasSize(30_000);
    assertThat(d.facilities().get(29_999).id()).isEqualTo("f29999");
  }

  /** Bad sequences: a stray continuation, an overlong form, a surrogate, beyond U+10FFFF, a bad second byte. */
  private static final byte[][] BAD = {
    {(byte) 0x80},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE4, (byte) 0x41},
    {(byte) 0xFF}
  };

  @Test
  void read_invalidUtf8_isLocatedAtTheFirstBadByte() {
    for (long seed = 1; seed <= 12; seed++) {
      Random random = new Random(seed);
      boolean bom = random.nextBoolean();
      String prefix = facilities(random, 50 + random.nextInt(200)).toString();
      if (random.nextBoolean()) {
        prefix = prefix.replace("\n", "\r\n");
      }
      // the bad bytes go inside the name of the last facility, after non-ASCII characters on the same line
      int cut = prefix.lastIndexOf("\", \"country\"");
      String before = prefix.substring(0, cut);
      byte[] bad = BAD[random.nextInt(BAD.length)];
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (bom) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bad);
      out.writeBytes(prefix.substring(cut).getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\n  ]\n}\n".getBytes(StandardCharsets.UTF_8));
      int[] expected = lineAndColumn(before.replace("\r\n", "\n"), before.replace("\r\n", "\n").length());

      List<Problem> problems = failure(out.toByteArray()).problems();

      String why = "seed " + seed + ": " + problems;
      assertThat(problems).as(why).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.MALFORMED);
        assertThat(p.message()).startsWith("the document is not valid UTF-8");
        assertThat(p.message()).contains(String.format("0x%02X", bad[0] & 0xFF));
        assertThat(new int[] {p.line(), p.column()}).containsExactly(expected);
      });
    }
  }

  @Test
  void read_truncatedUtf8AtTheEnd_isLocatedAtItsFirstByte() {
    byte[] text = "{\n  \"format\": \"ctpat4j-dossier/1\"}\n  ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 1];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0xE4;
    assertThat(failure(bytes).problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("the document is not valid UTF-8");
      assertThat(new int[] {p.line(), p.column()}).containsExactly(3, 3);
    });
  }

  /**
   * With an executor, the first pass runs beside the binding: a valid file, a file with problems near its end, a
   * malformed UTF-8 sequence and a truncated document give the same dossier or the same problems, located alike; with
   * a progress listener only the binding pass reports, once up to the file's size.
   */
  @Test
  void read_withAnExecutor_readsAndRefusesExactlyAsOneThreadDoes(@TempDir Path dir) throws IOException {
    Random random = new Random(11);
    String valid = facilities(random, 5_000).append("\n  ]\n}\n").toString();
    String late = valid.replace("\"id\": \"f4998\", ", "\"id\": \"f4998\", \"extra\": 1, ")
        .replace("{\"id\": \"f4999\", \"name\": \"", "{\"id\": \"f4999\", \"name\": \"\uD83D\uDE00 ");
    late = late.substring(0, late.lastIndexOf("\"CN\"")) + "\"C1\"" + late.substring(late.lastIndexOf("\"CN\"") + 4);
    byte[] malformed = valid.getBytes(StandardCharsets.UTF_8);
    malformed[malformed.length - 40] = (byte) 0xFF;
    List<byte[]> documents = List.of(valid.getBytes(StandardCharsets.UTF_8), late.getBytes(StandardCharsets.UTF_8),
        malformed, valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      DossierReader one = DossierReader.newBuilder().build();
      DossierReader two = DossierReader.newBuilder().executor(executor).build();
      for (int k = 0; k < documents.size(); k++) {
        byte[] bytes = documents.get(k);
        Path file = dir.resolve("d" + k + ".json");
        Files.write(file, bytes);
        List<Long> progress = new CopyOnWriteArrayList<>();
        Object expected = outcome(() -> one.read(file));
        assertThat(outcome(() -> two.read(file, progress::add))).as("document %d", k).isEqualTo(expected);
        assertThat(outcome(() -> two.read(new ByteArrayInputStream(bytes), file.toString())))
            .as("document %d from a stream", k).isEqualTo(expected);
        if (k == 0) {
          assertThat(progress).as("one pass reports").isSorted().last().isEqualTo((long) bytes.length);
        }
        if (k > 0) {
          assertThat(expected).as("document %d is refused", k).isInstanceOf(List.class);
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }

  /** The dossier read, or every problem (with its line and column) that refused it. */
  private static Object outcome(Supplier<Dossier> read) {
    try {
      return read.get();
    } catch (DossierFormatException e) {
      return e.problems();
    }
  }
}
