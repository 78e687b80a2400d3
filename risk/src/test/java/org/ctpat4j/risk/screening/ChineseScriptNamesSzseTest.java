package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctpat4j.risk.internal.csv.Csv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chinese names of companies listed in Shenzhen, screened without ICU4J (with and without the CC-CEDICT words of
 * ctpat4j-cedict, as {@link ChineseWords} says) against their English names as the Shenzhen Stock Exchange prints them
 * beside the Chinese ones ({@code chinese_names_szse.csv}; its PROVENANCE.md says where the rows come from and how
 * they were copied). Unlike the HKEX set of {@link ChineseScriptNamesWithoutIcuTest}, most of these are manufacturers,
 * the suppliers the screening is for.
 *
 * <p>The rows of one part of the exchange's list (93 ChiNext companies, {@code set = held-out}) were copied, by two
 * people independently, after the trade-name rule of the scorer was written against the other 185, and were never
 * looked at name by name: their figures are printed apart, and their misses are not printed.
 */
class ChineseScriptNamesSzseTest {

  private static final String FILE = "chinese_names_szse.csv";
  private static final List<String> HEADER = List.of("a_share_code", "chinese_name", "english_name", "set");

  record Row(String code, String chinese, String english, boolean heldOut) {}

  private static final String LABEL = ChineseWords.label("SZSE chinese names");

  private static List<Row> rows;

  @BeforeAll
  static void load() {
    ChineseWords.assumeMeasuredRun();
    try (InputStream in = ChineseScriptNamesSzseTest.class.getResourceAsStream(FILE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Row> out = new ArrayList<>();
      for (Csv.Row r : Csv.parse(FILE, text, HEADER, IllegalStateException::new)) {
        out.add(new Row(r.get(0), r.get(1), r.get(2), r.get(3).equals("held-out")));
      }
      rows = List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EntityScreener listWithout(Row excluded) {
    List<ScreeningEntry> entries = new ArrayList<>();
    for (Row r : rows) {
      if (r != excluded) {
        entries.add(ScreeningEntry.newBuilder(r.code(), r.english()).build());
      }
    }
    return EntityScreener.newBuilder().entries(entries).build();
  }

  @Test
  void theSetHoldsRealNamesOfDistinctCompanies() {
    assertThat(rows).hasSize(278)
        .allSatisfy(r -> assertThat(r.code()).matches("\\d{6}"))
        .allSatisfy(r -> assertThat(r.chinese()).matches(".*\\p{IsHan}.*"))
        .allSatisfy(r -> assertThat(r.english()).matches("[\\p{IsLatin}\\p{N}\\p{P}\\p{Zs}&]+"));
    assertThat(rows.stream().map(Row::code).distinct()).hasSize(rows.size());
    assertThat(rows.stream().filter(Row::heldOut)).hasSize(93);
  }

  @Test
  void chineseNames_areFoundAgainstTheirEnglishNames_andRaiseNothingAgainstOthers() {
    EntityScreener full = listWithout(null);
    int[] found = new int[2];
    int[] alarms = new int[2];
    int[] size = new int[2];
    List<String> missed = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (Row r : rows) {
      int set = r.heldOut() ? 1 : 0;
      size[set]++;
      ScreeningQuery query = ScreeningQuery.of(r.chinese());
      List<ScreeningHit> hits = full.screen(query);
      // the blocking index must not lose a pair that a rule for Chinese names lifts
      assertThat(hits).as(r.code()).isEqualTo(full.screenAllPairs(query));
      boolean own = hits.stream().anyMatch(h -> h.entry().id().equals(r.code()));
      found[set] += own ? 1 : 0;
      if (!own && !r.heldOut()) {
        missed.add(r.code() + ": " + r.chinese() + " [" + full.canonicalForm(r.chinese()) + "] | " + r.english()
            + " [" + full.canonicalForm(r.english()) + "]");
      }
      List<ScreeningHit> others = listWithout(r).screen(query);
      if (!others.isEmpty()) {
        alarms[set]++;
        ScreeningHit h = others.get(0);
        falseAlarms.add((r.heldOut() ? "(held out) " : "") + String.format(Locale.ROOT, "%s: %s -> %s %s %.2f",
            r.code(), r.chinese(), h.matchedName(), h.level(), h.score()));
      }
    }
    String figures = String.format(Locale.ROOT,
        "development: recall %.3f (%d of %d), false positives %d of %d; held-out: recall %.3f (%d of %d), false"
            + " positives %d of %d",
        found[0] / (double) size[0], found[0], size[0], alarms[0], size[0],
        found[1] / (double) size[1], found[1], size[1], alarms[1], size[1]);
    System.out.println(LABEL + " " + figures);
    missed.forEach(m -> System.out.println(LABEL + "   missed " + m));
    falseAlarms.forEach(a -> System.out.println(LABEL + "   false alarm " + a));
    // floors at or a little under the figures measured with the business words added after the trade-name rule (0.530
    // and 0.376; 0.454 and 0.355 with the rule alone, 0.259 and 0.237 before it): a change that loses Chinese names
    // fails here. The goal of 0.8 is far above either: four names in
    // ten are translated or rebranded in English (万科 Vanke, 润邦 Rainbow, 雪松 Cedar), which no reading of the
    // characters can find. With the CC-CEDICT words of the command line's jar: 0.573 and 0.387 (万科 Vanke, 北方 North,
    // 巨人 Giant, 长城 Greatwall are found; 雪松 Cedar and 润邦 Rainbow still are not). English names that are the
    // initials of the trade name's pinyin (许继 XJ, 晶澳 JA), and trade names whose first word is translated and second
    // spelled (东方盛虹 Eastern Shenghong), and Wade-Giles (东旭 Tunghsu) raised the development figures to 0.605 with the
    // words and 0.568 without; the held-out ones did not change. The two 东旭 companies now also raise each other, as
    // two companies of one trade name in pinyin do: 7 alarms of 278. Cantonese as Hong Kong names write it (达华
    // Tatwah): 0.611 and 0.573; syllables written apart as a listed name writes them (盐田港 Yan Tian Port): 0.616 and
    // 0.578; held out and alarms unchanged
    boolean words = ChineseWords.withWords();
    assertThat(found[0] / (double) size[0]).as(figures).isGreaterThanOrEqualTo(words ? 0.61 : 0.57);
    assertThat(found[1] / (double) size[1]).as(figures).isGreaterThanOrEqualTo(words ? 0.38 : 0.37);
    assertThat((alarms[0] + alarms[1]) / (double) rows.size()).as(figures).isLessThanOrEqualTo(0.03);
  }

  /** None of these companies is on the UFLPA Entity List: at most 3% may raise a hit against the bundled list. */
  @Test
  void chineseNames_ofListedShenzhenCompanies_raiseAlmostNothingAgainstTheUflpaList() {
    UflpaTestList.assertFewFalseAlarms(LABEL,
        rows.stream().map(r -> java.util.Map.entry(r.code(), r.chinese())).toList());
  }
}
