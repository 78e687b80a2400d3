package org.ctpat4j.tabular.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.tabular.ColumnMapping;

/** Reads and writes the CSV files of a tabular dossier with Jackson's CSV data format. Thread-safe. */
public final class CsvTables {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private CsvTables() {}

  /**
   * Reads one CSV file. The encoding is found from a byte order mark (UTF-8, UTF-16 LE or BE, as Excel writes them),
   * else the mapping's, else UTF-8; the separator is the mapping's or the most frequent of comma, semicolon and tab
   * in the header line.
   *
   * @param bytes the file's content
   * @param name the file as the caller named it
   * @param mapping the mapping
   * @param problems where problems go
   * @return the table, or {@code null} when the file cannot be read at all (a problem says why)
   */
  public static RawTable read(byte[] bytes, String name, ColumnMapping mapping, Problems problems) {
    String text = decode(bytes, name, mapping, problems);
    if (text == null) {
      return null;
    }
    char separator = mapping.separator().orElseGet(() -> sniff(text));
    ObjectReader reader =
        MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(separator));
    List<String> header = null;
    List<RawTable.Row> rows = new ArrayList<>();
    RawTable table = new RawTable(name, "", 1, List.of(), rows);
    int number = 0;
    try (MappingIterator<String[]> it = reader.readValues(text)) {
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        number++;
        if (header == null) {
          header = Arrays.asList(cells);
        } else {
          rows.add(new RawTable.Row(number, cells, null));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      problems.cell(
          table,
          number + 1,
          "",
          ProblemCode.MALFORMED,
          "not a well-formed CSV row"
              + (loc != null && loc.getLineNr() > 0 ? " (line " + loc.getLineNr() + " of the file)" : "")
              + ": "
              + e.getOriginalMessage(),
          "");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      problems.file(table, name, ProblemCode.MALFORMED, "the file is empty: the first row names the columns");
      return null;
    }
    return new RawTable(name, "", 1, header, rows);
  }

  private static String decode(byte[] bytes, String name, ColumnMapping mapping, Problems problems) {
    Charset charset = mapping.encoding().orElse(StandardCharsets.UTF_8);
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      problems.file(
          null,
          name,
          ProblemCode.MALFORMED,
          "the file is not valid "
              + charset.name()
              + "; save it as \"CSV UTF-8\" or name its encoding in the mapping (\"encoding\": \"windows-1252\")");
      return null;
    }
  }

  /** The most frequent of comma, semicolon and tab outside quotes on the first line; comma on a tie. */
  static char sniff(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        comma++;
      } else if (!quoted && c == ';') {
        semicolon++;
      } else if (!quoted && c == '\t') {
        tab++;
      }
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }

  /**
   * Writes one table as UTF-8 CSV (no byte order mark, comma separated, quoted where needed, LF line ends).
   *
   * @param header the header
   * @param rows the rows
   * @param out the stream; flushed, not closed
   */
  public static void write(List<String> header, List<String[]> rows, OutputStream out) {
    ObjectWriter writer = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\n"));
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (SequenceWriter seq = writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(w)) {
        seq.write(header.toArray(new String[0]));
        for (String[] row : rows) {
          seq.write(row);
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }
}
