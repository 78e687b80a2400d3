package org.ctpat4j.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the README and the testkit README compiles, as written, against the built modules
 * (on the class path, as an application would use them), so the documentation cannot drift from the API. A block
 * brings its own imports; a block of statements becomes the body of a {@code main} method, a block with annotated
 * methods or fields (a test class's body) the body of a class. The README's first embedding block is also run, on a
 * bundled sample dossier named {@code dossier.json} in the working directory, as its text says.
 */
class ReadmeSnippetsTest {

  private static final List<Path> DOCUMENTS = List.of(Path.of("../README.md"), Path.of("../testkit/README.md"));

  /** A line that declares a member at the top level of a block: an annotation, a method or a field. */
  private static final Pattern MEMBER = Pattern.compile("^(@\\w+.*|[A-Za-z][\\w<>\\[\\], ]* \\w+\\([^;]*\\)\\s*\\{\\s*)$");

  /**
   * One {@code ```java} block.
   *
   * @param document the Markdown file
   * @param line the line of the block's first code line (1-based)
   * @param code the code
   */
  record Snippet(Path document, int line, String code) {
    @Override
    public String toString() {
      return document.normalize() + ":" + line;
    }

    String className() {
      return "Snippet_" + document.getParent().getFileName().toString().replaceAll("\\W", "_") + "_" + line;
    }

    /** The compilation unit: the block's imports, then the rest wrapped in a class (and a main method). */
    String unit() {
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      boolean members = false;
      for (String l : code.split("\n", -1)) {
        if (l.startsWith("import ")) {
          imports.append(l).append('\n');
          body.append('\n'); // keep the line numbers of the block
        } else {
          members |= MEMBER.matcher(l).matches();
          body.append(l).append('\n');
        }
      }
      // the header takes one line: line n + 1 of the unit is line n of the block
      String open = members
          ? "public class " + className() + " { "
          : "public class " + className() + " { public static void main(String[] args) throws Exception { ";
      String close = members ? "}\n" : "}}\n";
      return imports.toString().replace("\n", " ") + open + "\n" + body + close;
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Snippet> out = new ArrayList<>();
    for (Path doc : DOCUMENTS) {
      List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("```java")) {
          int start = i + 1;
          int end = start;
          while (!lines.get(end).strip().equals("```")) {
            end++;
          }
          out.add(new Snippet(doc, start + 1, String.join("\n", lines.subList(start, end))));
          i = end;
        }
      }
    }
    return out;
  }

  @Test
  void everyDocument_hasJavaBlocks() throws IOException {
    List<Snippet> all = snippets();
    for (Path doc : DOCUMENTS) {
      assertThat(all).as(doc.toString()).anyMatch(s -> s.document().equals(doc));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void snippet_compilesAsWritten(Snippet snippet, @TempDir Path temp) throws IOException {
    assertThat(compile(snippet, temp)).as(snippet + " does not compile").isEmpty();
  }

  @Test
  void firstEmbeddingSnippet_runsOnABundledDossier(@TempDir Path temp) throws Exception {
    Snippet embedding = snippets().get(0);
    assertThat(embedding.code()).contains("DossierReader.strict().read(Path.of(\"dossier.json\"))");
    Path classes = Files.createDirectory(temp.resolve("classes"));
    assertThat(compile(embedding, classes)).isEmpty();
    Path work = Files.createDirectory(temp.resolve("work"));
    Files.copy(Path.of("dossiers/solar-importer/dossier.json"), work.resolve("dossier.json"));
    JavaProgram.Result run = JavaProgram.run(classes, embedding.className(), work);

    assertThat(run.status()).as(run.output()).isZero();
  }

  /**
   * Compiles a snippet with the JDK's javac; returns its errors as
   * {@code README.md:LINE: message}, none when it compiles.
   */
  private static List<String> compile(Snippet snippet, Path out) throws IOException {
    Path source = Files.createDirectories(out.resolve("src")).resolve(snippet.className() + ".java");
    Files.writeString(source, snippet.unit());
    JavaProgram.Result result = JavaProgram.compile(out, List.of(source));
    List<String> errors = new ArrayList<>();
    Pattern error = Pattern.compile("^" + Pattern.quote(source.toString()) + ":(\\d+): error: (.*)$");
    List<String> lines = result.output().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = error.matcher(lines.get(i));
      if (m.matches()) {
        StringBuilder message = new StringBuilder(m.group(2));
        for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith(source.toString()); j++) {
          if (lines.get(j).strip().startsWith("symbol:")) {
            message.append(" (").append(lines.get(j).strip()).append(')');
          }
        }
        int unitLine = Integer.parseInt(m.group(1));
        errors.add(snippet.document().normalize() + ":" + (snippet.line() + unitLine - 2) + ": " + message);
      }
    }
    if (result.status() != 0 && errors.isEmpty()) {
      errors.add(result.output());
    }
    return errors;
  }
}
