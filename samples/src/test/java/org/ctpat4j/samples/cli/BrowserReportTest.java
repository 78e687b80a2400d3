package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML reports and SVG pictures of the bundled samples, rendered by a real browser (headless Chromium, Debian's
 * {@code chromium} package): the DOM the browser builds must hold the answer, one SVG node per drawn facility, and
 * every link of every explaining path highlighted. Each report is also photographed, full page, into
 * {@code target/screenshots/} (the pictures in {@code docs/screenshots/} are copies of these). Skipped, visibly, where
 * Chromium is not installed ({@code .ci/run} installs it).
 */
class BrowserReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NODE = Pattern.compile("<g class=\"node facility[^\"]*\"[^>]*data-id=\"([^\"]*)\"");
  private static final Pattern PATH_EDGE =
      Pattern.compile("<path class=\"edge on-path\" data-from=\"([^\"]*)\" data-to=\"([^\"]*)\"");

  private static Path chromium;

  @TempDir Path temp;

  static {
    // ImageIO (java.desktop) crops the screenshots; the tests run inside the named module, which does not need it
    ModuleLayer.boot().findModule("java.desktop").ifPresent(BrowserReportTest.class.getModule()::addReads);
  }

  @BeforeAll
  static void findChromium() {
    chromium = findOnPath("chromium").or(() -> findOnPath("chromium-browser")).orElse(null);
  }

  private static Optional<Path> findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static void assumeChromium() {
    assumeTrue(chromium != null,
        "chromium is not installed: apt-get update && apt-get install -y chromium (.ci/run does this)");
  }

  private String browser(Path userData, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + userData));
    cmd.addAll(List.of(args));
    Path out = temp.resolve("chromium-" + System.nanoTime() + ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + cmd);
    }
    assertThat(p.exitValue()).as("chromium exit status for " + cmd).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int run(String... args) {
    return Ctpat4jCommand.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
  }

  private static Path dossier(String sample) {
    return Path.of("dossiers", sample, "dossier.json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "solar-importer", "apparel-importer", "food-importer", "compliant-importer", "home-textiles-importer"
      })
  void htmlReport_inChromium_leadsWithTheAnswerAndDrawsEveryFacilityAndPath(String sample) throws Exception {
    assumeChromium();
    Path html = temp.resolve(sample + ".html");
    Path json = temp.resolve(sample + ".json");
    run("assess", dossier(sample).toString(), "--format", "html", "--out", html.toString());
    run("assess", dossier(sample).toString(), "--format", "json", "--out", json.toString());
    JsonNode report = JSON.readTree(json.toFile());
    JsonNode dossier = JSON.readTree(dossier(sample).toFile());

    String dom = browser(temp.resolve("profile-" + sample), "--dump-dom", html.toUri().toString());

    // the first screen: both answers, side by side: the program verdict and the admissibility of goods
    String verdict = report.get("verdict").asText().replace('_', ' ');
    int answer = dom.indexOf("id=\"verdict\"");
    int goods = dom.indexOf("id=\"admissibility\"");
    assertThat(dom.substring(answer, goods)).contains("<p class=\"a\">" + verdict + "</p>");
    String admissibility = report.get("admissibility").asText();
    assertThat(dom.substring(goods)).contains(admissibility.equals("CLEAR") ? "<p class=\"a\">CLEAR" : "<p class=\"a\">"
            + admissibility.replace("PRESUMED_FORCED_LABOR", "PRESUMED MADE WITH FORCED LABOR")
                .replace("WRO_DETAINED", "DETAINED UNDER").replace("NEEDS_REVIEW", "NEEDS REVIEW"));
    int actions = dom.indexOf("<section id=\"actions\">");
    int picture = dom.indexOf("<section id=\"picture\">");
    assertThat(answer).as("the verdict in the DOM").isPositive();
    assertThat(goods).as("the admissibility beside it").isGreaterThan(answer);
    assertThat(actions).isGreaterThan(goods);
    assertThat(picture).isGreaterThan(actions);
    assertThat(dom).contains("What to do first").contains("<nav class=\"toc\"");
    assertFacilitiesAndPaths(dom.substring(picture), dossier, report, sample);
    screenshot(html, sample);
  }

  @Test
  void svgPicture_inChromium_drawsEveryFacilityAndPath() throws Exception {
    assumeChromium();
    Path svg = temp.resolve("solar.svg");
    Path json = temp.resolve("solar.json");
    run("graph", dossier("solar-importer").toString(), "--out", svg.toString());
    run("assess", dossier("solar-importer").toString(), "--format", "json", "--out", json.toString());
    String dom = browser(temp.resolve("profile-svg"), "--dump-dom", svg.toUri().toString());
    assertFacilitiesAndPaths(dom, JSON.readTree(dossier("solar-importer").toFile()), JSON.readTree(json.toFile()),
        "solar-importer.svg");
  }

  private static void assertFacilitiesAndPaths(String dom, JsonNode dossier, JsonNode report, String what) {
    assertThat(dom).as(what + ": an SVG picture").contains("<svg");
    List<String> drawn = new ArrayList<>();
    Matcher m = NODE.matcher(dom);
    while (m.find()) {
      drawn.add(m.group(1));
    }
    List<String> facilities = new ArrayList<>();
    dossier.get("facilities").forEach(f -> facilities.add(f.get("id").asText()));
    assertThat(drawn).as(what + ": one SVG node per facility").containsExactlyInAnyOrderElementsOf(facilities);
    List<String> pathEdges = new ArrayList<>();
    Matcher e = PATH_EDGE.matcher(dom);
    while (e.find()) {
      pathEdges.add(e.group(1) + " -> " + e.group(2));
    }
    int expected = 0;
    for (JsonNode product : report.get("risk").get("products")) {
      if (product.get("level").asText().equals("LOW")) {
        continue;
      }
      for (JsonNode path : product.get("paths")) {
        for (int i = 0; i + 1 < path.size(); i++) {
          assertThat(pathEdges).as(what + ": highlighted link of product " + product.get("id").asText())
              .contains(path.get(i).asText() + " -> " + path.get(i + 1).asText());
          expected++;
        }
      }
    }
    if (expected == 0) {
      assertThat(pathEdges).as(what + ": no risky product, no highlighted link").isEmpty();
    }
  }

  /** A full-page screenshot: a tall window, then the blank rows below the page cropped. */
  private void screenshot(Path html, String sample) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path raw = temp.resolve(sample + "-raw.png");
    browser(temp.resolve("shot-" + sample), "--window-size=1280,16000", "--screenshot=" + raw,
        html.toUri().toString());
    BufferedImage image = ImageIO.read(raw.toFile());
    assertThat(image).as("screenshot of " + sample).isNotNull();
    int bottom = image.getHeight() - 1;
    while (bottom > 0 && blankRow(image, bottom)) {
      bottom--;
    }
    BufferedImage page = image.getSubimage(0, 0, image.getWidth(), Math.min(image.getHeight(), bottom + 24));
    Path target = dir.resolve(sample + ".png");
    if (!ImageIO.write(page, "png", target.toFile())) {
      throw new IOException("no PNG writer");
    }
    assertThat(page.getHeight()).as("the page of " + sample + " is not blank").isGreaterThan(400);
  }

  private static boolean blankRow(BufferedImage image, int y) {
    for (int x = 0; x < image.getWidth(); x += 2) {
      if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
        return false;
      }
    }
    return true;
  }
}
