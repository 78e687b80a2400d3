package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The names CSV reader of {@code screen} on arbitrary bytes: it returns rows whose fields all carry a valid line and
 * column, or throws a {@link BadInputException} whose one line names the file (and, for a content problem, the line
 * and column), never anything else. Lives in the command line's package to reach its package-private reader.
 */
class NamesCsvFuzzTest {

  private static final Pattern LOCATED = Pattern.compile("^.+?(:\\d+:\\d+)?: .+$");

  private static Path dir;
  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    dir = Files.createTempDirectory("names-csv-fuzz");
    file = dir.resolve("names.csv");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "10m")
  void namesCsv(byte[] data) {
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      CsvInput csv = CsvInput.read(file, List.of("name"), ScreenCommand.COLUMNS, InputLimits.DEFAULTS);
      assertThat(csv.header()).contains("name");
      for (CsvInput.Row row : csv.rows()) {
        assertThat(row.fields().values()).allSatisfy(f -> {
          assertThat(f.line()).isPositive();
          assertThat(f.column()).isPositive();
        });
      }
    } catch (BadInputException e) {
      assertThat(e.lines()).singleElement().satisfies(line -> {
        assertThat(line).startsWith(file.toString());
        assertThat(TerminalText.escape(line)).matches(LOCATED);
      });
    }
  }
}
