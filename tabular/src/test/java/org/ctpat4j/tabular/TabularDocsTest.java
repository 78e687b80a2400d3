package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.tabular.internal.Layout;
import org.junit.jupiter.api.Test;

/** docs/tabular.md documents every table with its full header, in the order the writer writes it. */
class TabularDocsTest {

  @Test
  void docs_showEveryTableWithItsHeader() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "tabular.md"), StandardCharsets.UTF_8);
    List<String> sections = new ArrayList<>();
    for (Layout.Table t : Layout.standard().tables()) {
      String heading = "### `" + t.name() + "` (";
      assertThat(docs).as("section of table %s", t.name()).contains(heading);
      sections.add(t.name());
      String rest = docs.substring(docs.indexOf(heading));
      String header = rest.substring(rest.indexOf("```csv\n") + 7).lines().findFirst().orElse("");
      List<String> columns = new ArrayList<>();
      t.columns().stream().filter(c -> !(c.root() && c.name().equals("format"))).forEach(c -> columns.add(c.name()));
      assertThat(header).as("documented header of %s", t.name()).isEqualTo(String.join(",", columns));
    }
    assertThat(docs.split("\n### `", -1)).hasSize(sections.size() + 1);
  }

  @Test
  void layout_namesEveryTableTheFormatPromises() {
    assertThat(Layout.standard().tables())
        .extracting(Layout.Table::name)
        .containsExactly(
            "partner", "memberships", "facilities", "materials", "links", "unmappedInputs", "products",
            "socialComplianceProgram", "riskAssessment", "codeOfConduct", "codeOfConductVersions", "audits", "auditFindings", "trainings",
            "supplierCommitments", "remediationPlan", "remediationCases", "remediationActions", "engagements",
            "documents");
    assertThat(Layout.standard().table("auditFindings").key()).isEqualTo("audit");
    assertThat(Layout.standard().table("remediationActions").key()).isEqualTo("remediationCase");
    assertThat(Layout.standard().table("memberships").key()).isNull();
  }
}
