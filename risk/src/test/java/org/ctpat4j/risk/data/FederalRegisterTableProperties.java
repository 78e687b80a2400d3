package org.ctpat4j.risk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows of the bundled UFLPA Entity List, written as a Federal Register appendix table in a form drawn by a seeded
 * generator (cell separators, header or none, section headings or section cells, date forms, wrapped names), read
 * back by the Federal Register reader: every row comes back with its name, aliases, section and date. A failing case
 * names its seed.
 */
class FederalRegisterTableProperties {

  private static final ReferenceDataVersion V = new ReferenceDataVersion("UFLPA Entity List", "generated", false,
      "DHS", "generated", "");

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Rows with one section, a date, and names the table form can carry. */
  private static List<UflpaEntity> candidates() {
    List<UflpaEntity> out = new ArrayList<>();
    for (UflpaEntity e : ReferenceData.bundled().uflpaEntities()) {
      boolean plain = !e.section().isEmpty() && !e.section().contains(" ") && e.effectiveDate() != null
          && !e.name().contains("  ") && !e.name().contains("...")
          && e.aliases().stream().noneMatch(a -> a.contains(";") || a.contains("(") || a.contains("..."));
      if (plain) {
        out.add(e);
      }
    }
    return out;
  }

  private static final List<UflpaEntity> CANDIDATES = candidates();

  @ParameterizedTest
  @MethodSource("seeds")
  void federalRegisterTable_readsBackEveryGeneratedRow(long seed) {
    Random random = new Random(seed);
    List<UflpaEntity> chosen = new ArrayList<>();
    for (UflpaEntity e : CANDIDATES) {
      if (random.nextInt(4) == 0) {
        chosen.add(e);
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(CANDIDATES.get(random.nextInt(CANDIDATES.size())));
    }
    Map<String, List<UflpaEntity>> bySection = new LinkedHashMap<>();
    for (UflpaEntity e : chosen) {
      bySection.computeIfAbsent(e.section(), k -> new ArrayList<>()).add(e);
    }
    String separator = List.of("\t", "  ", "    ", " ........ ").get(random.nextInt(4));
    boolean headings = random.nextBoolean();
    boolean header = random.nextBoolean();
    int dateForm = random.nextInt(3);
    boolean wrap = separator.equals("\t") && header;

    StringBuilder text = new StringBuilder("Appendix\nUFLPA Entity List\n\n");
    List<UflpaEntity> expected = new ArrayList<>();
    for (Map.Entry<String, List<UflpaEntity>> group : bySection.entrySet()) {
      if (headings) {
        text.append("Entities identified under Section ").append(group.getKey()).append("\n\n");
      }
      if (header) {
        text.append("Entity name").append(separator).append(headings ? "" : "UFLPA Legal Authority" + separator)
            .append("Effective date\n");
        text.append("-".repeat(40)).append('\n');
      }
      for (UflpaEntity e : group.getValue()) {
        String name = e.name() + (e.aliases().isEmpty() ? "" : " (also known as " + String.join("; ",
            e.aliases().subList(0, e.aliases().size() - 1)) + (e.aliases().size() > 1 ? "; and " : "")
            + e.aliases().get(e.aliases().size() - 1) + ")");
        String date = switch (dateForm) {
          case 0 -> e.effectiveDate().format(LONG) + ".";
          case 1 -> e.effectiveDate().format(US);
          default -> e.effectiveDate().toString();
        };
        String section = headings ? "" : (random.nextBoolean() ? "Section " : "") + e.section() + separator;
        int cut = name.indexOf(' ', name.length() / 2);
        if (wrap && cut > 0 && random.nextBoolean()) {
          text.append(name, 0, cut).append(separator).append(section).append(date).append('\n')
              .append("    ").append(name.substring(cut + 1)).append('\n');
        } else {
          text.append(name).append(separator).append(section).append(date).append('\n');
        }
        expected.add(e);
      }
      text.append('\n');
    }

    ReferenceData d = ReferenceData.newBuilder()
        .uflpaEntityList("fr.txt", text.toString().getBytes(StandardCharsets.UTF_8), V).build();

    assertThat(d.uflpaEntities()).as("seed %d:\n%s", seed, text).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      UflpaEntity want = expected.get(i);
      UflpaEntity got = d.uflpaEntities().get(i);
      assertThat(got.name()).as("seed %d row %d:\n%s", seed, i, text).isEqualTo(want.name());
      assertThat(got.aliases()).as("seed %d row %d", seed, i).containsExactlyElementsOf(want.aliases());
      assertThat(got.section()).as("seed %d row %d", seed, i).isEqualTo(want.section());
      assertThat(got.effectiveDate()).as("seed %d row %d", seed, i).isEqualTo(want.effectiveDate());
    }
  }
}
