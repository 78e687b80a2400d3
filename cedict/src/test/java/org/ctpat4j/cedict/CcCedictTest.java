package org.ctpat4j.cedict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CcCedictTest {

  private static final Pattern LINE =
      Pattern.compile("[\\u4e00-\\u9fff]{2,4}\t([a-z]{3,}|[a-z]{2,} [a-z]{2,})(\\|([a-z]{3,}|[a-z]{2,} [a-z]{2,}))*");

  private static List<String> lines;
  private static Map<String, List<String>> glosses;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = CcCedict.openTable()) {
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
    glosses = new HashMap<>();
    for (String line : lines) {
      if (!line.startsWith("#")) {
        int tab = line.indexOf('\t');
        glosses.put(line.substring(0, tab), List.of(line.substring(tab + 1).split("\\|")));
      }
    }
  }

  @Test
  void table_saysWhereItComesFromAndUnderWhichLicence() {
    assertThat(lines.get(0)).startsWith("#").contains("CC-CEDICT").contains("CC BY-SA 4.0");
    assertThat(CcCedict.LICENSE).isEqualTo("CC-BY-SA-4.0");
  }

  @Test
  void provenance_shipsBesideTheTable() throws IOException {
    try (InputStream in = CcCedict.class.getResourceAsStream("PROVENANCE.md")) {
      assertThat(in).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("https://creativecommons.org/licenses/by-sa/4.0/", "MDBG", "cc-cedict", "1.1.1",
          "WordTableGenerator");
    }
  }

  @Test
  void notice_ofThisModule_saysTheTableIsNotUnderTheApacheLicense() throws Exception {
    // this module's own META-INF/NOTICE, not another jar's: beside the compiled class (target/classes in a build)
    java.nio.file.Path classes = java.nio.file.Path.of(
        CcCedict.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String notice = java.nio.file.Files.readString(classes.resolve("META-INF/NOTICE"));
    assertThat(notice).contains("NOT under the Apache License", "CC-CEDICT", "MDBG",
        "https://creativecommons.org/licenses/by-sa/4.0/", "PROVENANCE.md");
  }

  @Test
  void everyEntry_isAWordATabAndShortLowerCaseGlosses_sortedAndUnique() {
    List<String> words = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.startsWith("#")) {
        continue;
      }
      assertThat(line).as("line %d", n + 1).matches(LINE);
      words.add(line.substring(0, line.indexOf('\t')));
    }
    assertThat(words).hasSize(74_508).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void table_holdsBrandsAndEverydayMeanings() {
    assertThat(glosses.get("万科")).containsExactly("vanke");
    assertThat(glosses.get("联想")).startsWith("lenovo").contains("associate");
    assertThat(glosses.get("腾讯")).containsExactly("tencent");
    assertThat(glosses.get("北方")).containsExactly("north");
    assertThat(glosses.get("长城")).containsExactly("great wall");
    assertThat(glosses.get("直升机")).containsExactly("helicopter");
  }

  @Test
  void generator_keepsShortGlosses_cutsBrandsAtTheComma_andLeavesOutWhatIsNotAMeaning() throws IOException {
    String allJs = "export default {\"all\":["
        + "[\"萬科\",\"万科\",\"Wan4 ke1\",\"Vanke, large Chinese real estate company, founded in 1984\",[],[]],"
        + "[\"北方\",\"北方\",\"bei3 fang1\",[[\"north\",\"the northern part a country\"],\"(fig.) the north; N\"],[],[]],"
        + "[\"王\",\"王\",\"Wang2\",\"surname Wang\",[],[]],"
        + "[\"長城\",\"长城\",\"Chang2 cheng2\",[\"the Great Wall\",\"surname Changcheng\",\"CL:道[dao4]\"],[],[]],"
        + "[\"北方\",\"北方\",\"bei3 fang1\",\"to the north; variant of 北邊\",[],[]],"
        + "[\"AA制\",\"AA制\",\"A A zhi4\",\"to split the bill\",[],[]]"
        + "],\"variantLookup\":{}}";
    assertThat(WordTableGenerator.generate(allJs).lines().filter(l -> !l.startsWith("#")).toList())
        .containsExactly("万科\tvanke", "北方\tnorth", "长城\tgreat wall");
    assertThatThrownBy(() -> WordTableGenerator.generate("{\"all\":[]}"))
        .isInstanceOf(IOException.class).hasMessageContaining("export default");
    assertThatThrownBy(() -> WordTableGenerator.generate("export default {\"words\":[]}"))
        .isInstanceOf(IOException.class).hasMessageContaining("'all'");
  }
}
